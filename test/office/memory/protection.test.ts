import { MemoryWorkbook } from "../../../src/office/memory";
import { DOCS, failureCode, sheetOf, workbookWithData, write } from "./support";

/** A workbook whose "Data" sheet has B2:B3 unlocked and is then protected with `options`. */
async function protectedData(options?: Excel.WorksheetProtectionOptions) {
  const workbook = await workbookWithData();
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:B3").values = [
      ["Label", "Input"],
      ["a", 1],
      ["b", 2],
    ];
    sheet.getRange("B2:B3").format.protection.locked = false;
    sheet.protection.protect(options);
    await context.sync();
  });
  return workbook;
}

function change(workbook: MemoryWorkbook, edit: (sheet: Excel.Worksheet) => void) {
  return failureCode(
    workbook.run(async (context) => {
      edit(context.workbook.worksheets.getItem("Data"));
      await context.sync();
    }),
  );
}

describe(`a protected sheet (${DOCS.protection})`, () => {
  it("refuses values in a locked cell (AccessDenied), takes them in an unlocked one", async () => {
    const workbook = await protectedData();
    expect(await failureCode(write(workbook, "Data", "A2", [["changed"]]))).toBe("AccessDenied");
    expect(await failureCode(write(workbook, "Data", "B2:B3", [[10], [20]]))).toBe("resolved");
    const cells = sheetOf(workbook, "Data").cells;
    expect([cells.A2?.value, cells.B2?.value, cells.B3?.value]).toEqual(["a", 10, 20]);
  });

  it("refuses a block that touches one locked cell", async () => {
    const workbook = await protectedData();
    expect(await failureCode(write(workbook, "Data", "A3:B3", [["x", 5]]))).toBe("AccessDenied");
    expect(sheetOf(workbook, "Data").cells.B3?.value).toBe(2);
  });

  it.each<[string, (sheet: Excel.Worksheet) => void]>([
    ["formulas", (sheet) => (sheet.getRange("A1").formulas = [["=1"]])],
    [
      "clearing contents",
      (sheet) => {
        sheet.getRange("A1").clear("Contents");
      },
    ],
    ["a fill", (sheet) => (sheet.getRange("B2").format.fill.color = "#FF0000")],
    ["a font", (sheet) => (sheet.getRange("B2").format.font.bold = true)],
    ["a number format", (sheet) => (sheet.getRange("B2").numberFormat = [["0.0"]])],
    ["the locked flag", (sheet) => (sheet.getRange("B2").format.protection.locked = true)],
    ["a column width", (sheet) => (sheet.getRange("A1").format.columnWidth = 80)],
    ["a row height", (sheet) => (sheet.getRange("A1").format.rowHeight = 30)],
    ["a table", (sheet) => sheet.tables.add("D1:E3", true)],
    ["a chart", (sheet) => sheet.charts.add("Pie", sheet.getRange("A1:B3"), "Columns")],
    [
      "a validation rule",
      (sheet) =>
        (sheet.getRange("B2").dataValidation.rule = {
          wholeNumber: { formula1: 0, operator: "GreaterThan" },
        }),
    ],
    [
      "clearing validation",
      (sheet) => {
        sheet.getRange("B2").dataValidation.clear();
      },
    ],
    ["a conditional format", (sheet) => sheet.getRange("B2").conditionalFormats.add("Custom")],
    ["inserting rows", (sheet) => sheet.getRange("2:2").insert("Down")],
    [
      "deleting rows",
      (sheet) => {
        sheet.getRange("2:2").delete("Up");
      },
    ],
  ])("refuses %s with AccessDenied", async (_change, edit) => {
    const workbook = await protectedData();
    const before = JSON.stringify(workbook.inspect());
    expect(await change(workbook, edit)).toBe("AccessDenied");
    expect(JSON.stringify(workbook.inspect())).toBe(before);
  });

  it("lets formats, widths and heights through when its options allow them", async () => {
    const workbook = await protectedData({
      allowFormatCells: true,
      allowFormatColumns: true,
      allowFormatRows: true,
      allowInsertRows: true,
    });
    const outcome = await change(workbook, (sheet) => {
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A1").format.columnWidth = 80;
      sheet.getRange("A1").format.rowHeight = 30;
      sheet.getRange("5:5").insert("Down");
    });
    expect(outcome).toBe("resolved");
    const sheet = sheetOf(workbook, "Data");
    expect([sheet.cells.A1?.font.bold, sheet.columnWidths.A, sheet.rowHeights["1"]]).toEqual([
      true,
      80,
      30,
    ]);
  });

  it("still refuses locked-flag changes when formatting is allowed", async () => {
    const workbook = await protectedData({ allowFormatCells: true });
    expect(
      await change(workbook, (sheet) => (sheet.getRange("A1").format.protection.locked = false)),
    ).toBe("AccessDenied");
  });

  it("loads as protected with its options", async () => {
    const workbook = await protectedData({ allowFormatColumns: true });
    const protection = await workbook.run(async (context) => {
      const loaded = context.workbook.worksheets
        .getItem("Data")
        .protection.load("protected,options");
      await context.sync();
      return { protected: loaded.protected, options: loaded.options };
    });
    expect(protection).toMatchObject({
      protected: true,
      options: { allowFormatColumns: true, allowFormatCells: false, selectionMode: "Normal" },
    });
  });

  // "Fails if the worksheet has already been protected"; Excel reports AccessDenied (office-js
  // issue 6784, OFFICE-JS-NOTES).
  it("refuses protect() a second time with AccessDenied", async () => {
    const workbook = await protectedData();
    expect(
      await change(workbook, (sheet) => {
        sheet.protection.protect();
      }),
    ).toBe("AccessDenied");
  });

  it("makes unprotect() on an unprotected sheet a no-op", async () => {
    const workbook = await workbookWithData();
    expect(
      await change(workbook, (sheet) => {
        sheet.protection.unprotect();
      }),
    ).toBe("resolved");
  });

  it("allows renaming the sheet", async () => {
    const workbook = await protectedData();
    expect(await change(workbook, (sheet) => (sheet.name = "Renamed"))).toBe("resolved");
    expect(sheetOf(workbook, "Renamed").protected).toBe(true);
  });

  it("needs its password to be unprotected; a wrong one is InvalidArgument", async () => {
    const workbook = await workbookWithData();
    await change(workbook, (sheet) => {
      sheet.protection.protect({}, "geheim");
    });
    expect(
      await change(workbook, (sheet) => {
        sheet.protection.unprotect();
      }),
    ).toBe("InvalidArgument");
    expect(
      await change(workbook, (sheet) => {
        sheet.protection.unprotect("fout");
      }),
    ).toBe("InvalidArgument");
    expect(
      await change(workbook, (sheet) => {
        sheet.protection.unprotect("geheim");
      }),
    ).toBe("resolved");
    expect(sheetOf(workbook, "Data").protected).toBe(false);
  });
});

describe(`cells are locked by default (${DOCS.protection})`, () => {
  it("reads every untouched cell as locked", async () => {
    const workbook = new MemoryWorkbook();
    const locked = await workbook.run(async (context) => {
      const protection = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:Z100")
        .format.protection.load("locked");
      await context.sync();
      return protection.locked;
    });
    expect(locked).toBe(true);
  });
});
