import { MemoryWorkbook } from "../../src/office/memory";
import { FormulaEngine } from "../../src/workbench/engine/formula-engine";
import { displayText } from "../../src/workbench/view/number-format";
import { shiftFormula } from "../../src/workbench/view/references";
import { buildSheetView } from "../../src/workbench/view/sheet-view";

describe("moving a rule's formula to another cell", () => {
  it("moves relative references and keeps fixed ones", () => {
    expect(shiftFormula("=AND(ISNUMBER($P7),$P7>=1,A$1<B2)", 2, 1)).toBe(
      "=AND(ISNUMBER($P9),$P9>=1,B$1<C4)",
    );
  });

  it("leaves text, quoted sheet names and function names alone", () => {
    expect(shiftFormula(`=IF('Blad A1'!C3="A1",LOG10(B2),"")`, 1, 0)).toBe(
      `=IF('Blad A1'!C4="A1",LOG10(B3),"")`,
    );
  });
});

describe("displayed values", () => {
  it("formats percentages, dates, fixed decimals and General as Excel shows them", () => {
    expect(displayText(0.8765, "0.0%")).toBe("87.7%");
    expect(displayText(45658, "yyyy-mm-dd")).toBe("2025-01-01");
    expect(displayText(2.5, "0.00")).toBe("2.50");
    expect(displayText(1 / 3, "General")).toBe("0.3333333333");
    expect(displayText(true, "General")).toBe("TRUE");
    expect(displayText("=not a formula", "@")).toBe("=not a formula");
  });
});

describe("the view of a sheet", () => {
  it("marks tables, headers, dropdowns and the fill a custom rule gives", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [
        ["Name", "Score"],
        ["a", 2],
        ["b", 0],
      ];
      sheet.getRange("C2:C3").formulas = [["=B2*2"], ["=UNKNOWNFN(B3)"]];
      sheet.tables.add("A1:B3", true).name = "Scores";
      sheet.getRange("A2:A3").dataValidation.rule = {
        list: { inCellDropDown: true, source: "a,b" },
      };
      const rule = sheet.getRange("B2:B3").conditionalFormats.add("Custom");
      rule.custom.rule.formula = "=B2>1";
      rule.custom.format.fill.color = "#C6EFCE";
      await context.sync();
    });
    const snapshot = workbook.inspect();
    const view = buildSheetView(snapshot, "Sheet1", new FormulaEngine(snapshot));
    const cell = (address: string) => view?.cells.get(address);
    expect(cell("A1")).toMatchObject({ table: "Scores", isHeader: true, text: "Name" });
    expect(cell("A2")).toMatchObject({ table: "Scores", isHeader: false, hasDropdown: true });
    expect(cell("B2")?.fill).toBe("#C6EFCE");
    expect(cell("B3")?.fill).toBeNull();
    expect(cell("C2")).toMatchObject({ text: "4", input: "=B2*2", isFormula: true });
    expect(cell("C3")).toMatchObject({ text: "=UNKNOWNFN(B3)", notComputed: "unsupported" });
  });
});
