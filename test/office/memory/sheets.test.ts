import { MemoryWorkbook } from "../../../src/office/memory";
import { DOCS, failureCode, sheetOf, workbookWithData, write } from "./support";

async function addSheet(workbook: MemoryWorkbook, name?: string) {
  return workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.add(name);
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
}

async function rename(workbook: MemoryWorkbook, from: string, to: string) {
  await workbook.run(async (context) => {
    context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
}

// Worksheet.name, and Excel's rules for sheet names (Rename a worksheet, support.microsoft.com).
describe(`sheet names (${DOCS.worksheetName}; ${DOCS.renameSheet})`, () => {
  it("are Sheet1, Sheet2, … when none is given", async () => {
    const workbook = new MemoryWorkbook();
    expect([await addSheet(workbook), await addSheet(workbook)]).toEqual(["Sheet2", "Sheet3"]);
  });

  it("may have up to 31 characters, spaces, apostrophes inside and accents", async () => {
    const workbook = new MemoryWorkbook();
    for (const name of ["x".repeat(31), "Mijn blad", "Jan's blad", "Één"]) {
      expect(await addSheet(workbook, name)).toBe(name);
    }
  });

  it.each([
    ["longer than 31 characters", "x".repeat(32)],
    ["blank", ""],
    ["only spaces", "   "],
    ["a backslash", "a\\b"],
    ["a slash", "a/b"],
    ["a question mark", "a?"],
    ["an asterisk", "a*"],
    ["a colon", "a:b"],
    ["an opening bracket", "a[b"],
    ["a closing bracket", "a]b"],
    ["a leading apostrophe", "'blad"],
    ["a trailing apostrophe", "blad'"],
    ["History", "History"],
    ["history in any case", "hIsToRy"],
  ])("refuse a name %s with InvalidArgument", async (_rule, name) => {
    const workbook = new MemoryWorkbook();
    expect(await failureCode(addSheet(workbook, name))).toBe("InvalidArgument");
    expect(await failureCode(rename(workbook, "Sheet1", name))).toBe("InvalidArgument");
  });

  // The error table lists ItemAlreadyExists for "the resource being created already exists".
  // ItemAlreadyExists, as the error table lists it:
  // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
  it("refuse a name another sheet has, ignoring case, with ItemAlreadyExists", async () => {
    const workbook = await workbookWithData();
    expect(await failureCode(addSheet(workbook, "DATA"))).toBe("ItemAlreadyExists");
    expect(await failureCode(rename(workbook, "Sheet1", "data"))).toBe("ItemAlreadyExists");
  });

  it("may change case on the same sheet", async () => {
    const workbook = await workbookWithData();
    await rename(workbook, "Data", "DATA");
    expect(workbook.inspect().sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "DATA"]);
  });
});

describe("renaming a sheet rewrites every reference to it, as Excel does", () => {
  it("in formulas, names, validation sources, conditional formats and chart sources", async () => {
    const workbook = await workbookWithData();
    await write(workbook, "Data", "A1:B3", [
      ["Name", "Score"],
      ["a", 1],
      ["b", 2],
    ]);
    await workbook.run(async (context) => {
      const { worksheets, names } = context.workbook;
      const sheet1 = worksheets.getItem("Sheet1");
      sheet1.getRange("A1:A2").formulas = [["=SUM(Data!B2:B3)"], ['="Data!A1"&Data!$A$1']];
      sheet1.getRange("C1").dataValidation.rule = {
        list: { inCellDropDown: true, source: "=Data!$A$2:$A$3" },
      };
      sheet1.getRange("D1").conditionalFormats.add("Custom").custom.rule.formula = "=Data!B2>1";
      names.add("Scores", worksheets.getItem("Data").getRange("B2:B3"));
      sheet1.charts.add("ColumnClustered", worksheets.getItem("Data").getRange("A1:B3"), "Columns");
      await context.sync();
      worksheets.getItem("Data").name = "Mijn data";
      await context.sync();
    });
    const snapshot = workbook.inspect();
    const sheet = sheetOf(workbook, "Sheet1");
    expect(sheet.cells.A1?.formula).toBe("=SUM('Mijn data'!B2:B3)");
    expect(sheet.cells.A2?.formula).toBe(`="Data!A1"&'Mijn data'!$A$1`);
    expect(sheet.validations[0]?.rule).toEqual({
      list: { inCellDropDown: true, source: "='Mijn data'!$A$2:$A$3" },
    });
    expect(sheet.conditionalFormats[0]).toMatchObject({ rule: { formula: "='Mijn data'!B2>1" } });
    expect(snapshot.names[0]?.formula).toBe("='Mijn data'!$B$2:$B$3");
    expect(sheet.charts[0]?.source).toBe("'Mijn data'!A1:B3");
    expect(sheet.charts[0]?.series[0]?.values).toBe("'Mijn data'!$B$2:$B$3");
  });
});

describe(`deleting a sheet (${DOCS.worksheetName})`, () => {
  it("turns references to it into #REF! and removes its tables and names", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const { worksheets, names } = context.workbook;
      worksheets.getItem("Sheet1").getRange("A1").formulas = [["=Data!A1+1"]];
      worksheets.getItem("Data").getRange("A1:B2").values = [
        ["x", "y"],
        [1, 2],
      ];
      worksheets.getItem("Data").tables.add("A1:B2", true).name = "Gone";
      worksheets.getItem("Data").names.add("Local", "=1");
      names.add("Pointer", "=Data!$A$1");
      await context.sync();
      worksheets.getItem("Data").delete();
      await context.sync();
    });
    const snapshot = workbook.inspect();
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect(sheetOf(workbook, "Sheet1").cells.A1?.formula).toBe("=#REF!A1+1");
    expect(snapshot.names).toMatchObject([
      { name: "Pointer", formula: "=#REF!$A$1", type: "Error" },
    ]);
    await workbook.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Gone");
      await context.sync();
      expect(table.isNullObject).toBe(true);
    });
  });

  it("refuses to delete the last visible sheet", async () => {
    const workbook = new MemoryWorkbook();
    const attempt = workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").delete();
      await context.sync();
    });
    expect(await failureCode(attempt)).toBe("InvalidOperation");
  });

  it("makes later use of the deleted sheet fail with ItemNotFound", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.delete();
      await context.sync();
      sheet.getRange("A1").values = [[1]];
      expect(await failureCode(context.sync())).toBe("ItemNotFound");
    });
  });
});

describe(`worksheet properties (${DOCS.worksheetName})`, () => {
  it("position reorders the sheets", async () => {
    const workbook = await workbookWithData();
    await addSheet(workbook, "Third");
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Third").position = 0;
      await context.sync();
    });
    expect(workbook.inspect().sheets.map((sheet) => [sheet.name, sheet.position])).toEqual([
      ["Third", 0],
      ["Sheet1", 1],
      ["Data", 2],
    ]);
  });

  it("visibility, tab colour, gridlines and id read back", async () => {
    const workbook = await workbookWithData();
    const read = await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.visibility = "Hidden";
      sheet.tabColor = "#43a047";
      sheet.showGridlines = false;
      sheet.load("visibility,tabColor,showGridlines,id");
      await context.sync();
      return sheet.toJSON();
    });
    expect(read).toEqual({
      visibility: "Hidden",
      tabColor: null,
      showGridlines: false,
      id: expect.stringMatching(/^\{[0-9A-F-]+\}$/) as string,
    });
    expect(sheetOf(workbook, "Data")).toMatchObject({ tabColor: "#43A047", visibility: "Hidden" });
  });

  it("cannot hide the last visible sheet", async () => {
    const workbook = new MemoryWorkbook();
    const attempt = workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").visibility = "VeryHidden";
      await context.sync();
    });
    expect(await failureCode(attempt)).toBe("InvalidOperation");
  });

  it("freezes rows, columns, or both through freezeAt, and unfreezes", async () => {
    const workbook = await workbookWithData();
    const states: unknown[] = [];
    for (const freeze of ["rows", "columns", "at", "rowsOnly", "none"] as const) {
      await workbook.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        const panes = sheet.freezePanes;
        if (freeze === "rows") panes.freezeRows(2);
        if (freeze === "columns") panes.freezeColumns(1);
        if (freeze === "at") panes.freezeAt("A1:B3");
        if (freeze === "rowsOnly") panes.freezeAt(sheet.getRange("3:3"));
        if (freeze === "none") panes.unfreeze();
        await context.sync();
      });
      states.push(sheetOf(workbook, "Data").freeze);
    }
    expect(states).toEqual([
      { rows: 2, columns: 0 },
      { rows: 0, columns: 1 },
      { rows: 3, columns: 2 },
      { rows: 3, columns: 0 },
      { rows: 0, columns: 0 },
    ]);
  });
});

describe(`ranges of a worksheet (${DOCS.coreConcepts})`, () => {
  it("report their address with the sheet, quoted when needed", async () => {
    const workbook = await workbookWithData();
    await addSheet(workbook, "Mijn blad");
    const addresses = await workbook.run(async (context) => {
      const { worksheets } = context.workbook;
      const ranges = [
        worksheets.getItem("Data").getRange("c3:a1"),
        worksheets.getItem("Mijn blad").getRangeByIndexes(1, 1, 2, 3),
        worksheets.getItem("Data").getRange("B2").getEntireRow(),
        worksheets.getItem("Data").getRange("B:C"),
        worksheets.getItem("Data").getRange("A1:C3").getCell(1, 1).getOffsetRange(1, 0),
        worksheets.getItem("Data").getRange("A1").getResizedRange(2, 1),
        worksheets.getItem("Data").getRange("A1:C3").getRow(2),
        worksheets.getItem("Data").getRange("A1:C3").getColumn(1),
      ];
      for (const range of ranges) range.load("address");
      await context.sync();
      return ranges.map((range) => range.address);
    });
    expect(addresses).toEqual([
      "Data!A1:C3",
      "'Mijn blad'!B2:D3",
      "Data!2:2",
      "Data!B:C",
      "Data!B3",
      "Data!A1:B3",
      "Data!A3:C3",
      "Data!B1:B3",
    ]);
  });

  it("refuse addresses off the sheet or on another sheet with InvalidArgument", async () => {
    const workbook = await workbookWithData();
    for (const address of ["A0", "Sheet1!A1", "not an address"]) {
      const attempt = workbook.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange(address).load("address");
        await context.sync();
      });
      expect(await failureCode(attempt)).toBe("InvalidArgument");
    }
  });

  it("getUsedRangeOrNullObject: a null object on an empty sheet, else the data", async () => {
    const workbook = await workbookWithData();
    const before = await workbook.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject();
      await context.sync();
      return used.isNullObject;
    });
    await write(workbook, "Data", "B2", [[1]]);
    await write(workbook, "Data", "D5", [["x"]]);
    const address = await workbook.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      return used.address;
    });
    expect([before, address]).toEqual([true, "Data!B2:D5"]);
  });
});
