import { TABLE_NAMES } from "../layout/geometry";
import type { CellRect } from "../util/a1";
import type { GridValue, StrayRow, TableGrid, WorkbookGrids } from "./grids";

/** The used range of a sheet as loaded: each cell's formula (or value) and number format. */
export interface UsedRange {
  rect: CellRect;
  /** A formula for formula cells, the value otherwise; "" for an empty cell. */
  formulas: GridValue[][];
  /** Values as Excel computed them, for formula cells too. */
  values: GridValue[][];
  numberFormats: string[][];
}

export interface SheetState {
  name: string;
  protected: boolean;
  used: UsedRange | null;
  /** Names of the charts on the sheet. */
  charts: string[];
}

export interface TableState {
  name: string;
  sheet: string;
  rect: CellRect;
}

/** What the office layer loads before it writes: the add-in's sheets, tables and names. */
export interface WorkbookState {
  /** Every sheet's name, the person's own included, to avoid clashes. */
  sheetNames: string[];
  /** The add-in's own sheets, in detail. */
  sheets: SheetState[];
  /** The add-in's tables (names starting with AK_). */
  tables: TableState[];
  /** Workbook-level named items by name, as formulas. */
  names: Record<string, string>;
  /** The person's own tables with their headers, to recognise one of the add-in's renamed. */
  otherTables?: OtherTable[];
}

/** A table whose name does not start with AK_. */
export interface OtherTable extends TableState {
  headers: string[];
}

/** The cell of a sheet state at a sheet position; "" outside the used range. */
export function stateCell(
  sheet: SheetState,
  row: number,
  column: number,
  grid: "formulas" | "values" | "numberFormats",
): GridValue {
  const used = sheet.used;
  if (!used) return grid === "numberFormats" ? "General" : "";
  const r = row - used.rect.row;
  const c = column - used.rect.column;
  const value = used[grid][r]?.[c];
  return value ?? (grid === "numberFormats" ? "General" : "");
}

/** The reader's view of the loaded state: each table's header and body as grids. */
export function gridsFromState(state: WorkbookState): WorkbookGrids {
  const sheets = new Map(state.sheets.map((sheet) => [sheet.name, sheet]));
  const tables = state.tables.flatMap((table): TableGrid[] => {
    const sheet = sheets.get(table.sheet);
    if (!sheet) return [];
    const { row, column, rowCount, columnCount } = table.rect;
    const slice = (grid: "formulas" | "values" | "numberFormats", r: number) =>
      Array.from({ length: columnCount }, (_, c) => stateCell(sheet, r, column + c, grid));
    const body = Array.from({ length: rowCount - 1 }, (_, i) => row + 1 + i);
    const grid: TableGrid = {
      name: table.name,
      sheet: table.sheet,
      rect: table.rect,
      headers: slice("values", row).map(String),
      values: body.map((r) => slice("values", r)),
      formulas: body.map((r) => slice("formulas", r)),
      numberFormats: body.map((r) => slice("numberFormats", r).map(String)),
    };
    const strays = INPUT_TABLES.has(table.name) ? strayRows(sheet, table, state.tables) : [];
    return [strays.length > 0 ? { ...grid, strays } : grid];
  });
  return { tables, names: state.names };
}

// Tables a person extends by typing below them; each is the last thing in its columns.
const INPUT_TABLES = new Set<string>([
  TABLE_NAMES.stakeholders,
  TABLE_NAMES.strategies,
  TABLE_NAMES.indicators,
]);

// A row typed one or more rows below a table stays outside it in Excel, and a later build
// that grows the table would write over it; the reader takes such rows in instead.
function strayRows(sheet: SheetState, table: TableState, tables: TableState[]): StrayRow[] {
  const used = sheet.used;
  if (!used) return [];
  const { row, column, rowCount, columnCount } = table.rect;
  const usedEnd = used.rect.row + used.rect.rowCount;
  const others = tables.filter((other) => other.sheet === table.sheet && other !== table);
  const strays: StrayRow[] = [];
  for (let r = row + rowCount; r < usedEnd; r++) {
    const inOther = others.some(
      (other) => r >= other.rect.row && r < other.rect.row + other.rect.rowCount,
    );
    if (inOther) break;
    const values = Array.from({ length: columnCount }, (_, c) =>
      stateCell(sheet, r, column + c, "values"),
    );
    if (values.some((value) => value !== "")) strays.push({ row: r, values });
  }
  return strays;
}
