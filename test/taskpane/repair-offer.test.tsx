/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memory";
import { en as EN } from "../../src/taskpane/messages/en";
import { nl as NL } from "../../src/taskpane/messages/nl";
import { build, exampleProject } from "../helpers/workbooks";
import { sheetOf, typedValues } from "../reliability/edit-helpers";
import { EXCEL_EN, goToStep, renderPane, typeInto } from "./pane-helpers";

// Building the workbook and rendering the pane take a few seconds under ts-jest.
jest.setTimeout(30_000);

// A pane opened on the example workbook, once it has read the project.
async function openedExample(language: "nl" | "en" = "nl") {
  const workbook = new MemoryWorkbook();
  await build(workbook, exampleProject("office-chairs"), { language });
  const pane = await renderPane(language === "en" ? { workbook, host: EXCEL_EN } : { workbook });
  const opened = language === "en" ? /^Read project “/ : /^Project “.*” gelezen uit de werkmap\.$/;
  await screen.findByText(opened);
  return pane;
}

describe("the repair offer after a refresh from the workbook", () => {
  it("lists a formula overwritten since opening, and the repair restores only that", async () => {
    const { workbook } = await openedExample();
    expect(screen.queryByRole("button", { name: NL.repair.button })).toBeNull();
    const formula = sheetOf(workbook, "Indicatoren").cells.M4?.formula;
    workbook.person.unprotect("Indicatoren");
    workbook.person.type("Indicatoren", "M4", 0.5);
    workbook.person.type("Indicatoren", "E4", 390);
    fireEvent.click(screen.getByRole("button", { name: NL.refresh.button }));

    expect(await screen.findByText(NL.repair.offer)).toBeTruthy();
    expect(screen.getByText(NL.repair.formulas(1, "Indicatoren!M4"))).toBeTruthy();
    const before = typedValues(workbook);
    before.delete("Indicatoren!M4");
    const runs = jest.spyOn(workbook, "run");
    fireEvent.click(screen.getByRole("button", { name: NL.repair.button }));

    expect(await screen.findByText(NL.repair.done(1))).toBeTruthy();
    expect(runs).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(NL.repair.offer)).toBeNull();
    expect(screen.queryByRole("button", { name: NL.repair.button })).toBeNull();
    expect(sheetOf(workbook, "Indicatoren").cells.M4?.formula).toBe(formula);
    expect(typedValues(workbook)).toEqual(before);
    await goToStep("Indicatoren");
    expect(screen.getAllByLabelText<HTMLInputElement>("Nulmeting")[0]?.value).toBe("390");
  });

  it("is not offered when the workbook needs no repair", async () => {
    await openedExample();
    fireEvent.click(screen.getByRole("button", { name: NL.refresh.button }));
    expect(await screen.findByText(NL.refresh.noChanges)).toBeTruthy();
    expect(screen.queryByText(NL.repair.offer)).toBeNull();
    expect(screen.queryByRole("button", { name: NL.repair.button })).toBeNull();
  });

  it("is not offered while a cell cannot be read, which the problem names", async () => {
    const { workbook } = await openedExample();
    workbook.person.unprotect("Indicatoren");
    workbook.person.type("Indicatoren", "M4", 0.5);
    workbook.person.paste("Indicatoren", "E5", "ongeveer tien");
    fireEvent.click(screen.getByRole("button", { name: NL.refresh.button }));

    expect(await screen.findByText(/ongeveer tien.* is geen getal/)).toBeTruthy();
    expect(screen.queryByText(NL.repair.offer)).toBeNull();
    expect(screen.queryByRole("button", { name: NL.repair.button })).toBeNull();
  });
});

describe("the repair offer after a refused update", () => {
  it("gives a renamed table its name back, then the update goes through, in English", async () => {
    const { workbook } = await openedExample("en");
    workbook.person.paste("Indicators", "H5", 47);
    const before = typedValues(workbook);
    workbook.person.renameTable("AK_Indicators", "Table1");
    await goToStep(EN.steps.card);
    typeInto(EN.card.fields.name, "Chairs 2026");
    await goToStep(EN.steps.review);
    fireEvent.click(screen.getByRole("button", { name: EN.review.update }));

    expect(await screen.findByText(EN.errors.title.build)).toBeTruthy();
    expect(await screen.findByText(EN.repair.offer)).toBeTruthy();
    expect(screen.getByText(EN.repair.table("Table1", "AK_Indicators"))).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: EN.repair.button }));

    expect(await screen.findByText(/^Sheets repaired; \d+ cells? written\.$/)).toBeTruthy();
    expect(screen.queryByText(EN.repair.offer)).toBeNull();
    expect(screen.queryByText(EN.errors.title.build)).toBeNull();
    expect(sheetOf(workbook, "Indicators").tables[0]?.name).toBe("AK_Indicators");
    expect(typedValues(workbook)).toEqual(before);
    fireEvent.click(screen.getByRole("button", { name: EN.review.update }));

    expect(await screen.findByText(/^Workbook updated: /)).toBeTruthy();
    expect(sheetOf(workbook, "Indicators").cells.H5?.value).toBe(47);
    const card = Object.values(sheetOf(workbook, "Project").cells).map((cell) => cell.value);
    expect(card).toContain("Chairs 2026");
  });

  it("is not offered while a cell of another table cannot be read", async () => {
    const { workbook } = await openedExample();
    workbook.person.paste("Indicatoren", "E5", "ongeveer tien");
    workbook.person.renameTable("AK_Strategies", "Tabel1");
    await goToStep(NL.steps.review);
    fireEvent.click(screen.getByRole("button", { name: NL.review.update }));

    expect(await screen.findByText(NL.errors.title.build)).toBeTruthy();
    expect(screen.getByText(/ongeveer tien.* is geen getal.*\(Indicatoren!E5\)$/)).toBeTruthy();
    expect(screen.getByText(/^Tabel Tabel1 lijkt/)).toBeTruthy();
    expect(screen.queryByText(NL.repair.offer)).toBeNull();
    expect(screen.queryByRole("button", { name: NL.repair.button })).toBeNull();
  });
});
