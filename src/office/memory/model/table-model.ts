import type { CellRect } from "../../../core/util/a1";
import type { SheetModel } from "./sheet-model";

/** A table column: a stable id and the header text. */
export interface TableColumnModel {
  id: number;
  name: string;
}

/** One table: its header row plus body on a sheet, and its look. */
export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** The header row and the data body; a table always has at least one body row. */
  rect: CellRect;
  columns: TableColumnModel[];
  nextColumnId: number;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  removed: boolean;
}
