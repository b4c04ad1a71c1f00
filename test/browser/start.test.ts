import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { get } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "../../tools/chromium";
import { paneText } from "./harness/pane-flow";
import { paneOf } from "./harness/workbench";

// `npm start` on a machine that never ran office-addin-dev-certs: a home folder of its own
// and no input, so a prompt or a step that needs a certificate would hang or fail here.
const ROOT = join(__dirname, "..", "..");
const READY_WITHIN_MS = 150_000;

let home = "";
let server: ChildProcess | undefined;
let output = "";

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "ambitiekaart-home-"));
  server = spawn(process.execPath, [join(ROOT, "scripts", "start.mjs")], {
    cwd: ROOT,
    env: { ...process.env, HOME: home, BROWSER: "none" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  await waitForReady(server);
}, READY_WITHIN_MS + 10_000);

afterAll(async () => {
  await stop(server);
  rmSync(home, { recursive: true, force: true });
});

describe("npm start", () => {
  it("says where the workbench and the pane are, and that the certificate is self-signed", () => {
    expect(output).toContain("http://localhost:3001/");
    expect(output).toContain("https://localhost:3000/taskpane.html");
    expect(output).toContain("self-signed certificate");
  });

  it("serves the task pane over https", async () => {
    const { status, body } = await fetchInsecure("https://localhost:3000/taskpane.html");
    expect(status).toBe(200);
    expect(body).toContain("appsforoffice.microsoft.com");
  });

  it("serves the workbench over plain http, with the pane ready to use", async () => {
    const browser = await launchChromium({ locale: "nl-BE" });
    try {
      const outside: string[] = [];
      await browser.context.route(/^(?!https?:\/\/localhost[:/])/, async (route) => {
        outside.push(route.request().url());
        await route.abort();
      });
      const page = await browser.context.newPage();
      const response = await page.goto("http://localhost:3001/?lang=nl");
      expect(response?.status()).toBe(200);
      await paneOf(page).getByText(paneText("nl").app.excelReady).waitFor({ timeout: 30_000 });
      expect(outside).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

function waitForReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`npm start was not ready within ${READY_WITHIN_MS} ms:\n${output}`));
    }, READY_WITHIN_MS);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready:")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start ended with ${String(code)} before it was ready:\n${output}`));
    });
  });
}

// The dev servers run in the child's own process group, so the whole group is ended.
async function stop(child: ChildProcess | undefined): Promise<void> {
  if (child?.pid === undefined || child.exitCode !== null) return;
  const ended = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await ended;
}

// The certificate is webpack-dev-server's own self-signed one, so it is not checked here.
function fetchInsecure(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { rejectUnauthorized: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, body });
      });
    }).on("error", reject);
  });
}
