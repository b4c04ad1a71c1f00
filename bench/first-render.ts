import { existsSync, readFileSync } from "node:fs";
import { join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launchChromium } from "../tools/chromium";
import { serveFolder } from "../tools/static-server";
import { median } from "./measure";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** The first render of the pane: its median time and the scripts it needed. */
export interface FirstRender {
  runsMs: number[];
  medianMs: number;
  /** Gzip bytes of the pane's own scripts loaded before the first screen, chunks included. */
  paneScriptGzipBytes: number;
  /** Gzip bytes of Microsoft's office.js files loaded before it (served from the CDN). */
  officeScriptGzipBytes: number;
  scripts: string[];
  /** The heading whose appearance ends the measurement. */
  heading: string;
}

/**
 * Opens the production pane (dist/web) in Debian's Chromium `runs` times, each with a fresh
 * profile, and measures from navigation start until the first screen is on view: the first
 * step's heading (the pane's first `h2`) laid out with a size. office.js comes from the
 * local copy in @microsoft/office-js, as the CDN is out of reach.
 */
export async function measureFirstRender(root: string, runs = 5): Promise<FirstRender> {
  const web = join(root, "dist", "web");
  if (!existsSync(join(web, "taskpane.html"))) {
    throw new Error("no dist/web/taskpane.html: run npm run build first");
  }
  const office = join(root, "node_modules", "@microsoft", "office-js", "dist");
  const server = await serveFolder(web, "npm run build");
  const url = `${server.origin}/taskpane.html`;
  try {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await openOnce(url, office));
    const last = results[results.length - 1];
    const gzip = (files: string[]) =>
      files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
    const local = (last?.scripts ?? []).filter((script) => !script.startsWith(CDN));
    const fromCdn = (last?.scripts ?? []).filter((script) => script.startsWith(CDN));
    return {
      runsMs: results.map((result) => round(result.ms)),
      medianMs: round(median(results.map((result) => result.ms))),
      paneScriptGzipBytes: gzip(local.map((script) => join(web, new URL(script).pathname))),
      officeScriptGzipBytes: gzip(fromCdn.map((script) => cdnFile(office, script) ?? "")),
      scripts: (last?.scripts ?? []).map((script) => script.replace(/^http:\/\/[^/]+/, "")),
      heading: last?.heading ?? "",
    };
  } finally {
    await server.close();
  }
}

interface Opened {
  ms: number;
  scripts: string[];
  heading: string;
}

async function openOnce(url: string, office: string): Promise<Opened> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.route(`${CDN}**`, async (route) => {
      const file = cdnFile(office, route.request().url());
      if (file) await route.fulfill({ path: file, contentType: "text/javascript" });
      else await route.fulfill({ status: 404, body: "" });
    });
    await page.addInitScript(WATCH_FIRST_SCREEN);
    await page.goto(url, { waitUntil: "commit" });
    const ms = await firstScreenTime(page);
    return await page.evaluate((ms) => {
      const scripts = performance
        .getEntriesByType("resource")
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === "script")
        .filter((entry) => (entry as PerformanceResourceTiming).responseEnd <= ms)
        .map((entry) => entry.name);
      const heading = document.querySelector("h2")?.textContent ?? "";
      return { ms, scripts, heading };
    }, ms);
  } finally {
    await browser.close();
  }
}

// The pane's content security policy forbids the string evaluation that waitForFunction
// uses, so the time the page noted is polled for instead; polling does not change it.
async function firstScreenTime(page: Page): Promise<number> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ms = await page.evaluate(
      () => (window as unknown as { __firstScreen?: number }).__firstScreen,
    );
    if (ms !== undefined) return ms;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the pane showed no first screen (an h2 heading) within 60 s");
}

// Runs in the page before its scripts: notes the time at which the first h2 has a size,
// checked after every DOM change and once per frame.
const WATCH_FIRST_SCREEN = `(() => {
  const check = () => {
    if (window.__firstScreen !== undefined) return;
    const heading = document.querySelector("h2");
    const box = heading ? heading.getBoundingClientRect() : null;
    if (box && box.width > 0 && box.height > 0) window.__firstScreen = performance.now();
    else requestAnimationFrame(check);
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  requestAnimationFrame(check);
})();`;

// office.js asks the CDN for its helpers (strings, host scripts) by path below /hosted/.
function cdnFile(office: string, url: string): string | null {
  const path = normalize(join(office, new URL(url).pathname.replace(/^\/lib\/1\/hosted\//, "")));
  return path.startsWith(office + sep) && existsSync(path) ? path : null;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
