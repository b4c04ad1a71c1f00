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
  /** The body's number formats, where loaded: a percentage typed into a General cell shows. */
  numberFormats?: string[][];
  /**
   * Rows below the table that hold something in its columns but are not part of it: typed
   * one row too low, so Excel did not grow the table. Only for tables that end their sheet.
   */
  strays?: StrayRow[];
}

/** A row typed below a table, outside it; `row` is the 0-based sheet row. */
export interface StrayRow {
  row: number;
  values: GridValue[];
}

/** What the reader needs of a workbook: its Ambitiekaart tables and named items. */
export interface WorkbookGrids {
  tables: TableGrid[];
  /** Workbook-level named items by name, each as its formula (for example `=1`). */
  names: Record<string, string>;
}
