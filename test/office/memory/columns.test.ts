import { MemoryWorkbook } from "../../../src/office/memory";
import { PersonEditRefused } from "../../../src/office/memory/errors";
import { addItems, read, sheetOf, workbookWithData, write } from "./support";

const SUPPORT = "https://support.microsoft.com/office/";
const INSERT_DELETE_COLUMNS =
  `${SUPPORT}insert-or-delete-rows-and-columns-` + "6f40e6e4-85af-45e0-b39d-65dd504a3246";
const MOVE_CELLS =
  `${SUPPORT}move-or-copy-cells-and-cell-contents-` + "803d65eb-6a3e-4534-8c6f-ff12d1c4139e";

/**
 * "Data" with a table Items in B2:D4 (Name, Value, Note), validation on C3:C4, a format on
 * B3:B4, a width on C, formulas, a name and a chart over the table, and a reference from Sheet1.
 */
async function laidOut() {
  const workbook = await workbookWithData();
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("B2:D4").values = [
      ["Name", "Value", "Note"],
      ["a", 1, "x"],
      ["b", 2, "y"],
    ];
    addItems(sheet, { table: "B2:D4", validated: "C3:C4", formatted: "B3:B4" });
    sheet.getRange("F1").formulas = [["=SUM(C3:C4)"]];
    sheet.getRange("F2").formulas = [["=D4"]];
    sheet.getRange("C:C").format.columnWidth = 80;
    sheet.charts.add("ColumnClustered", sheet.getRange("B2:C4"), "Columns");
    context.workbook.names.add("Values", sheet.getRange("C3:C4"));
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=Data!C3"]];
    await context.sync();
  });
  return workbook;
}

describe(`a person inserting whole columns (${INSERT_DELETE_COLUMNS})`, () => {
  it("moves cells, tables, validation, formats, widths, names, charts, references", async () => {
    const workbook = await laidOut();
    workbook.person.insertColumns("Data", 0, 1);
    const sheet = sheetOf(workbook, "Data");
    expect(await read(workbook, "Data", "B3:E3")).toEqual([["", "a", 1, "x"]]);
    expect(sheet.tables[0]).toMatchObject({ address: "C2:E4", columns: ["Name", "Value", "Note"] });
    expect(sheet.validations[0]?.address).toBe("D3:D4");
    expect(sheet.conditionalFormats[0]).toMatchObject({
      address: "C3:C4",
      rule: { formula: '=C3="b"' },
    });
    expect(sheet.columnWidths).toEqual({ D: 80 });
    expect([sheet.cells.G1?.formula, sheet.cells.G2?.formula]).toEqual(["=SUM(D3:D4)", "=E4"]);
    expect(sheet.charts[0]?.source).toBe("Data!C2:D4");
    expect(workbook.inspect().names[0]?.formula).toBe("=Data!$D$3:$D$4");
    expect(sheetOf(workbook, "Sheet1").cells.A1?.formula).toBe("=Data!D3");
  });

  it("adds a table column named ColumnN when inserted inside a table", async () => {
    const workbook = await laidOut();
    workbook.person.insertColumns("Data", 3, 2);
    const sheet = sheetOf(workbook, "Data");
    expect(sheet.tables[0]).toMatchObject({
      address: "B2:F4",
      columns: ["Name", "Value", "Column3", "Column4", "Note"],
    });
    expect(await read(workbook, "Data", "B3:F3")).toEqual([["a", 1, "", "", "x"]]);
    expect(sheet.cells.H2?.formula).toBe("=F4");
  });

  it("grows ranges that span the inserted columns", async () => {
    const workbook = await laidOut();
    await write(workbook, "Data", "H1", [[null]]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("H1").formulas = [["=SUM(B3:D3)"]];
      await context.sync();
    });
    workbook.person.insertColumns("Data", 2, 1);
    expect(sheetOf(workbook, "Data").cells.I1?.formula).toBe("=SUM(B3:E3)");
  });

  it("refuses to push a filled cell off the sheet", () => {
    const workbook = new MemoryWorkbook();
    workbook.person.type("Sheet1", "XFD1", "edge");
    expect(() => {
      workbook.person.insertColumns("Sheet1", 0, 1);
    }).toThrow(PersonEditRefused);
    expect(sheetOf(workbook, "Sheet1").cells.XFD1?.value).toBe("edge");
  });
});

describe(`a person deleting whole columns (${INSERT_DELETE_COLUMNS})`, () => {
  it("removes a table column and turns references to deleted cells into #REF!", async () => {
    const workbook = await laidOut();
    workbook.person.deleteColumns("Data", 2, 1);
    const sheet = sheetOf(workbook, "Data");
    expect(sheet.tables[0]).toMatchObject({ address: "B2:C4", columns: ["Name", "Note"] });
    expect(await read(workbook, "Data", "B3:C3")).toEqual([["a", "x"]]);
    expect(sheet.validations).toEqual([]);
    expect([sheet.cells.E1?.formula, sheet.cells.E2?.formula]).toEqual(["=SUM(#REF!)", "=C4"]);
    expect(sheet.columnWidths).toEqual({});
    expect(workbook.inspect().names[0]?.formula).toBe("=Data!#REF!");
    expect(sheetOf(workbook, "Sheet1").cells.A1?.formula).toBe("=Data!#REF!");
  });

  it("shrinks ranges that lose some of their columns", async () => {
    const workbook = await laidOut();
    workbook.person.deleteColumns("Data", 1, 1);
    const sheet = sheetOf(workbook, "Data");
    expect(sheet.charts[0]?.source).toBe("Data!B2:B4");
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.tables[0]?.columns).toEqual(["Value", "Note"]);
  });

  it("deletes a table when all of its columns go", async () => {
    const workbook = await laidOut();
    workbook.person.deleteColumns("Data", 1, 3);
    expect(sheetOf(workbook, "Data").tables).toEqual([]);
    const sheet = sheetOf(workbook, "Data");
    expect([sheet.cells.C1?.formula, sheet.cells.C2?.formula]).toEqual(["=SUM(#REF!)", "=#REF!"]);
  });
});

describe("column changes on a protected sheet", () => {
  it("are refused unless the protection allows inserting or deleting columns", async () => {
    const workbook = await laidOut();
    workbook.person.protect("Data");
    expect(() => {
      workbook.person.insertColumns("Data", 0, 1);
    }).toThrow(PersonEditRefused);
    expect(() => {
      workbook.person.deleteColumns("Data", 0, 1);
    }).toThrow(PersonEditRefused);
    workbook.person.unprotect("Data");
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.protection.protect({ allowInsertColumns: true, allowDeleteColumns: true });
      await context.sync();
    });
    workbook.person.insertColumns("Data", 0, 1);
    workbook.person.deleteColumns("Data", 0, 1);
    expect(sheetOf(workbook, "Data").tables[0]?.address).toBe("B2:D4");
  });
});

describe(`a person moving a block with cut and paste (${MOVE_CELLS})`, () => {
  it("moves a whole table with its cells, validation, formats and every reference", async () => {
    const workbook = await laidOut();
    workbook.person.moveRange("Data", "B2:D4", "B10");
    const sheet = sheetOf(workbook, "Data");
    expect(sheet.tables[0]).toMatchObject({ name: "Items", address: "B10:D12" });
    expect(await read(workbook, "Data", "B11:D12")).toEqual([
      ["a", 1, "x"],
      ["b", 2, "y"],
    ]);
    expect(await read(workbook, "Data", "B3:D3")).toEqual([["", "", ""]]);
    expect(sheet.validations[0]?.address).toBe("C11:C12");
    expect(sheet.conditionalFormats[0]).toMatchObject({
      address: "B11:B12",
      rule: { formula: '=B11="b"' },
    });
    expect([sheet.cells.F1?.formula, sheet.cells.F2?.formula]).toEqual(["=SUM(C11:C12)", "=D12"]);
    expect(sheet.charts[0]?.source).toBe("Data!B10:C12");
    expect(workbook.inspect().names[0]?.formula).toBe("=Data!$C$11:$C$12");
    expect(sheetOf(workbook, "Sheet1").cells.A1?.formula).toBe("=Data!C11");
  });

  it("moves a block onto part of where it was", async () => {
    const workbook = await laidOut();
    workbook.person.moveRange("Data", "B2:D4", "C3");
    const sheet = sheetOf(workbook, "Data");
    expect(sheet.tables[0]).toMatchObject({ address: "C3:E5", columns: ["Name", "Value", "Note"] });
    expect(await read(workbook, "Data", "B2:E5")).toEqual([
      ["", "", "", ""],
      ["", "Name", "Value", "Note"],
      ["", "a", 1, "x"],
      ["", "b", 2, "y"],
    ]);
    expect(sheet.validations[0]?.address).toBe("D4:D5");
    expect(sheet.cells.F1?.formula).toBe("=SUM(D4:D5)");
  });

  it("leaves references that only partly cover the block where they were", async () => {
    const workbook = await laidOut();
    workbook.person.moveRange("Data", "C3", "H3");
    const sheet = sheetOf(workbook, "Data");
    expect(sheet.cells.F1?.formula).toBe("=SUM(C3:C4)");
    expect(sheetOf(workbook, "Sheet1").cells.A1?.formula).toBe("=Data!H3");
    expect(sheet.validations[0]?.address).toBe("C4,H3");
  });

  it("turns a reference to a cell the paste replaced into #REF!", async () => {
    const workbook = await laidOut();
    workbook.person.type("Data", "H1", "=J1");
    workbook.person.moveRange("Data", "F2", "J1");
    const sheet = sheetOf(workbook, "Data");
    expect(sheet.cells.H1?.formula).toBe("=#REF!");
    expect(sheet.cells.J1?.formula).toBe("=D4");
  });

  it("renames a header cut out of its table and keeps the table in place", async () => {
    const workbook = await laidOut();
    workbook.person.moveRange("Data", "D2:D4", "H2");
    const sheet = sheetOf(workbook, "Data");
    expect(sheet.tables[0]).toMatchObject({
      address: "B2:D4",
      columns: ["Name", "Value", "Column3"],
    });
    expect(await read(workbook, "Data", "H2:H4")).toEqual([["Note"], ["x"], ["y"]]);
  });

  it("is refused when the paste lands on another table", async () => {
    const workbook = await laidOut();
    await write(workbook, "Data", "H2:H3", [["Other"], [1]]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("H2:H3", true);
      await context.sync();
    });
    expect(() => {
      workbook.person.moveRange("Data", "B2:D4", "G3");
    }).toThrow(PersonEditRefused);
    expect(sheetOf(workbook, "Data").tables[0]?.address).toBe("B2:D4");
    expect(await read(workbook, "Data", "B3")).toEqual([["a"]]);
  });

  it("is refused on locked cells of a protected sheet and off the sheet", async () => {
    const workbook = await laidOut();
    expect(() => {
      workbook.person.moveRange("Data", "B2:D4", "XFD1");
    }).toThrow(PersonEditRefused);
    workbook.person.protect("Data");
    expect(() => {
      workbook.person.moveRange("Data", "B2:D4", "B10");
    }).toThrow(PersonEditRefused);
    expect(sheetOf(workbook, "Data").tables[0]?.address).toBe("B2:D4");
  });
});
