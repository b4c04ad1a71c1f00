import { MemoryWorkbook, RichApiError } from "../../../src/office/memory";
import { DOCS, failureCode, read, sheetOf, thrown, workbookWithData } from "./support";

describe(`load, sync and read (${DOCS.coreConcepts})`, () => {
  it("refuses to read a property before load and sync, with Office's wording", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const error = thrown(() => range.values);
      expect(error).toBeInstanceOf(RichApiError);
      expect(error).toMatchObject({
        name: "RichApi.Error",
        code: "PropertyNotLoaded",
        message:
          "The property 'values' is not available. Before reading the property's value, call " +
          'the load method on the containing object and call "context.sync()" on the ' +
          "associated request context.",
        debugInfo: { code: "PropertyNotLoaded", errorLocation: "Range.values" },
      });
      range.load("values");
      expect(thrown(() => range.values).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });

  it("loads what was asked: 'a,b', ['a','b'], or every scalar property", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const [byText, byList, all] = [
        sheet.getRange("A1"),
        sheet.getRange("B2"),
        sheet.getRange("C3"),
      ];
      byText.load("address,rowIndex");
      byList.load(["address", "columnIndex"]);
      all.load();
      await context.sync();
      expect([byText.address, byText.rowIndex]).toEqual(["Sheet1!A1", 0]);
      expect([byList.address, byList.columnIndex]).toEqual(["Sheet1!B2", 1]);
      expect(thrown(() => byText.values).code).toBe("PropertyNotLoaded");
      expect(all.toJSON()).toMatchObject({ address: "Sheet1!C3", values: [[""]], rowCount: 1 });
    });
  });

  it("loads collection items with 'items/name,items/position' or 'name'", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const both = sheets.load("items/name,items/position");
      const other = context.workbook.worksheets;
      await context.sync();
      expect(both.items.map((sheet) => [sheet.name, sheet.position])).toEqual([
        ["Sheet1", 0],
        ["Data", 1],
      ]);
      other.load("name");
      await context.sync();
      expect(other.items.map((sheet) => sheet.name)).toEqual(["Sheet1", "Data"]);
      expect(thrown(() => other.items[0]?.visibility).code).toBe("PropertyNotLoaded");
    });
  });

  it("loads properties as they were when the load ran", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.load("values");
      range.values = [[5]];
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });
});

describe(`queued commands (${DOCS.coreConcepts})`, () => {
  it("touch the workbook only at sync", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["queued"]];
      expect(sheetOf(workbook, "Data").cells.A1).toBeUndefined();
      await context.sync();
      expect(sheetOf(workbook, "Data").cells.A1?.value).toBe("queued");
    });
  });

  it("stop at the first failure; earlier commands stay applied, later ones never run", async () => {
    const workbook = await workbookWithData();
    const attempt = workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1").values = [["before"]];
      sheet.getRange("A2").values = [[1, 2]];
      sheet.getRange("A3").values = [["after"]];
      await context.sync();
    });
    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Range.values" },
    });
    expect(await read(workbook, "Data", "A1:A3")).toEqual([["before"], [""], [""]]);
  });

  it("are sent by run's own final sync when the batch did not sync", async () => {
    const workbook = await workbookWithData();
    workbook.resetStats();
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["last"]];
      return Promise.resolve();
    });
    expect(sheetOf(workbook, "Data").cells.A1?.value).toBe("last");
    expect(workbook.stats.syncs).toBe(1);
  });

  it("are dropped when the batch function throws", async () => {
    const workbook = await workbookWithData();
    const attempt = workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["never"]];
      return Promise.reject(new Error("the pane gave up"));
    });
    await expect(attempt).rejects.toThrow("the pane gave up");
    expect(sheetOf(workbook, "Data").cells.A1).toBeUndefined();
  });

  it("cannot be queued on objects of a finished run", async () => {
    const workbook = await workbookWithData();
    const range = await workbook.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Data").getRange("A1");
      await context.sync();
      return cell;
    });
    expect(thrown(() => (range.values = [[1]])).code).toBe("InvalidObjectPath");
  });
});

describe("stats", () => {
  it("count every sync, and each request's commands and JSON size", async () => {
    const workbook = await workbookWithData();
    workbook.resetStats();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.values = [["a", "b"]];
      range.load("values");
      await context.sync();
      await context.sync();
    });
    expect(workbook.stats.syncs).toBe(2);
    expect(workbook.stats.batches.map((batch) => batch.commands)).toEqual([4, 0]);
    const [first] = workbook.stats.batches;
    expect(first?.bytes).toBeGreaterThan(JSON.stringify([["a", "b"]]).length);
    expect(workbook.stats.batches[1]?.bytes).toBe(
      JSON.stringify({ paths: [], actions: [] }).length,
    );
  });

  // Office.js sends each object path once and refers to it by id, so a hundred writes to
  // one sheet do not repeat the sheet's path a hundred times.
  it("count an object path once per request, as Office.js sends it", async () => {
    const workbook = await workbookWithData();
    workbook.resetStats();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      for (let row = 0; row < 100; row++) sheet.getRange("A1").format.font.bold = row % 2 === 0;
      await context.sync();
    });
    const perWrite = (workbook.stats.batches[0]?.bytes ?? 0) / 100;
    expect(perWrite).toBeLessThan('workbook.worksheets.getItem("Data").getRange("A1")'.length);
  });

  it("grow with the data written, so a test can hold a batch under 5 MB", async () => {
    const workbook = await workbookWithData();
    const rows = Array.from({ length: 2000 }, (_, row) => [`row ${row}`, row, "x".repeat(40)]);
    workbook.resetStats();
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:C2000").values = rows;
      await context.sync();
    });
    const bytes = workbook.stats.batches[0]?.bytes ?? 0;
    expect(bytes).toBeGreaterThan(JSON.stringify(rows).length);
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("count suspendApiCalculationUntilNextSync as a command of its batch", async () => {
    const workbook = new MemoryWorkbook();
    workbook.resetStats();
    await workbook.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      await context.sync();
    });
    expect(workbook.stats.batches).toEqual([{ commands: 1, bytes: expect.any(Number) as number }]);
  });
});

describe(`*OrNullObject methods (${DOCS.nullObjects})`, () => {
  it("return a null object whose isNullObject is read after the sync, unloaded", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      expect(thrown(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
    });
  });

  it("fail with ItemNotFound when a null object is used", async () => {
    const workbook = new MemoryWorkbook();
    const attempt = workbook.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(await failureCode(attempt)).toBe("ItemNotFound");
  });

  it("getItem of a missing item fails at sync with ItemNotFound", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Nope");
      sheet.load("name");
      expect(await failureCode(context.sync())).toBe("ItemNotFound");
    });
  });
});

describe(`members the workbook lacks (${DOCS.errors})`, () => {
  it("throw NotImplemented, naming the member, instead of reading as undefined", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const error = thrown(() => {
        range.merge();
      });
      expect(error).toMatchObject({ code: "NotImplemented" });
      expect(error.message).toContain("Range.merge");
      const misspelled = thrown(() => (range as unknown as { valuez: unknown }).valuez);
      expect(misspelled.message).toContain("Range.valuez");
      await context.sync();
    });
  });

  // Table.resize is ExcelApi 1.13:
  // https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)
  it("Table.resize is ApiNotFound at the default ExcelApi 1.8", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Any");
      const error = thrown(() => {
        table.resize("A1:B2");
      });
      expect(error).toMatchObject({
        code: "ApiNotFound",
        debugInfo: { errorLocation: "Table.resize" },
      });
      expect(error.message).toContain("ExcelApi 1.13");
      await context.sync();
    });
  });

  it("at ExcelApi 1.13, Table.resize exists but is not implemented", async () => {
    const workbook = new MemoryWorkbook({ apiVersion: "1.13" });
    await workbook.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Any");
      expect(
        thrown(() => {
          table.resize("A1:B2");
        }).code,
      ).toBe("NotImplemented");
      await context.sync();
    });
  });

  it("members beyond the chosen version are ApiNotFound, even implemented ones", async () => {
    const workbook = new MemoryWorkbook({ apiVersion: "1.7" });
    expect([workbook.supports("1.7"), workbook.supports("1.8"), workbook.supports("1.10")]).toEqual(
      [true, false, false],
    );
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(thrown(() => range.dataValidation).code).toBe("ApiNotFound");
      await context.sync();
    });
  });

  it("ExcelApiOnline members are ApiNotFound whatever the version", async () => {
    const workbook = new MemoryWorkbook({ apiVersion: "1.20" });
    await workbook.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Sheet1").protection;
      expect(
        thrown(() => {
          protection.pauseProtection();
        }).code,
      ).toBe("ApiNotFound");
      await context.sync();
    });
  });

  it("setting a property the workbook lacks throws too", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(thrown(() => (range.rowHidden = true)).code).toBe("NotImplemented");
      await context.sync();
    });
  });
});
