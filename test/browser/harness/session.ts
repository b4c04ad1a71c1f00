import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "../../helpers/projects";
import { AXE_PATH, expectNoSeriousViolations } from "./axe";
import { launchChromium, type Chromium, type ContextOptions } from "../../../tools/chromium";
import { serveFolder, type StaticServer } from "../../../tools/static-server";

/**
 * The workbench's static build, made by `npm run build:workbench`; WORKBENCH_DIST names
 * another folder, to try a build made elsewhere without replacing dist/.
 */
export const WORKBENCH_DIST = process.env.WORKBENCH_DIST ?? join(ROOT, "dist", "workbench");
/** Screenshots of every step, kept as test artefacts (the folder is git-ignored). */
export const ARTEFACTS = join(ROOT, "test-artifacts", "browser");
const AXE_FILE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
// Wide enough for the pane beside the grid; downloads on for the export button; dates and
// numbers as a Flemish user sees them.
const CONTEXT: ContextOptions = {
  viewport: { width: 1400, height: 900 },
  acceptDownloads: true,
  locale: "nl-BE",
  timezoneId: "Europe/Brussels",
};

/** A page of a folder's static build in a fresh Chromium, with what went wrong on it. */
export interface Session {
  page: Page;
  origin: string;
  /** Uncaught errors and console errors of the page, in order. */
  errors: string[];
  /** Requests for anything outside the local server; they are refused, not sent. */
  outside: string[];
  /** Paths the page asked the local server for that were not there. */
  missing: string[];
  /** Screenshot, then axe: every step of a flow goes through here. */
  step(name: string): Promise<void>;
  close(): Promise<void>;
}

interface SessionOptions {
  folder?: string;
  /** The page to open, relative to the server's root. */
  path?: string;
  /** The number of this file's first screenshot, so files do not overwrite each other. */
  firstStep: number;
}

/** Serves the workbench build, opens it in Chromium and returns the session. */
export async function openSession(options: SessionOptions): Promise<Session> {
  const server = await serveFolder(options.folder ?? WORKBENCH_DIST, "npm run build:workbench");
  let browser: Chromium | undefined;
  try {
    browser = await launchChromium(CONTEXT);
    return await startPage(browser, server, options);
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}

async function startPage(
  browser: Chromium,
  server: StaticServer,
  options: SessionOptions,
): Promise<Session> {
  const errors: string[] = [];
  const outside: string[] = [];
  const { context } = browser;
  // The machines have no internet, and nothing may be fetched at run time: every request
  // leaving the local server is refused and recorded, so a test can show it.
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === `${server.origin}${AXE_PATH}`) await route.fulfill({ path: AXE_FILE });
    else if (url.startsWith(`${server.origin}/`)) await route.continue();
    else {
      outside.push(url);
      await route.abort("blockedbyclient");
    }
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()}`);
  });
  await page.goto(`${server.origin}/${options.path ?? ""}`);
  let number = options.firstStep;
  return {
    page,
    origin: server.origin,
    errors,
    outside,
    missing: server.missing,
    step: async (name) => {
      await settle(page);
      await screenshot(page, `${String(number++).padStart(2, "0")}-${name}`);
      await expectNoSeriousViolations(page, name);
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** What went wrong on the page, one line each: missing files, outside requests, errors. */
export function pageProblems(session: Session): string[] {
  return [
    ...session.missing.map((path) => `not in the build: ${path}`),
    ...session.outside.map((url) => `request outside the machine: ${url}`),
    ...session.errors,
  ];
}

/**
 * Waits until the page's finite animations and transitions have run out. Fluent's buttons
 * fade between colours when the current step changes; halfway, a text and its background can
 * lack contrast for a moment, which axe would report although no person reads it like that.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (animation) =>
            animation.playState !== "running" ||
            animation.effect?.getComputedTiming().endTime === Infinity,
        ),
    undefined,
    { timeout: 5000 },
  );
}

/** Saves a screenshot of the page as test-artifacts/browser/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTEFACTS, { recursive: true });
  const file = join(ARTEFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** With UPDATE_DOCS=1, copies a screenshot to docs/ as the picture the README shows. */
export function updateDocs(file: string, name: string): void {
  if (process.env.UPDATE_DOCS === "1") copyFileSync(file, join(ROOT, "docs", name));
}
