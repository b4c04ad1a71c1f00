import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium; the tests never download a browser of their own. */
export const CHROMIUM = "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A running Chromium with its own fresh profile, and how to end it and remove the profile. */
export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Debian's Chromium headless with a new profile; fails naming the package if absent. */
export async function launchChromium(
  viewport = { width: 1400, height: 900 },
  executablePath = CHROMIUM,
): Promise<Chromium> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `${executablePath} is missing; the browser tests need Debian's Chromium: ` +
        "apt-get install -y chromium",
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "ambitiekaart-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS,
    viewport,
    acceptDownloads: true,
    locale: "nl-BE",
    timezoneId: "Europe/Brussels",
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
