import { MAX_COLUMNS, type CellRect } from "../../../core/util/a1";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, DEFAULT_STYLE, sameStyle } from "./cell-style";
import type { CellStyle } from "./cell-style";
import type { CellContent } from "./cell-value";
import type { ChartModel } from "./chart-model";
import type { ConditionalFormatModel } from "./conditional-format-model";
import type { NamedItemModel } from "./named-item-model";
import { cellCount, lastColumn, lastRow } from "./rects";
import type { ValidationModel } from "./validation-model";

/** One stored cell: its content and its style. Cells nobody touched are not stored. */
export interface CellModel extends CellContent {
  style: CellStyle;
}

/** The options of `Excel.WorksheetProtectionOptions`, all present. */
export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: "Normal" | "Unlocked" | "None";
}

/** Excel's defaults when `protect()` is called without options. */
export const DEFAULT_PROTECTION_OPTIONS: ProtectionOptions = Object.freeze({
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
});

/** Worksheet visibility, as `Excel.SheetVisibility`. */
export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** A cell position packed into one number, so cells can live in a Map. */
export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

/** The row and column of a packed cell position. */
export function keyPosition(key: number): { row: number; column: number } {
  return { row: Math.floor(key / MAX_COLUMNS), column: key % MAX_COLUMNS };
}

/** A stored cell with its position. */
export interface PlacedCell {
  row: number;
  column: number;
  cell: CellModel;
}

/** One worksheet: its cells and the objects that live on it. */
export class SheetModel {
  visibility: SheetVisibility = "Visible";
  tabColor: string | null = null;
  showGridlines = true;
  protection: { protected: boolean; options: ProtectionOptions; password: string | null } = {
    protected: false,
    options: DEFAULT_PROTECTION_OPTIONS,
    password: null,
  };
  freeze = { rows: 0, columns: 0 };
  /** The height of rows nobody sized, in points. */
  standardHeight = DEFAULT_ROW_HEIGHT;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly columnStyles = new Map<number, CellStyle>();
  readonly rowStyles = new Map<number, CellStyle>();
  readonly cells = new Map<number, CellModel>();
  validations: ValidationModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  names: NamedItemModel[] = [];
  removed = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  /** The stored cell at a position, if any. */
  cellAt(row: number, column: number): CellModel | undefined {
    return this.cells.get(cellKey(row, column));
  }

  /** The style a cell shows: its own, else its row's, else its column's, else Normal. */
  styleAt(row: number, column: number): CellStyle {
    return this.cellAt(row, column)?.style ?? this.backgroundStyle(row, column);
  }

  /** The style an unstored cell at this position has. */
  backgroundStyle(row: number, column: number): CellStyle {
    return this.rowStyles.get(row) ?? this.columnStyles.get(column) ?? DEFAULT_STYLE;
  }

  /** Writes content into a cell, keeping its style. */
  setContent(row: number, column: number, content: CellContent): void {
    const style = this.styleAt(row, column);
    this.store(row, column, { ...content, style });
  }

  /** Gives a cell a style, keeping its content. */
  setStyle(row: number, column: number, style: CellStyle): void {
    const cell = this.cellAt(row, column);
    const content = cell ?? { value: null, formula: null, quotePrefix: false };
    this.store(row, column, { ...content, style });
  }

  /** Stores a cell, or forgets it when it holds nothing and looks like its background. */
  store(row: number, column: number, cell: CellModel): void {
    const key = cellKey(row, column);
    const blank = cell.value === null && cell.formula === null && !cell.quotePrefix;
    if (blank && sameStyle(cell.style, this.backgroundStyle(row, column))) {
      this.cells.delete(key);
    } else {
      this.cells.set(key, cell);
    }
  }

  /** The stored cells inside a rectangle, in no particular order. */
  cellsIn(rect: CellRect): PlacedCell[] {
    const found: PlacedCell[] = [];
    if (cellCount(rect) <= this.cells.size) {
      for (let row = rect.row; row <= lastRow(rect); row++) {
        for (let column = rect.column; column <= lastColumn(rect); column++) {
          const cell = this.cellAt(row, column);
          if (cell) found.push({ row, column, cell });
        }
      }
      return found;
    }
    for (const [key, cell] of this.cells) {
      const { row, column } = keyPosition(key);
      if (row >= rect.row && row <= lastRow(rect) && column >= rect.column) {
        if (column <= lastColumn(rect)) found.push({ row, column, cell });
      }
    }
    return found;
  }

  /** A column's width in points. */
  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** A row's height in points. */
  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? this.standardHeight;
  }
}
