import ExcelJS from "exceljs";
import { exportXlsx } from "../../src/export/export-xlsx";
import { characterWidth } from "../../src/export/write-sheet";
import { MemoryWorkbook } from "../../src/office/memory";
import {
  exportWorkbook,
  readXml,
  relationshipsOf,
  worksheetPath,
  type Exported,
} from "./xlsx-package";
import { findAll, findOne, textOf, type XmlElement } from "./xml-tree";

const SHEET = "Mijn blad";

/**
 * A workbook with what the project examples do not have: a sheet name that needs quotes, a
 * table without filter buttons, stacked and unplaced charts, every validation kind, icon
 * sets, cell-value formats, a sheet-scoped name, a hidden sheet and other protection options.
 */
async function featureWorkbook(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.add(SHEET);
    sheet.getRange("A1:C4").values = [
      ["Jaar", "Doel A", "Doel B"],
      [2026, 0.1, 0.2],
      [2027, 0.4, 0.5],
      [2028, 0.9, 1],
    ];
    const table = sheet.tables.add(sheet.getRange("A1:C4"), true);
    table.name = "T_Data";
    table.style = "TableStyleLight9";
    table.showFilterButton = false;
    addCharts(sheet);
    addFormats(sheet);
    addValidations(sheet);
    sheet.names.add("Lokaal", "=2");
    sheet.freezePanes.freezeColumns(1);
    sheet.tabColor = "#FF0000";
    context.workbook.worksheets.add("Verborgen").visibility = "Hidden";
    await context.sync();
  });
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange("L3").dataValidation.clear();
    sheet.protection.protect({ selectionMode: "Unlocked", allowEditObjects: true });
    await context.sync();
  });
  return workbook;
}

function addCharts(sheet: Excel.Worksheet): void {
  const stacked = sheet.charts.add("ColumnStacked", sheet.getRange("A1:C4"), "Columns");
  stacked.name = "Stapel";
  stacked.title.text = "Doelen <A & B>";
  stacked.legend.visible = true;
  stacked.legend.position = "Bottom";
  stacked.axes.valueAxis.maximum = 2;
  stacked.setPosition("E6", "K20");
  const bars = sheet.charts.add("BarStacked100", sheet.getRange("A1:C4"), "Rows");
  bars.setPosition("E22");
  const renamed = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
  renamed.series.getItemAt(0).name = "Eigen naam";
}

function addFormats(sheet: Excel.Worksheet): void {
  const between = sheet.getRange("B2:B4").conditionalFormats.add("CellValue").cellValue;
  between.rule = { formula1: "=0", formula2: "=0.5", operator: "NotBetween" };
  between.format.fill.color = "#C6EFCE";
  between.format.font.color = "#006100";
  between.format.font.bold = true;
  const custom = sheet.getRange("A2:A4").conditionalFormats.add("Custom");
  custom.custom.rule.formula = "=$A2>2026";
  custom.custom.format.fill.color = "#FFEB9C";
  custom.stopIfTrue = true;
  const criteria = [
    {},
    { type: "Number", operator: "GreaterThan", formula: "=0.3" },
    { type: "Formula", operator: "GreaterThanOrEqual", formula: "=$B$4*0.9" },
  ] as Excel.ConditionalIconCriterion[];
  const lights = sheet.getRange("C2:C4").conditionalFormats.add("IconSet").iconSet;
  lights.style = "ThreeTrafficLights1";
  lights.criteria = criteria;
  lights.showIconOnly = true;
  const stars = sheet.getRange("B2:B4").conditionalFormats.add("IconSet").iconSet;
  stars.style = "ThreeStars";
  stars.criteria = criteria;
}

function addValidations(sheet: Excel.Worksheet): void {
  const rules: [string, Excel.DataValidationRule][] = [
    ["E1", { wholeNumber: { formula1: 0, operator: "GreaterThan" } }],
    ["F1", { textLength: { formula1: 10, operator: "LessThanOrEqualTo" } }],
    ["G1", { custom: { formula: '=ISNUMBER(SEARCH("x",G1))' } }],
    ["H1", { date: { formula1: "2026-01-01", formula2: "2026-12-31", operator: "Between" } }],
    ["I1", { time: { formula1: "08:30", operator: "GreaterThanOrEqualTo" } }],
    ["J1", { list: { inCellDropDown: false, source: "Ja,Nee" } }],
    ["L1:L5", { decimal: { formula1: 0, formula2: 100, operator: "NotBetween" } }],
  ];
  for (const [address, rule] of rules) sheet.getRange(address).dataValidation.rule = rule;
  sheet.getRange("K1").dataValidation.prompt = { message: "Vrij", showPrompt: true, title: "" };
}

async function sheetXml(exported: Exported): Promise<XmlElement> {
  return readXml(exported.zip, await worksheetPath(exported.zip, SHEET));
}

async function chartParts(exported: Exported): Promise<{ anchor: string; chart: XmlElement }[]> {
  const sheetPath = await worksheetPath(exported.zip, SHEET);
  const drawingPath = [...(await relationshipsOf(exported.zip, sheetPath)).values()].find((item) =>
    item.type.endsWith("/drawing"),
  )?.path;
  const drawing = await readXml(exported.zip, drawingPath ?? "");
  const charts = await relationshipsOf(exported.zip, drawingPath ?? "");
  return Promise.all(
    drawing.children.map(async (anchor) => {
      const id = findOne(anchor, "c:chart").attributes["r:id"] ?? "";
      return {
        anchor: anchor.name,
        chart: await readXml(exported.zip, charts.get(id)?.path ?? ""),
      };
    }),
  );
}

describe("the .xlsx export of a workbook with every supported feature", () => {
  let exported: Exported;

  beforeAll(async () => {
    exported = await exportWorkbook(await featureWorkbook());
  });

  it("quotes the sheet name in series references and names series by header cell", async () => {
    const [stacked] = await chartParts(exported);
    const series = findAll(stacked!.chart, "c:ser").map((item) => [
      findOne(findOne(item, "c:tx"), "c:f").text,
      findOne(findOne(item, "c:cat"), "c:f").text,
      findOne(findOne(item, "c:val"), "c:f").text,
    ]);
    expect(series).toEqual([
      ["'Mijn blad'!$B$1", "'Mijn blad'!$A$2:$A$4", "'Mijn blad'!$B$2:$B$4"],
      ["'Mijn blad'!$C$1", "'Mijn blad'!$A$2:$A$4", "'Mijn blad'!$C$2:$C$4"],
    ]);
  });

  it("draws stacked charts, title, legend and axis scale as the snapshot says", async () => {
    const [stacked, bars] = await chartParts(exported);
    const attribute = (chart: XmlElement, name: string) => findOne(chart, name).attributes.val;
    expect([
      attribute(stacked!.chart, "c:barDir"),
      attribute(stacked!.chart, "c:grouping"),
      attribute(stacked!.chart, "c:overlap"),
      attribute(stacked!.chart, "c:legendPos"),
      attribute(stacked!.chart, "c:max"),
      textOf(findOne(stacked!.chart, "c:title")),
    ]).toEqual(["col", "stacked", "100", "b", "2", "Doelen <A & B>"]);
    expect([attribute(bars!.chart, "c:barDir"), attribute(bars!.chart, "c:grouping")]).toEqual([
      "bar",
      "percentStacked",
    ]);
    expect(findAll(bars!.chart, "c:title")).toEqual([]);
    expect(attribute(bars!.chart, "c:autoTitleDeleted")).toBe("1");
  });

  it("anchors a chart to two cells, one cell, or its offsets as it was placed", async () => {
    const charts = await chartParts(exported);
    expect(charts.map((item) => item.anchor)).toEqual([
      "xdr:twoCellAnchor",
      "xdr:oneCellAnchor",
      "xdr:absoluteAnchor",
    ]);
  });

  it("writes a series name set apart from its header cell as literal text", async () => {
    const [, , renamed] = await chartParts(exported);
    const names = findAll(renamed!.chart, "c:tx").filter(
      (item) => item.children[0]?.name === "c:v",
    );
    expect(names.map((item) => textOf(item))).toEqual(["Eigen naam"]);
  });

  it("puts the drawing before the table parts of the same sheet", async () => {
    const names = (await sheetXml(exported)).children.map((child) => child.name);
    expect(names.slice(-3)).toEqual(["drawing", "tableParts", "extLst"]);
  });

  it("writes a table without filter buttons without an autoFilter, in its style", async () => {
    const sheetPath = await worksheetPath(exported.zip, SHEET);
    const related = [...(await relationshipsOf(exported.zip, sheetPath)).values()];
    const part = related.find((item) => item.type.endsWith("/table"));
    const table = await readXml(exported.zip, part?.path ?? "");
    expect(findAll(table, "autoFilter")).toEqual([]);
    expect(findOne(table, "tableStyleInfo").attributes.name).toBe("TableStyleLight9");
    expect(table.attributes.ref).toBe("A1:C4");
  });

  it("writes a cell-value format with its operator, operands and look", async () => {
    const sheet = await sheetXml(exported);
    const rule = findAll(sheet, "cfRule").find((item) => item.attributes.type === "cellIs");
    expect(rule?.attributes.operator).toBe("notBetween");
    expect(findAll(rule!, "formula").map((item) => item.text)).toEqual(["0", "0.5"]);
    const styles = await readXml(exported.zip, "xl/styles.xml");
    const dxf = findAll(styles, "dxf")[Number(rule?.attributes.dxfId)];
    expect(findAll(dxf!, "b").length).toBe(1);
    expect(findOne(dxf!, "color").attributes.rgb).toBe("FF006100");
    expect(findOne(dxf!, "bgColor").attributes.rgb).toBe("FFC6EFCE");
  });

  it("keeps stopIfTrue on a custom format", async () => {
    const sheet = await sheetXml(exported);
    const rule = findAll(sheet, "cfRule").find((item) => item.attributes.type === "expression");
    expect([rule?.attributes.stopIfTrue, findOne(rule!, "formula").text]).toEqual([
      "1",
      "$A2>2026",
    ]);
  });

  it("writes icon sets with their thresholds, 'greater than' as gte=0", async () => {
    const sheet = await sheetXml(exported);
    const iconSet = findOne(sheet, "iconSet");
    expect(iconSet.attributes).toEqual({ iconSet: "3TrafficLights1", showValue: "0" });
    expect(findAll(iconSet, "cfvo").map((item) => item.attributes)).toEqual([
      { type: "percent", val: "0" },
      { type: "num", val: "0.3", gte: "0" },
      { type: "formula", val: "$B$4*0.9" },
    ]);
    const stars = findOne(sheet, "x14:iconSet");
    expect(stars.attributes.iconSet).toBe("3Stars");
    expect(findOne(sheet, "x14:cfRule").attributes.id).toMatch(
      /^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/,
    );
    expect(findAll(stars, "xm:f").map((item) => item.text)).toEqual(["0", "0.3", "$B$4*0.9"]);
    expect(findOne(sheet, "xm:sqref").text).toBe("B2:B4");
  });

  it("keeps the snapshot's priorities across all kinds of rules", async () => {
    const sheet = await sheetXml(exported);
    const priorities = [...findAll(sheet, "cfRule"), ...findAll(sheet, "x14:cfRule")].map((item) =>
      Number(item.attributes.priority),
    );
    expect(priorities.sort()).toEqual([1, 2, 3, 4]);
  });

  it("writes each kind of validation with its operator and operands", async () => {
    const validations = findAll(await sheetXml(exported), "dataValidation").map((item) => ({
      sqref: item.attributes.sqref,
      type: item.attributes.type,
      operator: item.attributes.operator,
      formulas: item.children.map((child) => child.text),
    }));
    expect(validations).toEqual([
      { sqref: "E1", type: "whole", operator: "greaterThan", formulas: ["0"] },
      { sqref: "F1", type: "textLength", operator: "lessThanOrEqual", formulas: ["10"] },
      { sqref: "G1", type: "custom", operator: undefined, formulas: ['ISNUMBER(SEARCH("x",G1))'] },
      { sqref: "H1", type: "date", operator: "between", formulas: ["46023", "46387"] },
      { sqref: "I1", type: "time", operator: "greaterThanOrEqual", formulas: [`${8.5 / 24}`] },
      { sqref: "J1", type: "list", operator: undefined, formulas: ['"Ja,Nee"'] },
      { sqref: "L1:L2 L4:L5", type: "decimal", operator: "notBetween", formulas: ["0", "100"] },
      { sqref: "K1", type: undefined, operator: undefined, formulas: [] },
    ]);
  });

  it("hides the in-cell list arrow only where the rule asks for it", async () => {
    const validations = findAll(await sheetXml(exported), "dataValidation");
    const hidden = validations.filter((item) => item.attributes.showDropDown === "1");
    expect(hidden.map((item) => item.attributes.sqref)).toEqual(["J1"]);
    const prompt = validations.find((item) => item.attributes.sqref === "K1");
    expect([prompt?.attributes.showInputMessage, prompt?.attributes.prompt]).toEqual(["1", "Vrij"]);
  });

  it("writes a hidden sheet hidden, and a sheet's own name with its sheet index", async () => {
    const workbook = await readXml(exported.zip, "xl/workbook.xml");
    const states = findAll(workbook, "sheet").map((item) => [
      item.attributes.name,
      item.attributes.state,
    ]);
    expect(states).toEqual([
      ["Sheet1", "visible"],
      [SHEET, "visible"],
      ["Verborgen", "hidden"],
    ]);
    const local = findAll(workbook, "definedName").find(
      (item) => item.attributes.name === "Lokaal",
    );
    expect([local?.attributes.localSheetId, local?.text]).toEqual(["1", "2"]);
  });

  it("protects with the snapshot's selection mode and object editing", async () => {
    const protection = findOne(await sheetXml(exported), "sheetProtection").attributes;
    expect(protection.selectLockedCells).toBe("1");
    expect(protection.selectUnlockedCells).toBeUndefined();
    expect(protection.objects).toBeUndefined();
    expect(protection.hashValue).toBeUndefined();
  });

  it("re-opens with exceljs with its tab colour, frozen column and validations", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(exported.bytes).buffer);
    const sheet = workbook.getWorksheet(SHEET)!;
    expect(sheet.properties.tabColor.argb).toBe("FFFF0000");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1 });
    expect(sheet.getCell("B3").value).toBe(0.4);
    expect(workbook.getWorksheet("Verborgen")?.state).toBe("hidden");
  });
});

describe("column widths", () => {
  it.each([
    [48, 9.140625],
    [70, 13.28515625],
    [320, 61],
  ])("%s points are %s characters", (points, characters) => {
    expect(characterWidth(points)).toBe(characters);
  });
});

describe("what the export refuses", () => {
  it("names a chart type it cannot draw instead of dropping the chart", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [
        ["Naam", "Waarde"],
        ["a", 1],
        ["b", 2],
      ];
      sheet.charts.add("Pie", sheet.getRange("A1:B3"), "Columns");
      await context.sync();
    });
    await expect(exportXlsx(workbook.inspect())).rejects.toThrow(
      "a chart of type Pie cannot be written to .xlsx",
    );
  });
});
