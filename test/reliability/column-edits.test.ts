import { builtExample, located, read, rebuild, sheetOf, typedTexts } from "./edit-helpers";

// A stakeholder changes the columns of the built office-chairs workbook, or moves its indicator
// table, with Excel's own commands; then the pane reads it and updates it. The indicator table
// is A3:N7 on "Indicatoren", Nulmeting (baseline) in column E.

const NULMETING = ["E4", "E5", "E6", "E7"];

function column(workbook: Awaited<ReturnType<typeof builtExample>>["workbook"], at: string[]) {
  const cells = sheetOf(workbook, "Indicatoren").cells;
  return at.map((address) => cells[address]?.value);
}

/** A sorted list of texts with one occurrence of each of `items` taken out. */
function without(texts: readonly string[], items: readonly string[]): string[] {
  const rest = [...texts];
  for (const item of items) rest.splice(rest.indexOf(item), 1);
  return rest;
}

describe("columns deleted or moved with Excel's commands", () => {
  it("a deleted column is a problem at the table; an update writes its values again", async () => {
    const { workbook, project } = await builtExample();
    const baselines = column(workbook, NULMETING);
    workbook.person.unprotect("Indicatoren");
    workbook.person.type("Indicatoren", "P1", "Notitie van de aankoper");
    const typed = typedTexts(workbook);
    workbook.person.deleteColumns("Indicatoren", 4, 1);
    expect(sheetOf(workbook, "Indicatoren").tables[0]?.address).toMatch(/A3:M7$/);
    const outcome = await read(workbook);
    if (!outcome.ok) throw new Error("the workbook reads");
    expect(located(outcome.problems)).toContain("column-missing Indicatoren!A3");
    const missing = outcome.problems.find((problem) => problem.code === "column-missing");
    expect(missing?.message.nl).toBe("Tabel AK_Indicators heeft geen kolom Baseline.");
    // Only the deleted column's values are gone: every other typed value is still there.
    expect(typedTexts(workbook)).toEqual(without(typed, baselines.map(String)));
    const built = await rebuild(workbook, project, project);
    expect(built.ok && built.project).toEqual(project);
    const sheet = sheetOf(workbook, "Indicatoren");
    expect(sheet.tables[0]?.address).toMatch(/A3:N7$/);
    expect(column(workbook, NULMETING)).toEqual(baselines);
    expect(sheet.cells.O1?.value).toBe("Notitie van de aankoper");
    expect(sheet.protected).toBe(true);
    const after = await read(workbook);
    expect(after.ok && after.project).toEqual(project);
    expect(after.ok && after.repair).toBeNull();
  });

  it("a column cut and inserted elsewhere in the table is read by its header", async () => {
    const { workbook, project } = await builtExample();
    const baselines = column(workbook, NULMETING);
    workbook.person.unprotect("Indicatoren");
    const typed = typedTexts(workbook);
    // Excel's "Insert Cut Cells" on a column: an empty column, the cut pasted in, the old gone.
    workbook.person.insertColumns("Indicatoren", 10, 1);
    workbook.person.moveRange("Indicatoren", "E3:E7", "K3");
    workbook.person.deleteColumns("Indicatoren", 4, 1);
    const sheet = sheetOf(workbook, "Indicatoren");
    expect(sheet.tables[0]?.columns.indexOf("Nulmeting")).toBe(9);
    expect(column(workbook, ["J4", "J5", "J6", "J7"])).toEqual(baselines);
    expect(typedTexts(workbook)).toEqual(typed);
    const outcome = await read(workbook);
    if (!outcome.ok) throw new Error("the workbook reads");
    expect(outcome.project).toEqual(project);
    // Excel rewrote the formulas that use the baseline to its new column; they compute the
    // same, but differ from the add-in's text, so the pane reports them and offers a repair.
    expect(located(outcome.problems)).toContain("formulas-changed Indicatoren!K4");
    const built = await rebuild(workbook, project, project);
    expect(built.ok).toBe(true);
    expect(sheetOf(workbook, "Indicatoren").tables[0]?.columns[4]).toBe("Nulmeting");
    expect(column(workbook, NULMETING)).toEqual(baselines);
    const after = await read(workbook);
    expect(after.ok && after.project).toEqual(project);
    expect(after.ok && after.repair).toBeNull();
  });
});

describe("a table moved with cut and paste", () => {
  it("is read where it is; an update keeps every typed value and puts it back", async () => {
    const { workbook, project } = await builtExample();
    workbook.person.unprotect("Indicatoren");
    workbook.person.moveRange("Indicatoren", "A3:N7", "C10");
    expect(sheetOf(workbook, "Indicatoren").tables[0]?.address).toMatch(/C10:P14$/);
    const outcome = await read(workbook);
    expect(outcome.ok && outcome.project).toEqual(project);
    workbook.person.type("Indicatoren", "L11", "Offerte en leveringsbon");
    const typed = typedTexts(workbook);
    const built = await rebuild(workbook, project, project);
    expect(built.ok).toBe(true);
    const sheet = sheetOf(workbook, "Indicatoren");
    // The add-in's formulas and charts point at the table's planned place, so it goes back.
    expect(sheet.tables[0]?.address).toMatch(/A3:N7$/);
    expect(sheet.cells.J4?.value).toBe("Offerte en leveringsbon");
    expect(typedTexts(workbook)).toEqual(typed);
    expect(Object.keys(sheet.cells).filter((address) => /^[A-P](1[0-4])$/.test(address))).toEqual(
      [],
    );
    const after = await read(workbook);
    expect(after.ok && after.repair).toBeNull();
    const outside = (line: string) => line.startsWith("row-outside-table");
    expect(after.ok && located(after.problems).filter(outside)).toEqual([]);
  });

  it("refuses an update that would put it back over a note typed at its old place", async () => {
    const { workbook, project } = await builtExample();
    workbook.person.unprotect("Indicatoren");
    workbook.person.moveRange("Indicatoren", "A3:N7", "C10");
    workbook.person.type("Indicatoren", "B5", "Notitie van de aankoper");
    const before = workbook.inspect();
    const built = await rebuild(workbook, project, project);
    expect(built.ok).toBe(false);
    expect(located(built.problems)).toEqual(["table-place-taken Indicatoren!B5"]);
    expect(built.problems[0]?.message.en).toContain("Table AK_Indicators belongs at A3");
    expect(workbook.inspect()).toEqual(before);
  });
});
