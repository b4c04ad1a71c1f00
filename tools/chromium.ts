import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium; neither the tests nor the benchmark download a browser of their own. */
export const CHROMIUM = "/usr/bin/chromium";

// Nothing but the page under test may use the network or the processor: no updates, no sync,
// no first-run screens. The machines run it as root, where Chromium starts only unsandboxed.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Options of the browser context (viewport, locale, downloads); the launch itself is fixed. */
export type ContextOptions = Omit<
  NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>,
  "executablePath" | "headless" | "args"
>;

/** A running Chromium with its own fresh profile, and how to end it and remove the profile. */
export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Debian's Chromium headless with a new profile; fails naming the package if absent. */
export async function launchChromium(
  options: ContextOptions = {},
  executablePath = CHROMIUM,
): Promise<Chromium> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `${executablePath} is missing; this needs Debian's Chromium, package chromium: ` +
        "apt-get install -y chromium",
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "ambitiekaart-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    ...options,
    executablePath,
    headless: true,
    args: FLAGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
