import type { Locator, Page } from "playwright-core";
import { parseProject } from "../../src/core/project";
import { readJson } from "../helpers/projects";
import { expectedProjectProgress, expectedRow, numberMismatch } from "./harness/oracle";
import { enterProject, goToStep, paneText, THREE_GOALS } from "./harness/pane-flow";
import { openSession, pageProblems, type Session } from "./harness/session";
import { cellText, cellTexts, paneOf, sheetNames, showSheet } from "./harness/workbench";

// The pane in English, chosen in the pane itself; the sheets it builds follow the language.
const en = paneText("en");
const nl = paneText("nl");
let session: Session;
let page: Page;
let pane: Locator;

beforeAll(async () => {
  session = await openSession({ firstStep: 50 });
  page = session.page;
  pane = paneOf(page);
  await pane.getByText(nl.app.excelReady).waitFor();
});

afterAll(async () => {
  await session.close();
});

describe("the pane in English", () => {
  it("switches its texts when English is chosen", async () => {
    await pane.getByLabel(nl.app.language).selectOption("en");
    await pane.getByText(en.app.excelReady, { exact: true }).waitFor();
    await pane.getByRole("button", { name: "New project", exact: true }).waitFor();
    await pane.getByRole("navigation", { name: "Steps" }).waitFor();
    await session.step("english-start");
  });

  it("builds English sheets whose computed columns speak English", async () => {
    await enterProject(pane, THREE_GOALS, "en");
    await goToStep(pane, en.steps.review);
    await pane.getByRole("button", { name: "Build workbook", exact: true }).click();
    await pane.getByText(/cells written/).waitFor({ timeout: 20000 });
    expect(await sheetNames(page)).toEqual(
      expect.arrayContaining(["Project", "Ambitions", "Indicators", "Dashboard", "Catalogue"]),
    );
    await showSheet(page, "Indicators");
    const indicators = THREE_GOALS.goals.flatMap((goal) => goal.indicators);
    for (const [i, indicator] of indicators.entries()) {
      const expected = expectedRow(indicator, "en");
      const [progress, status] = await cellTexts(page, [`M${4 + i}`, `N${4 + i}`]);
      expect(numberMismatch(progress ?? "", expected.progress)).toBeNull();
      expect(status).toBe(expected.status);
    }
    expect(await cellTexts(page, ["D5"])).toEqual(["higher"]);
    await session.step("english-indicators-sheet");
  });

  it("goes back to Dutch", async () => {
    await pane.getByLabel(en.app.language).selectOption("nl");
    await pane.getByRole("navigation", { name: "Stappen" }).waitFor();
    await pane.getByRole("heading", { level: 2, name: nl.steps.review }).waitFor();
    await session.step("dutch-again");
  });

  it("raised no page error and fetched nothing from outside the machine", () => {
    expect(pageProblems(session)).toEqual([]);
  });
});

describe("the workbench opened in English", () => {
  const laptops = parseProject(readJson("examples/laptops.json")).project!;
  const name = laptops.card.name ?? "";
  let english: Session;

  beforeAll(async () => {
    english = await openSession({ path: "?lang=en", firstStep: 55 });
  });

  afterAll(async () => {
    await english.close();
  });

  it("speaks English in the toolbar and the pane, and builds an example in English", async () => {
    const page = english.page;
    const englishPane = paneOf(page);
    await englishPane.getByText(en.app.excelReady, { exact: true }).waitFor();
    await page.getByRole("button", { name: "Load example project", exact: true }).click();
    await page.getByRole("menuitem", { name, exact: true }).click();
    await englishPane.getByText(en.work.opened(name), { exact: true }).waitFor();
    expect(await sheetNames(page)).toEqual(expect.arrayContaining(["Indicators", "Dashboard"]));
    await page.getByRole("button", { name: "New workbook", exact: true }).waitFor();
    await showSheet(page, "Dashboard");
    expect(numberMismatch(await cellText(page, "B3"), expectedProjectProgress(laptops))).toBeNull();
    await english.step("english-example-dashboard");
    await showSheet(page, "Indicators");
    const rows = laptops.goals.flatMap((goal) => goal.indicators);
    const statuses = rows.map((indicator) => expectedRow(indicator, "en").status);
    const shown = await cellTexts(
      page,
      rows.map((_, i) => `N${4 + i}`),
    );
    expect(shown).toEqual(statuses);
    expect(pageProblems(english)).toEqual([]);
  });
});
