import ExcelJS from "exceljs";
import { cellAddress, parseAddress } from "../../src/core/util/a1";
import { isoToSerial } from "../../src/core/util/excel-dates";
import { characterWidth } from "../../src/export/write-sheet";
import { MemoryWorkbook } from "../../src/office/memory";
import type { SheetSnapshot, ValidationSnapshot } from "../../src/office/memory/snapshot";
import { build, exampleProject } from "../helpers/workbooks";
import {
  exportWorkbook,
  partPaths,
  readXml,
  relationshipsOf,
  storedCells,
  targetPath,
  worksheetPath,
  type Exported,
} from "./xlsx-package";
import { findAll, findOne, textOf, type XmlElement } from "./xml-tree";

const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

/** The worksheet children the schema allows after `drawing` (ECMA-376 Part 1, CT_Worksheet). */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

async function exportExample(name: string): Promise<Exported> {
  const workbook = new MemoryWorkbook();
  await build(workbook, exampleProject(name));
  return exportWorkbook(workbook);
}

function sheetNamed(exported: Exported, name: string): SheetSnapshot {
  const sheet = exported.snapshot.sheets.find((item) => item.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

async function sheetPart(exported: Exported, name: string): Promise<XmlElement> {
  return readXml(exported.zip, await worksheetPath(exported.zip, name));
}

/** The parts related from a part, of one relationship type, in the order of their ids' use. */
async function relatedParts(exported: Exported, part: string, type: string): Promise<string[]> {
  const relationships = await relationshipsOf(exported.zip, part);
  return [...relationships.values()]
    .filter((item) => item.type.endsWith(`/${type}`))
    .map((item) => item.path);
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe.each(["office-chairs", "laptops"])("the .xlsx export of %s", (example) => {
  let exported: Exported;

  beforeAll(async () => {
    exported = await exportExample(example);
  });

  it("declares a content type for every part, and its own type for every XML part", async () => {
    const types = await readXml(exported.zip, "[Content_Types].xml");
    const defaults = new Map(
      findAll(types, "Default").map((item) => [item.attributes.Extension, item]),
    );
    const overrides = new Map(
      findAll(types, "Override").map((item) => [
        item.attributes.PartName?.slice(1),
        item.attributes.ContentType,
      ]),
    );
    const parts = partPaths(exported.zip).filter((path) => path !== "[Content_Types].xml");
    const undeclared = parts.filter(
      (path) => !overrides.has(path) && !defaults.has(path.split(".").pop()),
    );
    const generic = parts.filter((path) => path.endsWith(".xml") && !overrides.has(path));
    const drawn = parts.filter((path) => /^xl\/(drawings|charts)\/[^/]+\.xml$/.test(path));
    expect([undeclared, generic]).toEqual([[], []]);
    expect(drawn.map((path) => overrides.get(path))).toEqual(
      drawn.map((path) =>
        path.includes("/charts/") ? CONTENT_TYPES.chart : CONTENT_TYPES.drawing,
      ),
    );
    expect(drawn.length).toBe(1 + sheetNamed(exported, "Dashboard").charts.length);
  });

  it("points every relationship at a part that exists", async () => {
    const parts = new Set(partPaths(exported.zip));
    const missing: string[] = [];
    for (const relsPath of [...parts].filter((path) => path.endsWith(".rels"))) {
      for (const item of findAll(await readXml(exported.zip, relsPath), "Relationship")) {
        if (item.attributes.TargetMode === "External") continue;
        const path = targetPath(relsPath, item.attributes.Target ?? "");
        if (!parts.has(path)) missing.push(`${relsPath} -> ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("uses only relationship ids that the part's rels define", async () => {
    const unknown: string[] = [];
    const xmlParts = partPaths(exported.zip).filter((path) => /^xl\/.*\.xml$/.test(path));
    for (const part of xmlParts) {
      const root = await readXml(exported.zip, part);
      const used = findAllElements(root).flatMap((item) => {
        const id = item.attributes["r:id"];
        return id === undefined ? [] : [id];
      });
      if (used.length === 0) continue;
      const defined = await relationshipsOf(exported.zip, part);
      unknown.push(...used.filter((id) => !defined.has(id)).map((id) => `${part} ${id}`));
    }
    expect(unknown).toEqual([]);
  });

  it("parses every XML part with its namespace prefixes bound", async () => {
    const xmlParts = partPaths(exported.zip).filter((path) => /\.(xml|rels)$/.test(path));
    for (const part of xmlParts) await expect(readXml(exported.zip, part)).resolves.toBeTruthy();
    expect(xmlParts.length).toBeGreaterThan(20);
  });

  it("gives sheets, tables, drawing objects and charts unique ids", async () => {
    const workbook = await readXml(exported.zip, "xl/workbook.xml");
    const sheets = findAll(workbook, "sheet");
    const tableParts = partPaths(exported.zip).filter((path) => path.startsWith("xl/tables/"));
    const tables = await Promise.all(tableParts.map((path) => readXml(exported.zip, path)));
    const drawingParts = partPaths(exported.zip).filter((path) =>
      /^xl\/drawings\/[^/]+$/.test(path),
    );
    const chartTargets: string[] = [];
    const objectIds: string[] = [];
    for (const drawing of drawingParts) {
      chartTargets.push(...(await relatedParts(exported, drawing, "chart")));
      const frames = findAll(await readXml(exported.zip, drawing), "xdr:cNvPr");
      objectIds.push(...frames.map((item) => `${drawing} ${item.attributes.id ?? ""}`));
    }
    const ids = {
      sheetIds: duplicates(sheets.map((item) => item.attributes.sheetId ?? "")),
      sheetParts: duplicates(sheets.map((item) => item.attributes["r:id"] ?? "")),
      tableIds: duplicates(tables.map((item) => item.attributes.id ?? "")),
      tableNames: duplicates(tables.map((item) => item.attributes.name ?? "")),
      objectIds: duplicates(objectIds),
      charts: duplicates(chartTargets),
    };
    expect(ids).toEqual({
      sheetIds: [],
      sheetParts: [],
      tableIds: [],
      tableNames: [],
      objectIds: [],
      charts: [],
    });
    expect([sheets.length, tables.length]).toEqual([6, 9]);
    expect(chartTargets.length).toBe(sheetNamed(exported, "Dashboard").charts.length);
  });

  it("writes each table over the snapshot's range, header cells naming the columns", async () => {
    for (const sheet of exported.snapshot.sheets.filter((item) => item.tables.length > 0)) {
      const part = await worksheetPath(exported.zip, sheet.name);
      const tableParts = await relatedParts(exported, part, "table");
      const tables = await Promise.all(tableParts.map((path) => readXml(exported.zip, path)));
      const cells = await storedCells(exported.zip, sheet.name);
      const written = tables.map((table) => {
        const rect = parseAddress(table.attributes.ref ?? "");
        const headers = findAll(table, "tableColumn").map((column, offset) => {
          const address = cellAddress(rect?.row ?? 0, (rect?.column ?? 0) + offset);
          return [column.attributes.name, cells.get(address)?.text];
        });
        return { name: table.attributes.name, ref: table.attributes.ref, headers };
      });
      const expected = sheet.tables.map((table) => ({
        name: table.name,
        ref: table.address,
        headers: table.columns.map((column) => [column, column]),
      }));
      expect(written).toEqual(expected);
    }
  });

  it("defines the workbook names, formulas without '='", async () => {
    const workbook = await readXml(exported.zip, "xl/workbook.xml");
    const names = findAll(workbook, "definedName").map((item) => [item.attributes.name, item.text]);
    const expected = exported.snapshot.names.map((name) => [name.name, name.formula.slice(1)]);
    expect(names).toEqual(expected);
    expect(names).toContainEqual(["AK_Dashboard", "Dashboard!$A$1"]);
    expect(names).toContainEqual(["AK_Language", '"nl"']);
  });

  it("stores the indicator table's formulas as <f> elements with no cached value", async () => {
    const snapshot = sheetNamed(exported, "Indicatoren");
    const cells = await storedCells(exported.zip, "Indicatoren");
    const formulas = Object.entries(snapshot.cells).filter(([, cell]) => cell.formula !== null);
    expect(formulas.map(([address]) => address)).toContain("M4");
    for (const [address, cell] of formulas) {
      expect([address, cells.get(address)?.formula, cells.get(address)?.value]).toEqual([
        address,
        cell.formula?.slice(1),
        null,
      ]);
    }
  });

  it("stores every constant with its own value and no formula", async () => {
    for (const sheet of exported.snapshot.sheets) {
      const cells = await storedCells(exported.zip, sheet.name);
      for (const [address, cell] of Object.entries(sheet.cells)) {
        if (cell.formula !== null || cell.value === "") continue;
        const stored = cells.get(address);
        const read = typeof cell.value === "string" ? stored?.text : Number(stored?.value);
        const expectedType = typeof cell.value === "string" ? "s" : null;
        expect([address, read, stored?.type ?? null, stored?.formula]).toEqual([
          address,
          cell.value,
          expectedType,
          null,
        ]);
      }
    }
  });

  it("writes one data validation per rule, over the rule's cells", async () => {
    for (const sheet of exported.snapshot.sheets) {
      const validations = findAll(await sheetPart(exported, sheet.name), "dataValidation");
      const written = validations.map((item) => [
        item.attributes.sqref,
        item.attributes.type,
        findOne(item, "formula1").text,
      ]);
      const expected = sheet.validations.map((validation) => [
        validation.address.replace(/,/g, " "),
        ...ruleSummary(validation.rule),
      ]);
      expect(written).toEqual(expected);
    }
  });

  it("writes the conditional formats over their ranges, in priority order", async () => {
    for (const sheet of exported.snapshot.sheets) {
      const part = await sheetPart(exported, sheet.name);
      const written = findAll(part, "conditionalFormatting").map((item) => {
        const rule = findOne(item, "cfRule");
        const formula = findOne(rule, "formula").text;
        return [item.attributes.sqref, rule.attributes.type, rule.attributes.priority, formula];
      });
      const expected = sheet.conditionalFormats.map((format) => [
        format.address,
        "expression",
        String(format.priority + 1),
        format.type === "Custom" ? format.rule.formula?.slice(1) : null,
      ]);
      expect(written).toEqual(expected);
    }
  });

  it("draws each dashboard chart from the dashboard's chart data", async () => {
    const dashboard = sheetNamed(exported, "Dashboard");
    const sheetPath = await worksheetPath(exported.zip, "Dashboard");
    const [drawingPath = ""] = await relatedParts(exported, sheetPath, "drawing");
    const drawing = await readXml(exported.zip, drawingPath);
    const relationships = await relationshipsOf(exported.zip, drawingPath);
    const frames = findAll(drawing, "xdr:twoCellAnchor");
    expect(frames.length).toBe(dashboard.charts.length);
    for (const [index, chart] of dashboard.charts.entries()) {
      const frame = frames[index]!;
      const id = findOne(frame, "c:chart").attributes["r:id"] ?? "";
      const part = await readXml(exported.zip, relationships.get(id)?.path ?? "");
      const series = findAll(part, "c:ser").map((item) => ({
        values: findOne(findOne(item, "c:val"), "c:f").text,
        categories: findOne(findOne(item, "c:cat"), "c:f").text,
      }));
      const source = parseAddress(chart.source)!;
      expect(series).toEqual(
        chart.series.map((item) => ({ values: item.values, categories: item.categories })),
      );
      for (const item of series) {
        for (const reference of [item.values, item.categories]) {
          expect(reference.startsWith("Dashboard!$")).toBe(true);
          expect(isWithin(parseAddress(reference)!, source)).toBe(true);
        }
      }
      const direction = chart.type === "BarClustered" ? "bar" : "col";
      expect(findOne(part, "c:barDir").attributes.val).toBe(direction);
      expect(textOf(findOne(findOne(part, "c:chart"), "c:title"))).toBe(chart.title);
      expect(anchorCells(frame)).toEqual(expectedAnchor(chart.position));
      // LibreOffice labels the value axis with this code; Excel follows the cells anyway.
      const first = parseAddress(chart.series[0]!.values)!;
      const firstCell = dashboard.cells[cellAddress(first.row, first.column)];
      const axisFormat = findOne(findOne(part, "c:valAx"), "c:numFmt").attributes;
      expect(axisFormat).toEqual({
        formatCode: firstCell?.numberFormat ?? "General",
        sourceLinked: "1",
      });
      if (chart.type === "BarClustered") expect(axisFormat.formatCode).toContain("%");
    }
  });

  it("puts the drawing element after pageSetup and before any tableParts or extLst", async () => {
    const sheet = await sheetPart(exported, "Dashboard");
    const names = sheet.children.map((child) => child.name);
    const drawing = names.indexOf("drawing");
    expect(names.slice(0, drawing)).toEqual(expect.arrayContaining(["sheetData", "pageSetup"]));
    const after = names.slice(drawing + 1);
    expect(after.filter((name) => !AFTER_DRAWING.includes(name))).toEqual([]);
  });

  it("protects the sheets without a password, with the snapshot's options", async () => {
    const part = await sheetPart(exported, "Indicatoren");
    const protection = findOne(part, "sheetProtection").attributes;
    expect(protection).toEqual({
      sheet: "1",
      formatColumns: "0",
      formatRows: "0",
      sort: "0",
      autoFilter: "0",
      objects: "1",
      scenarios: "1",
    });
  });

  it("re-opens with exceljs with the same sheets, values, formulas and formats", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(exported.bytes).buffer);
    const names = workbook.worksheets.map((worksheet) => worksheet.name);
    expect(names).toEqual(exported.snapshot.sheets.map((sheet) => sheet.name));
    for (const sheet of exported.snapshot.sheets) {
      const worksheet = workbook.getWorksheet(sheet.name)!;
      for (const [address, cell] of Object.entries(sheet.cells)) {
        const read = worksheet.getCell(address);
        const content = cell.formula === null ? serialOfDate(read.value) : read.formula;
        const expected = cell.formula?.slice(1) ?? (cell.value === "" ? null : cell.value);
        expect([address, content, maybe(read.numFmt) ?? "General"]).toEqual([
          address,
          expected,
          cell.numberFormat,
        ]);
        const locked = maybe(read.protection)?.locked ?? true;
        expect([address, locked]).toEqual([address, cell.locked]);
      }
      expect(maybe(worksheet.properties.tabColor)?.argb ?? null).toBe(
        sheet.tabColor && `FF${sheet.tabColor.slice(1)}`,
      );
      for (const [letter, points] of Object.entries(sheet.columnWidths)) {
        expect(worksheet.getColumn(letter).width).toBe(characterWidth(points));
      }
    }
  });

  it("keeps the frozen panes", async () => {
    const part = await sheetPart(exported, "Indicatoren");
    const pane = findOne(part, "pane").attributes;
    const { rows, columns } = sheetNamed(exported, "Indicatoren").freeze;
    expect([pane.state, pane.xSplit, pane.ySplit]).toEqual(["frozen", `${columns}`, `${rows}`]);
  });
});

describe("text a person typed", () => {
  it.each(['=HYPERLINK("http://x","y")', "+32 9 123 45 67", "-2+3", "@SUM(1)"])(
    "%s is stored as a string cell, not a formula",
    async (text) => {
      const workbook = new MemoryWorkbook();
      const project = exampleProject("office-chairs");
      project.card.name = text;
      await build(workbook, project);
      const { zip } = await exportWorkbook(workbook);
      const cell = (await storedCells(zip, "Project")).get("B4");
      expect(cell).toEqual({ type: "s", value: expect.any(String) as string, text, formula: null });
    },
  );
});

/** exceljs types style parts as always present; a cell read from a file may lack them. */
function maybe<T>(value: T): T | undefined {
  return value;
}

/** exceljs reads a number with a date format as a Date; the snapshot keeps the serial. */
function serialOfDate(value: ExcelJS.CellValue): ExcelJS.CellValue {
  return value instanceof Date ? isoToSerial(value.toISOString().slice(0, 10)) : value;
}

/** The type and first operand a validation rule of the examples is written with. */
function ruleSummary(rule: ValidationSnapshot["rule"]): [string, string] {
  if ("list" in rule) return ["list", rule.list.source.replace(/^=/, "")];
  if ("decimal" in rule) return ["decimal", String(rule.decimal.formula1)];
  if ("date" in rule) return ["date", String(rule.date.formula1)];
  throw new Error(`the examples have no rule ${JSON.stringify(rule)}`);
}

function findAllElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(findAllElements)];
}

function isWithin(inner: NonNullable<ReturnType<typeof parseAddress>>, outer: typeof inner) {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

function anchorCells(frame: XmlElement): number[] {
  return ["xdr:from", "xdr:to"].flatMap((tag) => {
    const marker = findOne(frame, tag);
    return [Number(findOne(marker, "xdr:col").text), Number(findOne(marker, "xdr:row").text)];
  });
}

/** The anchor a chart placed over start:end cells gets: the end cell is covered completely. */
function expectedAnchor(position: { start: string; end: string | null } | null): number[] {
  const start = parseAddress(position?.start ?? "")!;
  const end = parseAddress(position?.end ?? "")!;
  return [start.column, start.row, end.column + 1, end.row + 1];
}
