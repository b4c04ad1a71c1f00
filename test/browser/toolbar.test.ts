import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Locator, Page } from "playwright-core";
import { parseProject } from "../../src/core/project";
import { readJson } from "../helpers/projects";
import { expectedProjectProgress, numberMismatch } from "./harness/oracle";
import { goToStep, paneText } from "./harness/pane-flow";
import { openSession, pageProblems, type Session } from "./harness/session";
import { cellText, paneOf, sheetNames, showSheet } from "./harness/workbench";

// The workbench's own toolbar: an example project, a new workbook and the .xlsx download.
const text = paneText("nl");
const CHAIRS = parseProject(readJson("examples/office-chairs.json")).project!;
const CHAIRS_NAME = CHAIRS.card.name ?? "";
let session: Session;
let page: Page;
let pane: Locator;

beforeAll(async () => {
  session = await openSession({ firstStep: 60 });
  page = session.page;
  pane = paneOf(page);
  await pane.getByText(text.app.excelReady).waitFor();
});

afterAll(async () => {
  await session.close();
});

describe("the workbench's toolbar", () => {
  it("lists the examples by project name and loads one into the workbook and pane", async () => {
    await page.getByRole("button", { name: "Voorbeeldproject laden", exact: true }).click();
    const choice = page.getByRole("menuitem", { name: CHAIRS_NAME, exact: true });
    await choice.waitFor();
    expect(await page.getByRole("menuitem", { name: "Laptops als dienst" }).count()).toBe(1);
    await session.step("examples-offered");
    await choice.click();
    await pane.getByText(text.work.opened(CHAIRS_NAME), { exact: true }).waitFor();
    expect(await sheetNames(page)).toEqual(expect.arrayContaining(["Indicatoren", "Dashboard"]));
    await session.step("example-loaded");

    await goToStep(pane, text.steps.card);
    expect(await pane.getByLabel(text.card.fields.name, { exact: true }).inputValue()).toBe(
      CHAIRS_NAME,
    );
    await showSheet(page, "Dashboard");
    expect(numberMismatch(await cellText(page, "B3"), expectedProjectProgress(CHAIRS))).toBeNull();
    await session.step("example-dashboard");
  });

  it("downloads the workbook as an .xlsx file", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const workbook = await zip.file("xl/workbook.xml")?.async("string");
    expect(workbook).toBeDefined();
    expect(workbook).toContain('name="Indicatoren"');
  });

  it("says why an example with errors is not built, and keeps the workbook", async () => {
    await page.getByRole("button", { name: "Voorbeeldproject laden", exact: true }).click();
    await page.getByRole("menuitem", { name: /problems\.json/ }).click();
    const status = page.getByRole("status").filter({ hasText: /kan niet in een werkmap/ });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/problems\.json bevat fouten/);
    expect(await status.getByRole("listitem").count()).toBeGreaterThan(0);
    expect(await sheetNames(page)).toContain("Indicatoren");
    await session.step("example-refused");
  });

  it("opens a new, empty workbook", async () => {
    await page.getByRole("button", { name: "Nieuwe werkmap", exact: true }).click();
    await page.getByText("Een nieuwe, lege werkmap is geopend.").waitFor();
    expect(await sheetNames(page)).not.toContain("Indicatoren");
    await session.step("new-workbook");
  });

  it("raised no page error and fetched nothing from outside the machine", () => {
    expect(pageProblems(session)).toEqual([]);
  });
});
