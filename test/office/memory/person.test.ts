import { MemoryWorkbook, PersonEditRefused } from "../../../src/office/memory";
import { sheetOf, thrown, workbookWithData, write } from "./support";

async function protectedWithInput() {
  const workbook = await workbookWithData();
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("B2").format.protection.locked = false;
    sheet.protection.protect();
    await context.sync();
  });
  return workbook;
}

describe("a person typing", () => {
  it("gets the same reading of text as Range.values, and null clears the cell", () => {
    const workbook = new MemoryWorkbook();
    workbook.person.type("Sheet1", "A1", "=1+1");
    workbook.person.type("Sheet1", "A2", "2026-06-30");
    workbook.person.type("Sheet1", "A3", "'+32 9");
    workbook.person.type("Sheet1", "A4", "gone");
    workbook.person.type("Sheet1", "A4", null);
    const { cells } = sheetOf(workbook, "Sheet1");
    expect([cells.A1?.formula, cells.A2?.value, cells.A3?.value, cells.A4]).toEqual([
      "=1+1",
      46203,
      "+32 9",
      undefined,
    ]);
  });

  it("is refused in a locked cell of a protected sheet, accepted in an unlocked one", async () => {
    const workbook = await protectedWithInput();
    const refused = thrown(() => {
      workbook.person.type("Data", "A1", "x");
    });
    expect(refused).toBeInstanceOf(PersonEditRefused);
    workbook.person.type("Data", "B2", 12);
    expect(sheetOf(workbook, "Data").cells.B2?.value).toBe(12);
  });

  it("counts no sync", async () => {
    const workbook = await workbookWithData();
    workbook.resetStats();
    workbook.person.type("Data", "A1", 1);
    workbook.person.renameSheet("Data", "Renamed");
    expect(workbook.stats).toEqual({ syncs: 0, batches: [] });
  });
});

describe("a person changing the workbook's structure", () => {
  it("renames a sheet; formulas follow, and invalid names are refused", async () => {
    const workbook = await workbookWithData();
    await write(workbook, "Sheet1", "A1", [["=Data!A1"]]);
    workbook.person.renameSheet("Data", "Gegevens");
    expect(sheetOf(workbook, "Sheet1").cells.A1?.formula).toBe("=Gegevens!A1");
    expect(() => {
      workbook.person.renameSheet("Gegevens", "a/b");
    }).toThrow(PersonEditRefused);
  });

  it("deletes a sheet", async () => {
    const workbook = await workbookWithData();
    workbook.person.deleteSheet("Data");
    expect(workbook.inspect().sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });

  it("renames a table; structured references follow", async () => {
    const workbook = await workbookWithData();
    await write(workbook, "Data", "A1:B2", [
      ["Goal", "Score"],
      ["A", 1],
    ]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:B2", true).name = "AK_Goals";
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [
        ['=SUM(AK_Goals[Score])&"AK_Goals[Score]"'],
      ];
      await context.sync();
    });
    workbook.person.renameTable("AK_Goals", "Doelen");
    expect(sheetOf(workbook, "Sheet1").cells.A1?.formula).toBe(
      '=SUM(Doelen[Score])&"AK_Goals[Score]"',
    );
    expect(sheetOf(workbook, "Data").tables[0]?.name).toBe("Doelen");
  });

  it("inserts and deletes rows", async () => {
    const workbook = await workbookWithData();
    await write(workbook, "Data", "A1:A3", [[1], [2], [3]]);
    workbook.person.insertRows("Data", 1, 2);
    expect(Object.keys(sheetOf(workbook, "Data").cells)).toEqual(["A1", "A4", "A5"]);
    workbook.person.deleteRows("Data", 0, 3);
    expect(sheetOf(workbook, "Data").cells).toMatchObject({ A1: { value: 2 }, A2: { value: 3 } });
  });

  it("cannot insert rows into a protected sheet, but can unprotect it", async () => {
    const workbook = await protectedWithInput();
    expect(() => {
      workbook.person.insertRows("Data", 0, 1);
    }).toThrow(PersonEditRefused);
    workbook.person.unprotect("Data");
    workbook.person.insertRows("Data", 0, 1);
    expect(sheetOf(workbook, "Data").protected).toBe(false);
  });

  it("needs the password to unprotect a sheet protected with one", async () => {
    const workbook = await workbookWithData();
    workbook.person.protect("Data", "geheim");
    expect(() => {
      workbook.person.unprotect("Data");
    }).toThrow(PersonEditRefused);
    workbook.person.unprotect("Data", "geheim");
    expect(sheetOf(workbook, "Data").protected).toBe(false);
  });
});
