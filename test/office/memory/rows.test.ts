import { MemoryWorkbook } from "../../../src/office/memory";
import { addItems, DOCS, failureCode, read, sheetOf, workbookWithData, write } from "./support";

/** "Data" with a table in A2:B4, validation on B3:B4, a format on A3:A4 and formulas elsewhere. */
async function laidOut() {
  const workbook = await workbookWithData();
  await write(workbook, "Data", "A1", [["Title"]]);
  await write(workbook, "Data", "A2:B4", [
    ["Name", "Value"],
    ["a", 1],
    ["b", 2],
  ]);
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    addItems(sheet, { table: "A2:B4", validated: "B3:B4", formatted: "A3:A4" });
    sheet.getRange("D1").formulas = [["=SUM(B3:B4)"]];
    sheet.getRange("D2").formulas = [["=B4"]];
    sheet.getRange("3:3").format.rowHeight = 30;
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=Data!B3"]];
    await context.sync();
  });
  return workbook;
}

async function rows(workbook: MemoryWorkbook, edit: (sheet: Excel.Worksheet) => void) {
  await workbook.run(async (context) => {
    edit(context.workbook.worksheets.getItem("Data"));
    await context.sync();
  });
}

// Range.insert("Down") and delete("Up") on whole rows (getEntireRow()).
describe(`inserting whole rows (${DOCS.insertDelete})`, () => {
  it("moves cells, tables, validation, formats, heights and references down", async () => {
    const workbook = await laidOut();
    await rows(workbook, (sheet) => sheet.getRange("A3").getEntireRow().insert("Down"));
    const sheet = sheetOf(workbook, "Data");
    expect(await read(workbook, "Data", "A3:B5")).toEqual([
      ["", ""],
      ["a", 1],
      ["b", 2],
    ]);
    expect(sheet.tables[0]?.address).toBe("A2:B5");
    expect(sheet.validations[0]?.address).toBe("B4:B5");
    expect(sheet.conditionalFormats[0]).toMatchObject({
      address: "A4:A5",
      rule: { formula: '=A4="b"' },
    });
    expect(sheet.rowHeights).toEqual({ "4": 30 });
    expect([sheet.cells.D1?.formula, sheet.cells.D2?.formula]).toEqual(["=SUM(B4:B5)", "=B5"]);
    expect(sheetOf(workbook, "Sheet1").cells.A1?.formula).toBe("=Data!B4");
  });

  it("grows ranges that span the inserted rows", async () => {
    const workbook = await laidOut();
    await rows(workbook, (sheet) => sheet.getRange("4:5").insert("Down"));
    const sheet = sheetOf(workbook, "Data");
    expect(sheet.tables[0]?.address).toBe("A2:B6");
    expect(sheet.validations[0]?.address).toBe("B3:B6");
    expect(sheet.cells.D1?.formula).toBe("=SUM(B3:B6)");
  });
});

describe(`deleting whole rows (${DOCS.insertDelete})`, () => {
  it("moves what is below up and turns references to deleted cells into #REF!", async () => {
    const workbook = await laidOut();
    await rows(workbook, (sheet) => {
      sheet.getRange("B4").getEntireRow().delete("Up");
    });
    const sheet = sheetOf(workbook, "Data");
    expect(sheet.tables[0]?.address).toBe("A2:B3");
    expect(sheet.validations[0]?.address).toBe("B3");
    expect([sheet.cells.D1?.formula, sheet.cells.D2?.formula]).toEqual(["=SUM(B3:B3)", "=#REF!"]);
  });

  it("refuse to delete a table's header row but not the whole table", async () => {
    const workbook = await laidOut();
    const attempt = rows(workbook, (sheet) => {
      sheet.getRange("2:3").delete("Up");
    });
    expect(await failureCode(attempt)).toBe("InvalidOperation");
    await rows(workbook, (sheet) => {
      sheet.getRange("2:4").delete("Up");
    });
    expect(sheetOf(workbook, "Data").tables).toEqual([]);
  });
});

describe("other shifts", () => {
  it.each<[string, (sheet: Excel.Worksheet) => void]>([
    ["inserting cells", (sheet) => sheet.getRange("A3:B3").insert("Down")],
    ["inserting columns", (sheet) => sheet.getRange("B:B").insert("Right")],
    [
      "deleting cells",
      (sheet) => {
        sheet.getRange("A3").delete("Up");
      },
    ],
    [
      "deleting left",
      (sheet) => {
        sheet.getRange("3:3").delete("Left");
      },
    ],
  ])("%s is NotImplemented", async (_shift, edit) => {
    const workbook = await laidOut();
    expect(await failureCode(rows(workbook, edit))).toBe("NotImplemented");
  });
});
