import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { median } from "./measure";

const CHROMIUM = "/usr/bin/chromium";
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

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
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed: apt-get install -y --no-install-recommends chromium`,
    );
  }
  const web = join(root, "dist", "web");
  if (!existsSync(join(web, "taskpane.html"))) {
    throw new Error("no dist/web/taskpane.html: run npm run build first");
  }
  const office = join(root, "node_modules", "@microsoft", "office-js", "dist");
  const server = await serve(web);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`;
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
    server.close();
  }
}

interface Opened {
  ms: number;
  scripts: string[];
  heading: string;
}

async function openOnce(url: string, office: string): Promise<Opened> {
  const profile = mkdtempSync(join(tmpdir(), "ak-bench-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
  });
  try {
    const page = await context.newPage();
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
    await context.close();
    rmSync(profile, { recursive: true, force: true });
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

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json",
};

// A static server of dist/web on a free port of 127.0.0.1, as a web host would serve it.
function serve(folder: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(
      join(folder, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)),
    );
    if (!path.startsWith(folder + sep) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
    response.end(readFileSync(path));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      resolve(server);
    }),
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
