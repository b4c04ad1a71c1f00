import { MemoryWorkbook } from "../../../src/office/memory";
import { DOCS, failureCode, read, sheetOf, workbookWithData, write } from "./support";

/** "Data" with a 3-column table "Scores" over A1:C3 and a note beside it in E1:E5. */
async function scores() {
  const workbook = await workbookWithData();
  await write(workbook, "Data", "A1:C3", [
    ["Name", "Score", "Double"],
    ["a", 1, null],
    ["b", 2, null],
  ]);
  await write(workbook, "Data", "E1:E5", [["n1"], ["n2"], ["n3"], ["n4"], ["n5"]]);
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("C2:C3").formulas = [["=B2*2"], ["=B3*2"]];
    sheet.tables.add("A1:C3", true).name = "Scores";
    await context.sync();
  });
  return workbook;
}

function tableAddress(workbook: MemoryWorkbook, name = "Scores") {
  const table = workbook
    .inspect()
    .sheets.flatMap((sheet) => sheet.tables)
    .find((item) => item.name === name);
  return table?.address;
}

describe(`tables.add (${DOCS.tablesAdd})`, () => {
  it("makes the first row text headers: blanks become ColumnN, repeats get a number", async () => {
    const workbook = await workbookWithData();
    await write(workbook, "Data", "A1:E2", [
      ["Goal", null, 2026, "goal", true],
      [1, 2, 3, 4, 5],
    ]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:E2", true);
      await context.sync();
    });
    const sheet = sheetOf(workbook, "Data");
    expect(sheet.tables[0]).toMatchObject({
      name: "Table1",
      address: "A1:E2",
      style: "TableStyleMedium2",
      columns: ["Goal", "Column2", "2026", "goal2", "TRUE"],
    });
    expect(sheet.cells.C1?.value).toBe("2026");
  });

  it("names tables Table1, Table2, …; the workbook takes a sheet-qualified address", async () => {
    const workbook = await workbookWithData();
    const names = await workbook.run(async (context) => {
      const first = context.workbook.tables.add("Data!A1:B2", true);
      const second = context.workbook.tables.add("'Data'!D1:E2", true);
      first.load("name");
      second.load("name");
      await context.sync();
      return [first.name, second.name];
    });
    expect(names).toEqual(["Table1", "Table2"]);
  });

  it("refuses a table that overlaps another table with InvalidArgument", async () => {
    const workbook = await scores();
    const attempt = workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("C3:D6", true);
      await context.sync();
    });
    expect(await failureCode(attempt)).toBe("InvalidArgument");
  });

  it("only makes tables with headers", async () => {
    const workbook = await workbookWithData();
    const attempt = workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:B2", false);
      await context.sync();
    });
    expect(await failureCode(attempt)).toBe("NotImplemented");
  });
});

// Table.name follows Excel's rules for names; a taken name is InvalidArgument (office-js #551).
describe(`table names (${DOCS.table})`, () => {
  it.each([
    ["a space", "My table"],
    ["a leading digit", "1Table"],
    ["a cell reference", "AB12"],
    ["an R1C1 reference", "R1C1"],
    ["the letter R", "r"],
    ["more than 255 characters", `T${"x".repeat(255)}`],
    ["a hyphen", "my-table"],
  ])("refuse %s with InvalidArgument", async (_rule, name) => {
    const workbook = await scores();
    const attempt = workbook.run(async (context) => {
      context.workbook.tables.getItem("Scores").name = name;
      await context.sync();
    });
    expect(await failureCode(attempt)).toBe("InvalidArgument");
  });

  it("accept letters, digits, _ and . after a letter, _ or backslash", async () => {
    const workbook = await scores();
    for (const name of ["AK_Indicators", "_x.2", "\\odd", "ABCD1"]) {
      await workbook.run(async (context) => {
        context.workbook.worksheets.getItem("Data").tables.getItemAt(0).name = name;
        await context.sync();
      });
      expect(tableAddress(workbook, name)).toBe("A1:C3");
    }
  });

  it("refuse a name another table or a defined name uses, ignoring case", async () => {
    const workbook = await scores();
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("G1:H2", true).name = "Other";
      context.workbook.names.add("Taken", "=1");
      await context.sync();
    });
    for (const name of ["other", "TAKEN"]) {
      const attempt = workbook.run(async (context) => {
        context.workbook.tables.getItem("Scores").name = name;
        await context.sync();
      });
      expect(await failureCode(attempt)).toBe("InvalidArgument");
    }
  });
});

describe(`a table's parts (${DOCS.table})`, () => {
  it("gives its ranges, columns, worksheet and settings", async () => {
    const workbook = await scores();
    const read = await workbook.run(async (context) => {
      const table = context.workbook.tables.getItem("scores");
      const ranges = [table.getRange(), table.getHeaderRowRange(), table.getDataBodyRange()];
      const score = table.columns.getItem("Score");
      const parts = [score.getDataBodyRange(), score.getHeaderRowRange(), score.getRange()];
      for (const range of [...ranges, ...parts]) range.load("address");
      table.columns.load("items/name,items/index");
      table.load("name,style,showHeaders,showTotals,showBandedRows,showFilterButton,id");
      const worksheet = table.worksheet.load("name");
      const missing = table.columns.getItemOrNullObject("Nope");
      await context.sync();
      return {
        addresses: [...ranges, ...parts].map((range) => range.address),
        columns: table.columns.items.map((column) => [column.name, column.index]),
        settings: table.toJSON(),
        worksheet: worksheet.name,
        missing: missing.isNullObject,
      };
    });
    expect(read).toEqual({
      addresses: ["Data!A1:C3", "Data!A1:C1", "Data!A2:C3", "Data!B2:B3", "Data!B1", "Data!B1:B3"],
      columns: [
        ["Name", 0],
        ["Score", 1],
        ["Double", 2],
      ],
      settings: {
        name: "Scores",
        style: "TableStyleMedium2",
        showHeaders: true,
        showTotals: false,
        showBandedRows: true,
        showFilterButton: true,
        id: "1",
      },
      worksheet: "Data",
      missing: true,
    });
  });

  it("renames a column when its header cell is written", async () => {
    const workbook = await scores();
    await write(workbook, "Data", "B1", [["Points"]]);
    expect(sheetOf(workbook, "Data").tables[0]?.columns).toEqual(["Name", "Points", "Double"]);
  });
});

describe(`rows.add (${DOCS.tableRowsAdd})`, () => {
  it("appends rows with values, moving only the table's columns", async () => {
    const workbook = await scores();
    const index = await workbook.run(async (context) => {
      const row = context.workbook.tables.getItem("Scores").rows.add(undefined, [
        ["c", 3, 6],
        ["d", 4, 8],
      ]);
      row.load("index");
      await context.sync();
      return row.index;
    });
    expect(index).toBe(2);
    expect(tableAddress(workbook)).toBe("A1:C5");
    expect(await read(workbook, "Data", "A4:C5")).toEqual([
      ["c", 3, 6],
      ["d", 4, 8],
    ]);
    expect(await read(workbook, "Data", "E1:E5")).toEqual([["n1"], ["n2"], ["n3"], ["n4"], ["n5"]]);
  });

  it("fills the calculated column of an added row", async () => {
    const workbook = await scores();
    await workbook.run(async (context) => {
      context.workbook.tables.getItem("Scores").rows.add();
      await context.sync();
    });
    expect(sheetOf(workbook, "Data").cells.C4?.formula).toBe("=B4*2");
  });

  it("inserts at an index, shifting the table's cells below down", async () => {
    const workbook = await scores();
    await write(workbook, "Data", "A6:B6", [["below", "table"]]);
    await workbook.run(async (context) => {
      context.workbook.tables.getItem("Scores").rows.add(0, [["first", 0, 0]]);
      await context.sync();
    });
    expect(await read(workbook, "Data", "A2:B4")).toEqual([
      ["first", 0],
      ["a", 1],
      ["b", 2],
    ]);
    expect(await read(workbook, "Data", "A7:B7")).toEqual([["below", "table"]]);
    expect(sheetOf(workbook, "Data").cells.C3?.formula).toBe("=B3*2");
  });

  it("gives new rows the validation of the column", async () => {
    const workbook = await scores();
    await workbook.run(async (context) => {
      const body = context.workbook.tables.getItem("Scores").columns.getItem("Score");
      body.getDataBodyRange().dataValidation.rule = {
        decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
      };
      await context.sync();
      context.workbook.tables.getItem("Scores").rows.add();
      await context.sync();
    });
    expect(sheetOf(workbook, "Data").validations.map((item) => item.address)).toEqual(["B2:B4"]);
  });

  it("reads rows back by position, and deletes one, moving the table's rows up", async () => {
    const workbook = await scores();
    const values = await workbook.run(async (context) => {
      const rows = context.workbook.tables.getItem("Scores").rows;
      const first = rows.getItemAt(0).load("values,index");
      rows.load("count");
      await context.sync();
      rows.getItemAt(0).delete();
      await context.sync();
      return { first: first.values, count: rows.count };
    });
    expect(values).toEqual({ first: [["a", 1, ""]], count: 2 });
    expect(await read(workbook, "Data", "A2:B2")).toEqual([["b", 2]]);
    expect(tableAddress(workbook)).toBe("A1:C2");
    expect(sheetOf(workbook, "Data").cells.C2?.formula).toBe("=B2*2");
    expect(await read(workbook, "Data", "E2")).toEqual([["n2"]]);
  });

  it("refuses a row of the wrong width with InvalidArgument and changes nothing", async () => {
    const workbook = await scores();
    const attempt = workbook.run(async (context) => {
      context.workbook.tables.getItem("Scores").rows.add(undefined, [["too", "short"]]);
      await context.sync();
    });
    expect(await failureCode(attempt)).toBe("InvalidArgument");
    expect(tableAddress(workbook)).toBe("A1:C3");
  });
});

// OFFICE-JS-NOTES, "Batching and limits": writing below a table extends it, unless a data
// validation rule sits under it.
describe("a table grows over what is written directly below it", () => {
  it("by the rows written, with its calculated column", async () => {
    const workbook = await scores();
    await write(workbook, "Data", "A4:B5", [
      ["c", 3],
      ["d", 4],
    ]);
    expect(tableAddress(workbook)).toBe("A1:C5");
    expect(sheetOf(workbook, "Data").cells.C5?.formula).toBe("=B5*2");
  });

  it("when a person types there too", async () => {
    const workbook = await scores();
    workbook.person.type("Data", "B4", 7);
    expect(tableAddress(workbook)).toBe("A1:C4");
  });

  it("not for writes outside its columns, two rows down, or of empty values", async () => {
    const workbook = await scores();
    await write(workbook, "Data", "D4", [["beside"]]);
    await write(workbook, "Data", "A5", [["gap"]]);
    await write(workbook, "Data", "A4", [[""]]);
    expect(tableAddress(workbook)).toBe("A1:C3");
  });

  it("not when a validation rule sits in the row below", async () => {
    const workbook = await scores();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("B4:B10").dataValidation.rule = {
        wholeNumber: { formula1: 0, operator: "GreaterThan" },
      };
      sheet.getRange("A4:B4").values = [["c", 3]];
      await context.sync();
    });
    expect(tableAddress(workbook)).toBe("A1:C3");
  });
});

describe(`removing a table (${DOCS.table})`, () => {
  it("delete() removes the table and the content of its cells", async () => {
    const workbook = await scores();
    await workbook.run(async (context) => {
      context.workbook.tables.getItem("Scores").delete();
      await context.sync();
    });
    const sheet = sheetOf(workbook, "Data");
    expect(sheet.tables).toEqual([]);
    expect([sheet.cells.A1, sheet.cells.B2]).toEqual([undefined, undefined]);
  });

  it("convertToRange() removes the table and keeps its cells", async () => {
    const workbook = await scores();
    await workbook.run(async (context) => {
      context.workbook.tables.getItem("Scores").convertToRange();
      await context.sync();
    });
    const sheet = sheetOf(workbook, "Data");
    expect(sheet.tables).toEqual([]);
    expect(sheet.cells.A1?.value).toBe("Name");
  });

  it("workbook and sheet collections count and find tables", async () => {
    const workbook = await scores();
    const counts = await workbook.run(async (context) => {
      const all = context.workbook.tables.load("count");
      const onSheet1 = context.workbook.worksheets.getItem("Sheet1").tables.load("count");
      const byName = context.workbook.worksheets
        .getItem("Sheet1")
        .tables.getItemOrNullObject("Scores");
      await context.sync();
      return [all.count, onSheet1.count, byName.isNullObject];
    });
    expect(counts).toEqual([1, 0, true]);
  });
});
