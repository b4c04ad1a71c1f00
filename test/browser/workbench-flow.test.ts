import type { Locator } from "playwright-core";
import type { Project } from "../../src/core/project/model";
import { expectedProjectProgress, expectedRow, numberMismatch } from "./harness/oracle";
import { enterProject, goalRegion, goToStep, paneText, THREE_GOALS } from "./harness/pane-flow";
import { openSession, pageProblems, screenshot, updateDocs, type Session } from "./harness/session";
import {
  cellAt,
  cellText,
  cellTexts,
  expectCellText,
  expectSelected,
  paneOf,
  sheetNames,
  shownText,
  showSheet,
  typeIntoCell,
} from "./harness/workbench";

// A buyer's session in the workbench, in Dutch: the pane beside the in-memory workbook,
// from a new project to built sheets, a measurement typed in the grid and read back.
const text = paneText("nl");
const PERCENT = new Intl.NumberFormat("nl", { style: "percent", maximumFractionDigits: 0 });
let session: Session;
let pane: Locator;

beforeAll(async () => {
  session = await openSession({ firstStep: 1 });
  pane = paneOf(session.page);
});

afterAll(async () => {
  await session.close();
});

describe("a buyer's session in the workbench, in Dutch", () => {
  it("opens with the pane beside the workbook", async () => {
    await pane.getByRole("heading", { level: 1, name: text.app.title }).waitFor();
    await pane.getByText(text.app.excelReady).waitFor();
    await session.page.getByTestId("workbook").waitFor();
    await session.step("workbench-opened");
  });

  it("takes a project with three goals, their strategies and indicators", async () => {
    await enterProject(pane, THREE_GOALS, "nl");
    for (const goal of THREE_GOALS.goals) {
      const indicator = goal.indicators[0]!;
      const row = expectedRow(indicator, "nl");
      const percent = PERCENT.format(row.progress ?? 0);
      const status = text.indicators.statuses[row.statusKey];
      await goalRegion(pane, text, goal.goal)
        .getByText(text.indicators.progress(percent, status), { exact: true })
        .waitFor();
    }
    await session.step("indicators-entered");
  });

  it("builds the sheets", async () => {
    await goToStep(pane, text.steps.review);
    await session.step("review");
    await pane.getByRole("button", { name: text.review.build, exact: true }).click();
    const done = pane.getByText(/cellen geschreven/);
    await done.waitFor({ timeout: 20000 });
    expect(await done.textContent()).toMatch(/^Werkmap bijgewerkt: bladen Project, Ambities/);
    expect(await sheetNames(session.page)).toEqual(
      expect.arrayContaining(["Project", "Ambities", "Indicatoren", "Dashboard", "Catalogus"]),
    );
    await session.step("built");
  });

  it("shows the progress the workbook's formulas compute on Indicatoren", async () => {
    const page = session.page;
    await showSheet(page, "Indicatoren");
    updateDocs(await screenshot(page, "workbench"), "workbench.png");
    await expectProgressRows(THREE_GOALS);
    expect(await cellTexts(page, ["A4", "B4", "E4", "G4", "H4"])).toEqual([
      "A",
      "A2",
      "400",
      "150",
      "250",
    ]);
    expect(await cellTexts(page, ["B5", "C5", "D5"])).toEqual([
      "Gemiddelde levensduur",
      "jaar",
      "hoger",
    ]);
    // The computed columns are formulas; the goal column is a drop-down; row 3 is a header.
    expect(await cellAt(page, "M4").getAttribute("data-formula")).toBe("true");
    expect(await cellAt(page, "E4").getAttribute("data-formula")).toBeNull();
    expect(await cellAt(page, "A4").getAttribute("data-dropdown")).toBe("true");
    expect(await cellAt(page, "A3").getAttribute("data-header")).toBe("true");
    expect(await cellAt(page, "A3").getAttribute("data-table")).toBe("AK_Indicators");
    await cellAt(page, "M4").click();
    await expectSelected(page, "M4");
    expect(await shownText(page.getByTestId("formula-bar"))).toMatch(/^=/);
    await session.step("indicators-sheet");
  });

  it("shows the project's progress and its charts on the dashboard", async () => {
    const page = session.page;
    await showSheet(page, "Dashboard");
    expect(numberMismatch(await cellText(page, "B3"), expectedProjectProgress(THREE_GOALS))).toBe(
      null,
    );
    const charts = page.getByTestId("chart");
    const count = await charts.count();
    expect(count).toBeGreaterThan(0);
    // Every chart is a figure with an accessible name, holding its picture as SVG.
    expect(await charts.and(page.getByRole("figure", { name: /\S/ })).count()).toBe(count);
    expect(await charts.locator("svg").count()).toBeGreaterThanOrEqual(count);
    await session.step("dashboard");
  });

  it("recomputes when a measurement is typed into the grid", async () => {
    const page = session.page;
    await showSheet(page, "Indicatoren");
    await typeIntoCell(page, "H5", "10");
    await expectSelected(page, "H6");
    await expectCellText(page, "H5", "10");
    // What was typed reached the in-memory workbook as a number, not as the text "10".
    expect(await modelValue("Indicatoren", "H5")).toBe(10);
    await expectProgressRows(EDITED);
    await session.step("measurement-typed");
  });

  it("refuses an edit of a computed cell and says why", async () => {
    const page = session.page;
    const before = await cellText(page, "M4");
    await cellAt(page, "M4").click();
    await page.keyboard.type("5");
    if (await page.getByTestId("cell-editor").isVisible()) await page.keyboard.press("Enter");
    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Indicatoren!M4/);
    expect(await cellText(page, "M4")).toBe(before);
    await session.step("edit-refused");
  });

  it("reads the typed measurement back into the pane", async () => {
    await pane.getByRole("button", { name: text.refresh.button, exact: true }).click();
    await pane.getByText(text.refresh.changed(1)).waitFor();
    await pane.getByText(/7,5 → 10/).waitFor();
    await session.step("refreshed");
    await goToStep(pane, text.steps.indicators);
    const goalC = goalRegion(pane, text, "C");
    expect(await goalC.getByLabel(text.indicators.fields.end, { exact: true }).inputValue()).toBe(
      "10",
    );
    const achieved = text.indicators.progress("100%", text.indicators.statuses.achieved);
    await goalC.getByText(achieved, { exact: true }).waitFor();
    await session.step("refreshed-indicators");
  });

  it("blocks the build while the project has an error, and says which", async () => {
    await goToStep(pane, text.steps.card);
    await pane.getByLabel(text.card.fields.contractEnd).fill("2025-01-01");
    await goToStep(pane, text.steps.review);
    const message = "Het contract eindigt (2025-01-01) voor het begint (2026-01-01).";
    await pane.getByText(message, { exact: true }).waitFor();
    expect(await pane.getByRole("button", { name: text.review.update }).isDisabled()).toBe(true);
    await pane.getByText(text.review.blocked, { exact: true }).waitFor();
    await session.step("build-blocked");

    await pane.getByRole("button", { name: message }).click();
    const end = pane.getByLabel(text.card.fields.contractEnd);
    expect(await end.evaluate((field) => field === document.activeElement)).toBe(true);
    await end.fill("2029-12-31");
    await goToStep(pane, text.steps.review);
    expect(await pane.getByRole("button", { name: text.review.update }).isDisabled()).toBe(false);
  });

  it("raised no page error and fetched nothing from outside the machine", () => {
    expect(pageProblems(session)).toEqual([]);
  });
});

const EDITED: Project = {
  ...THREE_GOALS,
  goals: THREE_GOALS.goals.map((goal) =>
    goal.goal === "C"
      ? { ...goal, indicators: goal.indicators.map((item) => ({ ...item, end: 10 })) }
      : goal,
  ),
};

// Rows 4, 5 and 6 hold the three goals' indicators; the oracle is src/core/progress.
async function expectProgressRows(project: Project): Promise<void> {
  const page = session.page;
  const indicators = project.goals.flatMap((goal) => goal.indicators);
  const problems: string[] = [];
  for (const [i, indicator] of indicators.entries()) {
    const row = 4 + i;
    const expected = expectedRow(indicator, "nl");
    const [ambition, realised, progress, status] = await cellTexts(
      page,
      ["K", "L", "M", "N"].map((column) => `${column}${row}`),
    );
    const checks: [string, string | null][] = [
      [`K${row}`, numberMismatch(ambition ?? "", expected.ambition)],
      [`L${row}`, numberMismatch(realised ?? "", expected.realisedChange)],
      [`M${row}`, numberMismatch(progress ?? "", expected.progress)],
      [
        `N${row}`,
        status === expected.status ? null : `shows "${status}", not "${expected.status}"`,
      ],
    ];
    for (const [address, problem] of checks) if (problem) problems.push(`${address} ${problem}`);
  }
  expect(problems).toEqual([]);
}

// A cell's value in the workbook model, through the page's test handle.
async function modelValue(sheet: string, address: string): Promise<unknown> {
  return session.page.evaluate(
    ([name, cell]) => {
      const handle = (window as unknown as { __workbench: { inspect(): Snapshot } }).__workbench;
      return handle.inspect().sheets.find((entry) => entry.name === name)?.cells[cell]?.value;
    },
    [sheet, address] as const,
  );
}

interface Snapshot {
  sheets: { name: string; cells: Record<string, { value: unknown } | undefined> }[];
}
