import type { Locator, Page } from "playwright-core";
import { expectedRow, numberMismatch } from "./harness/oracle";
import { arrowToTab, pressButton, tabTo } from "./harness/keyboard";
import { goalRegion, paneText, THREE_GOALS } from "./harness/pane-flow";
import { enterProjectByKeyboard, nextStep } from "./harness/pane-keyboard";
import { openSession, pageProblems, type Session } from "./harness/session";
import {
  arrowTo,
  cellText,
  commitEditor,
  expectCellText,
  expectSelected,
  gridOf,
  paneOf,
  sheetTab,
  shownText,
  waitForValue,
} from "./harness/workbench";

// The whole flow with the keyboard alone: Tab, Shift+Tab, Space, Enter, arrows and typing.
// Locators only check where the focus is; a listener proves that no mouse button went down.
const text = paneText("nl");
let session: Session;
let page: Page;
let pane: Locator;

beforeAll(async () => {
  session = await openSession({ firstStep: 30 });
  page = session.page;
  pane = paneOf(page);
  await pane.getByText(text.app.excelReady).waitFor();
  await page.evaluate(() => {
    const counter = window as unknown as { mouseDowns: number };
    counter.mouseDowns = 0;
    for (const type of ["mousedown", "pointerdown", "touchstart"]) {
      document.addEventListener(type, () => (counter.mouseDowns += 1), { capture: true });
    }
  });
});

afterAll(async () => {
  await session.close();
});

describe("the workbench by keyboard alone", () => {
  it("takes a project with three goals from the first step", async () => {
    await session.step("keys-opened");
    await enterProjectByKeyboard(page, pane, THREE_GOALS, "nl");
    await session.step("keys-indicators");
  });

  it("builds the sheets from the review", async () => {
    await nextStep(page, pane, text.steps.review);
    await session.step("keys-review");
    await pressButton(page, pane.getByRole("button", { name: text.review.build, exact: true }));
    await pane.getByText(/cellen geschreven/).waitFor({ timeout: 20000 });
    await session.step("keys-built");
  });

  it("shows the Indicatoren sheet with the arrow keys on the sheet tabs", async () => {
    const tabs = page.getByRole("tablist").getByRole("tab");
    await tabTo(page, page.getByRole("tablist"));
    await arrowToTab(page, tabs, "Indicatoren");
    const tab = sheetTab(page, "Indicatoren");
    await waitForValue(async () => (await tab.getAttribute("aria-selected")) ?? "", "true", "tab");
    const progress = expectedRow(THREE_GOALS.goals[0]!.indicators[0]!, "nl").progress;
    expect(numberMismatch(await cellText(page, "M4"), progress)).toBeNull();
    await session.step("keys-indicators-sheet");
  });

  it("edits a measurement in the grid: arrows, typing, F2, Escape and Enter", async () => {
    await tabTo(page, gridOf(page));
    await arrowTo(page, "H4");
    await page.keyboard.type("999");
    await page.keyboard.press("Escape");
    await expectCellText(page, "H4", "250");
    await page.keyboard.press("F2");
    const editor = page.getByTestId("cell-editor");
    await editor.waitFor();
    expect(await shownText(editor)).toBe("250");
    await page.keyboard.press("Escape");
    await editor.waitFor({ state: "detached" });
    await arrowTo(page, "H5");
    await page.keyboard.type("10");
    await commitEditor(page, "10");
    await expectSelected(page, "H6");
    await expectCellText(page, "M5", "100.0%");
    await session.step("keys-grid-edit");
  });

  it("reads the edit back with the pane's refresh button", async () => {
    const refresh = pane.getByRole("button", { name: text.refresh.button, exact: true });
    await tabTo(page, refresh, { backwards: true });
    await page.keyboard.press("Enter");
    await pane.getByText(text.refresh.changed(1)).waitFor();
    await session.step("keys-refreshed");
    const step = pane.getByRole("navigation").getByRole("button", { name: /Indicatoren/ });
    await tabTo(page, step);
    await page.keyboard.press("Space");
    const achieved = text.indicators.progress("100%", text.indicators.statuses.achieved);
    await goalRegion(pane, text, "C").getByText(achieved, { exact: true }).waitFor();
    await session.step("keys-refreshed-indicators");
  });

  it("never needed the mouse", async () => {
    expect(
      await page.evaluate(() => (window as unknown as { mouseDowns: number }).mouseDowns),
    ).toBe(0);
  });

  it("raised no page error and fetched nothing from outside the machine", () => {
    expect(pageProblems(session)).toEqual([]);
  });
});
