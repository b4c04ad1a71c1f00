import type { CellRect } from "../util/a1";

export type GridValue = string | number | boolean;

/** One of the add-in's tables as the office layer loads it: plain values, no Office objects. */
export interface TableGrid {
  name: string;
  sheet: string;
  /** The whole table, header row included, in sheet coordinates. */
  rect: CellRect;
  headers: string[];
  /** The data body's values, row by row. */
  values: GridValue[][];
  /** The data body's formulas (a value where the cell holds no formula). */
  formulas: GridValue[][];
}

/** What the reader needs of a workbook: its Ambitiekaart tables and named items. */
export interface WorkbookGrids {
  tables: TableGrid[];
  /** Workbook-level named items by name, each as its formula (for example `=1`). */
  names: Record<string, string>;
}
