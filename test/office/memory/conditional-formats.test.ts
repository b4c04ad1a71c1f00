import { MemoryWorkbook } from "../../../src/office/memory";
import { DOCS, failureCode, sheetOf, thrown, workbookWithData } from "./support";

function formatsOf(workbook: MemoryWorkbook) {
  return sheetOf(workbook, "Data").conditionalFormats;
}

describe(`conditional formats (${DOCS.conditionalFormats})`, () => {
  it("a cell-value format keeps its rule, fill and font", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2:B10");
      const format = range.conditionalFormats.add("CellValue");
      format.cellValue.rule = { formula1: "=0", formula2: "=10", operator: "Between" };
      format.cellValue.format.fill.color = "#C6EFCE";
      format.cellValue.format.font.color = "#006100";
      format.cellValue.format.font.bold = true;
      await context.sync();
    });
    expect(formatsOf(workbook)).toEqual([
      {
        address: "B2:B10",
        priority: 0,
        stopIfTrue: false,
        type: "CellValue",
        rule: { formula1: "=0", formula2: "=10", operator: "Between" },
        format: { fill: "#C6EFCE", fontColor: "#006100", bold: true },
      },
    ]);
  });

  it("a custom format keeps its formula and look", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A2:D10");
      const format = range.conditionalFormats.add("Custom");
      format.custom.rule.formula = '=$D2="achieved"';
      format.custom.format.fill.color = "green";
      format.stopIfTrue = true;
      await context.sync();
    });
    expect(formatsOf(workbook)[0]).toMatchObject({
      type: "Custom",
      rule: { formula: '=$D2="achieved"' },
      format: { fill: "#008000", fontColor: null, bold: null },
      stopIfTrue: true,
    });
  });

  it("an icon set keeps its style, criteria and options", async () => {
    const workbook = await workbookWithData();
    const criteria = [
      {},
      { type: "Percent", operator: "GreaterThanOrEqual", formula: "=50" },
      { type: "Number", operator: "GreaterThan", formula: "=0.9" },
    ] as Excel.ConditionalIconCriterion[];
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("C2:C10");
      const icons = range.conditionalFormats.add("IconSet").iconSet;
      icons.style = "ThreeTrafficLights1";
      icons.criteria = criteria;
      icons.showIconOnly = true;
      icons.reverseIconOrder = true;
      await context.sync();
    });
    expect(formatsOf(workbook)[0]).toMatchObject({
      type: "IconSet",
      style: "ThreeTrafficLights1",
      criteria: [
        { formula: "", operator: "", type: "" },
        { type: "Percent", operator: "GreaterThanOrEqual", formula: "=50" },
        { type: "Number", operator: "GreaterThan", formula: "=0.9" },
      ],
      showIconOnly: true,
      reverseIconOrder: true,
    });
  });

  it("new formats take the top priority; priority can be set", async () => {
    const workbook = await workbookWithData();
    const read = await workbook.run(async (context) => {
      const formats = context.workbook.worksheets
        .getItem("Data")
        .getRange("A1:A5").conditionalFormats;
      formats.add("Custom").custom.rule.formula = "=1";
      formats.add("Custom").custom.rule.formula = "=2";
      const count = formats.getCount();
      const top = formats.getItemAt(0);
      top.load("priority,type");
      const topRule = top.custom.rule.load("formula");
      await context.sync();
      top.priority = 1;
      await context.sync();
      return { count: count.value, topFormula: topRule.formula, type: top.type };
    });
    expect(read).toEqual({ count: 2, topFormula: "=2", type: "Custom" });
    expect(
      formatsOf(workbook).map((format) => format.type === "Custom" && format.rule.formula),
    ).toEqual(["=1", "=2"]);
  });

  it("clearAll removes formats from the range; delete removes one", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:A10").conditionalFormats.add("Custom").custom.rule.formula = "=1";
      sheet.getRange("C1:C10").conditionalFormats.add("Custom").custom.rule.formula = "=2";
      await context.sync();
      sheet.getRange("A6:A10").conditionalFormats.clearAll();
      sheet.getRange("C1").conditionalFormats.getItemAt(0).delete();
      await context.sync();
    });
    expect(formatsOf(workbook).map((format) => format.address)).toEqual(["A1:A5"]);
  });

  it("loads the formats overlapping a range as items", async () => {
    const workbook = await workbookWithData();
    const types = await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:A3").conditionalFormats.add("CellValue");
      sheet.getRange("C1:C3").conditionalFormats.add("IconSet");
      const formats = sheet.getRange("A2:B2").conditionalFormats.load("items/type");
      await context.sync();
      return formats.items.map((format) => format.type);
    });
    expect(types).toEqual(["CellValue"]);
  });

  it.each(["DataBar", "ColorScale", "TopBottom", "PresetCriteria", "ContainsText"] as const)(
    "%s formats are NotImplemented",
    async (type) => {
      const workbook = await workbookWithData();
      const attempt = workbook.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").conditionalFormats.add(type);
        await context.sync();
      });
      expect(await failureCode(attempt)).toBe("NotImplemented");
    },
  );

  it("another type's part is ItemNotFound; colorScale is not implemented", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const format = context.workbook.worksheets
        .getItem("Data")
        .getRange("A1")
        .conditionalFormats.add("Custom");
      expect(thrown(() => format.colorScale).code).toBe("NotImplemented");
      format.cellValue.rule = { formula1: "=1", operator: "EqualTo" };
      expect(await failureCode(context.sync())).toBe("ItemNotFound");
    });
  });
});
