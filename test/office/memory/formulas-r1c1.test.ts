import { DOCS, failureCode, sheetOf, thrown, workbookWithData } from "./support";

const FORMULAS_R1C1 = DOCS.formulas.replace("formulas-member", "formulasr1c1-member");

// Excel applies one value to every cell of a range; the typings only name the 2-D form.
function fill(range: Excel.Range, formula: string) {
  (range as unknown as { formulasR1C1: unknown }).formulasR1C1 = formula;
}

describe(`Range.formulasR1C1 (${FORMULAS_R1C1})`, () => {
  it("one formula fills a whole range, each cell relative to itself", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:A3").values = [[1], [2], [3]];
      fill(sheet.getRange("B1:B3"), "=RC[-1]*2+R1C1");
      await context.sync();
    });
    const cells = sheetOf(workbook, "Data").cells;
    expect([cells.B1?.formula, cells.B2?.formula, cells.B3?.formula]).toEqual([
      "=A1*2+$A$1",
      "=A2*2+$A$1",
      "=A3*2+$A$1",
    ]);
  });

  it("a 2-D array writes each formula at its cell and null keeps a cell", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("C2").values = [["keep"]];
      sheet.getRange("B2:C2").formulasR1C1 = [["=R[-1]C", null]];
      await context.sync();
    });
    const cells = sheetOf(workbook, "Data").cells;
    expect(cells.B2?.formula).toBe("=B1");
    expect(cells.C2?.value).toBe("keep");
  });

  it("reads formulas back in R1C1 and constants as they are", async () => {
    const workbook = await workbookWithData();
    const read = await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.formulas = [[5, "=SUM(A1,Data!$A:$A)"]];
      range.load("formulasR1C1");
      await context.sync();
      return range.formulasR1C1;
    });
    expect(read).toEqual([[5, "=SUM(RC[-1],Data!C1)"]]);
  });

  it("a wrong shape is refused", async () => {
    const workbook = await workbookWithData();
    const code = await failureCode(
      workbook.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B1").formulasR1C1 = [["=1"]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("is ApiNotFound below ExcelApi 1.2", async () => {
    const workbook = await workbookWithData({ apiVersion: "1.1" });
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      expect(
        thrown(() => {
          fill(range, "=1");
        }).code,
      ).toBe("ApiNotFound");
      await context.sync();
    });
  });
});
