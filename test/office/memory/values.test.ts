import { MemoryWorkbook } from "../../../src/office/memory";
import { DOCS, failureCode, read, sheetOf, workbookWithData, write } from "./support";

async function typed(text: string | number | boolean, numberFormat?: string) {
  const workbook = await workbookWithData();
  await workbook.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("Data").getRange("B2");
    if (numberFormat !== undefined) cell.numberFormat = [[numberFormat]];
    cell.values = [[text]];
    await context.sync();
  });
  const cell = sheetOf(workbook, "Data").cells.B2;
  return { value: cell?.value, formula: cell?.formula, numberFormat: cell?.numberFormat };
}

describe(`strings written to Range.values (${DOCS.values})`, () => {
  it("a string starting with = becomes a formula", async () => {
    expect(await typed("=A1*2")).toMatchObject({ formula: "=A1*2" });
  });

  it("a lone = stays text", async () => {
    expect(await typed("=")).toMatchObject({ value: "=", formula: null });
  });

  it.each(["+32 9 123", "-A1", "@SUM(A1:A3)"])(
    "%s starts with + - or @: a formula",
    async (text) => {
      expect(await typed(text)).toMatchObject({ formula: `=${text}` });
    },
  );

  it.each([
    ["-12.5", -12.5],
    ["+7", 7],
    ["42", 42],
    ["1e3", 1000],
  ])("the number %s stays a number", async (text, number) => {
    expect(await typed(text)).toMatchObject({ value: number, formula: null });
  });

  it.each([
    ["30%", 0.3, "0%"],
    ["30 %", 0.3, "0%"],
    ["12.5%", 0.125, "0.00%"],
  ])("%s becomes %d with a percent format", async (text, number, format) => {
    expect(await typed(text)).toEqual({ value: number, formula: null, numberFormat: format });
  });

  it.each([
    ["TRUE", true],
    ["false", false],
  ])("%s becomes a boolean", async (text, value) => {
    expect(await typed(text)).toMatchObject({ value });
  });

  it("an ISO date becomes its serial number with a date format", async () => {
    expect(await typed("2026-03-01")).toEqual({
      value: 46082,
      formula: null,
      numberFormat: "yyyy-mm-dd",
    });
  });

  it("an ISO date keeps a number format the cell already had", async () => {
    expect(await typed("2026-03-01", "d/m/yyyy")).toMatchObject({
      value: 46082,
      numberFormat: "d/m/yyyy",
    });
  });

  it("Excel's 1900 leap-year quirk: 1900-02-28 is 59, 1900-03-01 is 61", async () => {
    expect((await typed("1900-02-28")).value).toBe(59);
    expect((await typed("1900-03-01")).value).toBe(61);
  });

  it("a date that does not exist stays text", async () => {
    expect(await typed("2026-02-30")).toMatchObject({ value: "2026-02-30", formula: null });
  });

  it("a leading apostrophe stores the rest as text", async () => {
    const workbook = await workbookWithData();
    await write(workbook, "Data", "A1", [["'=not a formula"]]);
    const cell = sheetOf(workbook, "Data").cells.A1;
    expect(cell).toMatchObject({ value: "=not a formula", formula: null, quotePrefix: true });
  });

  it.each(["=HYPERLINK(1)", "+32 9 123", "-2+3", "@x", "'quoted", "30%", "2026-01-01", "TRUE"])(
    "with number format @, %s stays exactly as written",
    async (text) => {
      expect(await typed(text, "@")).toEqual({ value: text, formula: null, numberFormat: "@" });
    },
  );
});

// OFFICE-JS-NOTES: reading `formulas` drops the apostrophe (office-js issue 6687), so writing
// back what was read turns quoted text into a formula.
describe(`Range.formulas (${DOCS.formulas})`, () => {
  it("reads the formula of formula cells and the value of the others", async () => {
    const workbook = await workbookWithData();
    await write(workbook, "Data", "A1:D1", [[5, "=A1+1", "text", null]]);
    const formulas = await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:D1");
      range.load("formulas");
      await context.sync();
      return range.formulas as unknown[][];
    });
    expect(formulas).toEqual([[5, "=A1+1", "text", ""]]);
  });

  it("drops the apostrophe, so a read-then-rewrite makes a formula", async () => {
    const workbook = await workbookWithData();
    await write(workbook, "Data", "A1", [["'=x"]]);
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.load("formulas");
      await context.sync();
      expect(range.formulas).toEqual([["=x"]]);
      range.formulas = range.formulas as string[][];
      await context.sync();
    });
    expect(sheetOf(workbook, "Data").cells.A1?.formula).toBe("=x");
  });

  it("writes formulas with the same rules as values", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.formulas = [["=1+1", "7"]];
      await context.sync();
    });
    const { cells } = sheetOf(workbook, "Data");
    expect([cells.A1?.formula, cells.B1?.value]).toEqual(["=1+1", 7]);
  });
});

describe(`writing and reading Range.values (${DOCS.values})`, () => {
  it("writes one value into every cell of the range", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      (range as unknown as { values: unknown }).values = 3;
      await context.sync();
    });
    expect(await read(workbook, "Data", "A1:B2")).toEqual([
      [3, 3],
      [3, 3],
    ]);
  });

  it("refuses an array of another size with InvalidArgument", async () => {
    const workbook = await workbookWithData();
    const attempt = workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1, 2]];
      await context.sync();
    });
    expect(await failureCode(attempt)).toBe("InvalidArgument");
  });

  it.each([NaN, Infinity])("refuses %d with InvalidArgument", async (number) => {
    const workbook = await workbookWithData();
    const attempt = write(workbook, "Data", "A1:B1", [[1, number]]);
    expect(await failureCode(attempt)).toBe("InvalidArgument");
    expect(sheetOf(workbook, "Data").cells.A1).toBeUndefined();
  });

  it("leaves cells under null unchanged and empties cells under an empty string", async () => {
    const workbook = await workbookWithData();
    await write(workbook, "Data", "A1:C1", [[1, 2, 3]]);
    await write(workbook, "Data", "A1:C1", [[null, "", 9]]);
    expect(await read(workbook, "Data", "A1:C1")).toEqual([[1, "", 9]]);
  });

  it("reads empty cells as an empty string with the General format", async () => {
    const workbook = await workbookWithData();
    const range = await workbook.run(async (context) => {
      const cells = context.workbook.worksheets.getItem("Data").getRange("C3:D3");
      cells.load("values,numberFormat,valueTypes,formulas");
      await context.sync();
      return cells.toJSON();
    });
    expect(range).toEqual({
      values: [["", ""]],
      numberFormat: [["General", "General"]],
      valueTypes: [["Empty", "Empty"]],
      formulas: [["", ""]],
    });
  });

  it("reads a formula's value from the evaluator, or an empty string without one", async () => {
    const evaluate = (formula: string, sheet: string, address: string) =>
      `${formula} on ${sheet}!${address}`;
    const withEvaluator = await workbookWithData({ evaluate });
    const without = await workbookWithData();
    for (const workbook of [withEvaluator, without]) {
      await write(workbook, "Data", "B2", [["=1+1"]]);
    }
    expect(await read(withEvaluator, "Data", "B2")).toEqual([["=1+1 on Data!B2"]]);
    expect(await read(without, "Data", "B2")).toEqual([[""]]);
  });

  it("reports value types, with Error for a formula that evaluates to an error", async () => {
    const workbook = await workbookWithData({ evaluate: () => "#DIV/0!" });
    await write(workbook, "Data", "A1:E1", [["x", 1, true, "=1/0", null]]);
    const types = await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:E1");
      range.load("valueTypes");
      await context.sync();
      return range.valueTypes;
    });
    expect(types).toEqual([["String", "Double", "Boolean", "Error", "Empty"]]);
  });
});

describe(`cell formats read back as Office.js does (${DOCS.coreConcepts})`, () => {
  it("gives the common value of a format, or null when cells differ", async () => {
    const workbook = new MemoryWorkbook();
    const [same, mixed] = await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.getRange("A1:B1").format.fill.color = "#FFFF00";
      const both = sheet.getRange("A1:B1").format.font.load("bold");
      const partly = sheet.getRange("A1:C1").format.font.load("bold");
      await context.sync();
      return [both.bold, partly.bold];
    });
    expect([same, mixed]).toEqual([true, null]);
    expect(sheetOf(workbook, "Sheet1").cells.A1?.fill).toBe("#FFFF00");
  });

  it("formats whole columns without creating their cells", async () => {
    const workbook = new MemoryWorkbook();
    const locked = await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B:C").format.protection.locked = false;
      (sheet.getRange("B:C") as unknown as { numberFormat: string }).numberFormat = "@";
      const protection = sheet.getRange("B5:C9").format.protection.load("locked");
      await context.sync();
      return protection.locked;
    });
    const sheet = sheetOf(workbook, "Sheet1");
    expect(locked).toBe(false);
    expect(Object.keys(sheet.cells)).toEqual([]);
    expect(sheet.columnFormats.B).toMatchObject({ locked: false, numberFormat: "@" });
  });
});
