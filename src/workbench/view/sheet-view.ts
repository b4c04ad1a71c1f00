import { cellAddress, type CellRect } from "../../core/util/a1";
import type {
  CellSnapshot,
  ConditionalFormatSnapshot,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../office/memory";
import type { FormulaEngine } from "../engine/formula-engine";
import { chartsOf, type ChartView } from "./chart-view";
import { displayText } from "./number-format";
import { areasOf, contains, shiftFormula } from "./references";
import { shownValue } from "./shown-value";

/** Why a formula cell shows its formula instead of a value. */
export type NotComputed = "unsupported" | "cycle";

/** One cell as the grid shows it. */
export interface CellView {
  address: string;
  /** The displayed value. */
  text: string;
  /** What the formula bar shows: the formula with "=", or the value as typed. */
  input: string;
  isFormula: boolean;
  isNumber: boolean;
  notComputed: NotComputed | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  table: string | null;
  isHeader: boolean;
  hasDropdown: boolean;
  locked: boolean;
}

/**
 * A sheet as the workbench shows it. Borders, merged cells, row heights, frozen panes and
 * the formats of whole rows or columns are not part of it, so the grid does not show them.
 */
export interface SheetView {
  name: string;
  rowCount: number;
  columnCount: number;
  /** Widths in pixels, one per column. */
  columnWidths: number[];
  cells: Map<string, CellView>;
  charts: ChartView[];
  protected: boolean;
}

// Room to type below and beside what the sheet holds, as Excel's endless grid gives.
const SPARE_ROWS = 3;
const SPARE_COLUMNS = 1;
const MIN_ROWS = 20;
const MIN_COLUMNS = 8;
const STANDARD_WIDTH_PX = 72;
const POINTS_TO_PX = 4 / 3;

/** Builds the view of one sheet: displayed values from the engine, tables, rules, charts. */
export function buildSheetView(
  workbook: WorkbookSnapshot,
  sheetName: string,
  engine: FormulaEngine,
): SheetView | null {
  const sheet = workbook.sheets.find((candidate) => candidate.name === sheetName);
  if (!sheet) return null;
  const { rows, columns } = extent(sheet);
  const cells = new Map<string, CellView>();
  const areas = sheetAreas(sheet);
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const view = cellView(sheet, areas, { row, column }, engine);
      if (view) cells.set(view.address, view);
    }
  }
  return {
    name: sheet.name,
    rowCount: rows,
    columnCount: columns,
    columnWidths: Array.from({ length: columns }, (_, column) => widthOf(sheet, column)),
    cells,
    charts: chartsOf(workbook, sheet, engine),
    protected: sheet.protected,
  };
}

// The areas of a sheet's tables, dropdowns and rules, read once per sheet rather than per cell.
interface SheetAreas {
  tables: { name: string; areas: CellRect[] }[];
  dropdowns: CellRect[];
  rules: { rule: ConditionalFormatSnapshot; areas: CellRect[] }[];
}

function sheetAreas(sheet: SheetSnapshot): SheetAreas {
  return {
    tables: sheet.tables.map((table) => ({ name: table.name, areas: areasOf(table.address) })),
    dropdowns: sheet.validations
      .filter((validation) => "list" in validation.rule)
      .flatMap((validation) => areasOf(validation.address)),
    rules: sheet.conditionalFormats.map((rule) => ({ rule, areas: areasOf(rule.address) })),
  };
}

function cellView(
  sheet: SheetSnapshot,
  areas: SheetAreas,
  { row, column }: { row: number; column: number },
  engine: FormulaEngine,
): CellView | null {
  const address = cellAddress(row, column);
  const cell = sheet.cells[address];
  const within = (rects: CellRect[]) => rects.some((rect) => contains(rect, row, column));
  const table = areas.tables.find((candidate) => within(candidate.areas));
  const hasDropdown = within(areas.dropdowns);
  const look = conditionalLook(sheet.name, areas, { row, column }, engine);
  if (!cell && !table && !hasDropdown && look === null) return null;
  const shown = cell ? shownText(sheet, address, cell, engine) : { text: "", notComputed: null };
  const tableStart = table?.areas[0] ?? null;
  return {
    address,
    ...shown,
    input: cell ? formulaBarText(cell) : "",
    isFormula: cell !== undefined && cell.formula !== null,
    isNumber:
      typeof (cell ? shownValue(cell, engine.evaluate(sheet.name, address)) : null) === "number",
    fill: look?.fill ?? cell?.fill ?? null,
    fontColor: look?.fontColor ?? (cell && cell.font.color !== "#000000" ? cell.font.color : null),
    bold: look?.bold ?? cell?.font.bold ?? false,
    table: table?.name ?? null,
    isHeader: tableStart !== null && tableStart.row === row,
    hasDropdown,
    locked: cell?.locked ?? true,
  };
}

function shownText(
  sheet: SheetSnapshot,
  address: string,
  cell: CellSnapshot,
  engine: FormulaEngine,
): { text: string; notComputed: NotComputed | null } {
  if (cell.formula === null) {
    return { text: displayText(cell.value, cell.numberFormat), notComputed: null };
  }
  const result = engine.evaluate(sheet.name, address);
  switch (result?.kind) {
    case "value":
      return { text: displayText(result.value, cell.numberFormat), notComputed: null };
    case "error":
      return { text: result.code, notComputed: null };
    default:
      // Never a made-up value: what cannot be computed shows its formula.
      return {
        text: cell.formula,
        notComputed: result?.reason === "cycle" ? "cycle" : "unsupported",
      };
  }
}

function formulaBarText(cell: CellSnapshot): string {
  if (cell.formula !== null) return cell.formula;
  return typeof cell.value === "boolean" ? (cell.value ? "TRUE" : "FALSE") : String(cell.value);
}

interface Look {
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

// The rules are listed highest priority first; the first rule that holds decides. Only the
// add-in's own kind, a custom formula, is computed: cell-value and icon-set rules are not.
function conditionalLook(
  sheetName: string,
  areas: SheetAreas,
  { row, column }: { row: number; column: number },
  engine: FormulaEngine,
): Look | null {
  for (const { rule, areas: ruleAreas } of areas.rules) {
    const anchor = ruleAreas[0];
    if (!anchor || !ruleAreas.some((area) => contains(area, row, column))) continue;
    if (rule.type !== "Custom" || rule.rule.formula === null) continue;
    const formula = shiftFormula(rule.rule.formula, row - anchor.row, column - anchor.column);
    const result = engine.evaluateAt(sheetName, cellAddress(row, column), formula);
    if (result.kind === "value" && result.value === true) return rule.format;
  }
  return null;
}

function extent(sheet: SheetSnapshot): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  const grow = (rect: CellRect) => {
    rows = Math.max(rows, rect.row + rect.rowCount);
    columns = Math.max(columns, rect.column + rect.columnCount);
  };
  for (const address of Object.keys(sheet.cells)) areasOf(address).forEach(grow);
  for (const table of sheet.tables) areasOf(table.address).forEach(grow);
  return {
    rows: Math.max(MIN_ROWS, rows + SPARE_ROWS),
    columns: Math.max(MIN_COLUMNS, columns + SPARE_COLUMNS),
  };
}

function widthOf(sheet: SheetSnapshot, column: number): number {
  const letters = cellAddress(0, column).replace(/\d+$/, "");
  const points = sheet.columnWidths[letters];
  if (points === undefined) return STANDARD_WIDTH_PX;
  return Math.round(Math.min(Math.max(points * POINTS_TO_PX, 24), 480));
}
