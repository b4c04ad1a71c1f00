import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectNoSeriousViolations, runAxe } from "./harness/axe";
import { launchChromium } from "../../tools/chromium";
import { numberMismatch, readShownNumber } from "./harness/oracle";
import { openSession, type Session } from "./harness/session";
import { parseAddress, waitForValue } from "./harness/workbench";

// The harness itself: it must be able to fail, or the workbench's tests prove nothing.
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harness</title></head>
<body><main>
  <h1>Harness</h1>
  <div id="bad"></div>
  <i data-tabster-dummy="" tabindex="0" aria-hidden="true"></i>
</main></body></html>`;

let folder = "";
let session: Session;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "ambitiekaart-harness-"));
  writeFileSync(join(folder, "index.html"), PAGE);
  session = await openSession({ folder, firstStep: 95 });
});

afterAll(async () => {
  await session.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("the browser harness", () => {
  it("passes a clean page, and ignores only tabster's focus guards", async () => {
    await session.step("harness-clean");
    expect(await runAxe(session.page)).toEqual([]);
  });

  it("fails on a serious violation and names the rule, the element and the help", async () => {
    await session.page.evaluate(() => {
      const bad = document.getElementById("bad")!;
      bad.innerHTML = '<button id="nameless"></button><div tabindex="0" aria-hidden="true"></div>';
    });
    const failure = expectNoSeriousViolations(session.page, "broken");
    await expect(failure).rejects.toThrow(/button-name \(critical\).*\n.*\n.*#nameless/);
    await expect(failure).rejects.toThrow(/aria-hidden-focus \(serious\)/);
  });

  it("refuses and records a request that would leave the machine", async () => {
    await session.page.evaluate(() => {
      const image = document.createElement("img");
      image.alt = "";
      image.src = "https://example.org/picture.png";
      document.body.append(image);
    });
    const url = "https://example.org/picture.png";
    await waitForValue(() => Promise.resolve(session.outside.join(" ")), url, "refused requests");
  });

  it("fails naming Debian's package when Chromium is not installed", async () => {
    await expect(launchChromium(undefined, "/nonexistent/chromium")).rejects.toThrow(
      "apt-get install -y chromium",
    );
  });

  it("reads numbers as the grid shows them, to the precision shown", () => {
    expect(readShownNumber("60.0%")).toEqual({ value: 0.6, decimals: 1, percent: true });
    expect(readShownNumber("-250")).toEqual({ value: -250, decimals: 0, percent: false });
    expect(readShownNumber("7,5")).toEqual({ value: 7.5, decimals: 1, percent: false });
    expect(readShownNumber("")).toBeNull();
    expect(numberMismatch("60.0%", 0.6)).toBeNull();
    expect(numberMismatch("78.3%", 0.78333)).toBeNull();
    expect(numberMismatch("60.0%", 0.61)).toBe('shows "60.0%", expected 0.61');
    expect(numberMismatch("", 0.5)).toBe("is empty, expected 0.5");
    expect(numberMismatch("0", null)).toBe('shows "0", expected empty');
    expect(() => readShownNumber("#DIV/0!")).toThrow(/not a number/);
    expect(parseAddress("AB12")).toEqual({ row: 12, column: 28 });
  });
});
