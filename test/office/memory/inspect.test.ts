import { MemoryWorkbook } from "../../../src/office/memory";

const DEFAULT_FONT = { bold: false, italic: false, color: "#000000", size: 11, name: "Calibri" };

describe("inspect()", () => {
  it("describes a new workbook: one empty Sheet1", () => {
    expect(new MemoryWorkbook().inspect()).toEqual({
      sheets: [
        {
          name: "Sheet1",
          id: "{00000000-0001-0000-0000-000000000000}",
          position: 0,
          visibility: "Visible",
          tabColor: null,
          showGridlines: true,
          protected: false,
          protectionOptions: expect.objectContaining({ allowFormatCells: false }) as object,
          freeze: { rows: 0, columns: 0 },
          columnWidths: {},
          rowHeights: {},
          standardHeight: 15,
          columnFormats: {},
          rowFormats: {},
          cells: {},
          tables: [],
          validations: [],
          conditionalFormats: [],
          charts: [],
          names: [],
        },
      ],
      names: [],
      activeSheet: "Sheet1",
    });
  });

  it("lists only cells that hold something or are formatted, with every field", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["Title", 3]];
      sheet.getRange("C2").format.fill.color = "#FFEB9C";
      sheet.getRange("B1").format.protection.locked = false;
      sheet.getRange("B:B").format.columnWidth = 120;
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A1").format.horizontalAlignment = "Center";
      await context.sync();
    });
    const sheet = workbook.inspect().sheets[0];
    expect(sheet?.cells).toEqual({
      A1: {
        value: "Title",
        formula: null,
        quotePrefix: false,
        numberFormat: "General",
        locked: true,
        fill: null,
        font: { ...DEFAULT_FONT, bold: true },
        wrap: false,
        horizontalAlignment: "Center",
        verticalAlignment: "Bottom",
      },
      B1: expect.objectContaining({ value: 3, locked: false }) as object,
      C2: expect.objectContaining({ value: "", fill: "#FFEB9C" }) as object,
    });
    expect(sheet?.columnWidths).toEqual({ B: 120 });
  });

  it("is plain JSON that reads back the same, and stable between calls", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [
        ["k", "v"],
        ["a", 1],
        ["b", 2],
      ];
      sheet.tables.add("A1:B3", true);
      sheet.charts.add("Pie", sheet.getRange("A1:B3"), "Columns");
      sheet.getRange("B2:B3").dataValidation.rule = {
        wholeNumber: { formula1: 0, operator: "GreaterThan" },
      };
      context.workbook.names.add("Version", "=2");
      await context.sync();
    });
    const snapshot = workbook.inspect();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(JSON.stringify(workbook.inspect())).toBe(JSON.stringify(snapshot));
    expect(snapshot.sheets[0]?.tables[0]).toEqual({
      name: "Table1",
      id: "1",
      address: "A1:B3",
      style: "TableStyleMedium2",
      showBandedRows: true,
      showBandedColumns: false,
      showFilterButton: true,
      columns: ["k", "v"],
    });
    expect(snapshot.names).toEqual([
      { name: "Version", formula: "=2", type: "Double", value: 2, visible: true, comment: "" },
    ]);
  });

  it("returns a copy: changing it does not change the workbook", () => {
    const workbook = new MemoryWorkbook();
    const snapshot = workbook.inspect();
    snapshot.sheets[0]?.tables.push({
      name: "Fake",
      id: "x",
      address: "A1",
      style: "",
      showBandedRows: false,
      showBandedColumns: false,
      showFilterButton: false,
      columns: [],
    });
    expect(workbook.inspect().sheets[0]?.tables).toEqual([]);
  });
});
