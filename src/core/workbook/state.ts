import type { CellRect } from "../util/a1";
import type { GridValue, TableGrid, WorkbookGrids } from "./grids";

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
    const slice = (grid: "formulas" | "values", r: number) =>
      Array.from({ length: columnCount }, (_, c) => stateCell(sheet, r, column + c, grid));
    const body = Array.from({ length: rowCount - 1 }, (_, i) => row + 1 + i);
    return [
      {
        name: table.name,
        sheet: table.sheet,
        rect: table.rect,
        headers: slice("values", row).map(String),
        values: body.map((r) => slice("values", r)),
        formulas: body.map((r) => slice("formulas", r)),
      },
    ];
  });
  return { tables, names: state.names };
}
