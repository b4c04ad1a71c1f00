import type { CellRect } from "../../../core/util/a1";
import { DEFAULT_STYLE, patchStyle, type CellStyle, type StylePatch } from "./cell-style";
import {
  cellCount,
  forEachPosition,
  isEntireColumns,
  isEntireRows,
  lastColumn,
  lastRow,
} from "./rects";
import type { SheetModel } from "./sheet-model";

/**
 * The different styles the cells of a rectangle show. Stored cells count one by one; the rest
 * show their row's, column's or the Normal style, so whole columns need no cell-by-cell walk.
 */
export function stylesIn(sheet: SheetModel, rect: CellRect): CellStyle[] {
  const found = new Set<CellStyle>();
  const stored = sheet.cellsIn(rect);
  for (const { cell } of stored) found.add(cell.style);
  if (stored.length < cellCount(rect)) {
    for (const style of backgroundStyles(sheet, rect)) found.add(style);
  }
  return [...found];
}

function backgroundStyles(sheet: SheetModel, rect: CellRect): CellStyle[] {
  const styles: CellStyle[] = [];
  let styledRows = 0;
  for (const [row, style] of sheet.rowStyles) {
    if (row >= rect.row && row <= lastRow(rect)) {
      styles.push(style);
      styledRows++;
    }
  }
  if (styledRows === rect.rowCount) return styles;
  let styledColumns = 0;
  for (const [column, style] of sheet.columnStyles) {
    if (column >= rect.column && column <= lastColumn(rect)) {
      styles.push(style);
      styledColumns++;
    }
  }
  if (styledColumns < rect.columnCount) styles.push(DEFAULT_STYLE);
  return styles;
}

/**
 * Applies a style change to a rectangle. Whole rows and whole columns keep the change as a row
 * or column style, as Excel does, so formatting column A does not create a million cells.
 */
export function applyStyle(sheet: SheetModel, rect: CellRect, patch: StylePatch): void {
  const patched = memoPatch(patch);
  if (isEntireRows(rect)) {
    styleWholeRows(sheet, rect, patched);
  } else if (isEntireColumns(rect)) {
    styleWholeColumns(sheet, rect, patched);
  } else {
    forEachPosition(rect, (row, column) => {
      sheet.setStyle(row, column, patched(sheet.styleAt(row, column)));
    });
  }
}

function styleWholeRows(sheet: SheetModel, rect: CellRect, patched: Patcher): void {
  for (let row = rect.row; row <= lastRow(rect); row++) {
    for (const [column, style] of sheet.columnStyles) {
      if (!sheet.cellAt(row, column)) sheet.setStyle(row, column, patched(style));
    }
    sheet.rowStyles.set(row, patched(sheet.rowStyles.get(row) ?? DEFAULT_STYLE));
  }
  restyleStored(sheet, rect, patched);
}

function styleWholeColumns(sheet: SheetModel, rect: CellRect, patched: Patcher): void {
  for (let column = rect.column; column <= lastColumn(rect); column++) {
    for (const [row, style] of sheet.rowStyles) {
      if (!sheet.cellAt(row, column)) sheet.setStyle(row, column, patched(style));
    }
    sheet.columnStyles.set(column, patched(sheet.columnStyles.get(column) ?? DEFAULT_STYLE));
  }
  restyleStored(sheet, rect, patched);
}

function restyleStored(sheet: SheetModel, rect: CellRect, patched: Patcher): void {
  for (const { row, column, cell } of sheet.cellsIn(rect)) {
    sheet.store(row, column, { ...cell, style: patched(cell.style) });
  }
}

type Patcher = (style: CellStyle) => CellStyle;

// Cells that shared a style share the patched one too, which keeps memory flat.
function memoPatch(patch: StylePatch): Patcher {
  const done = new Map<CellStyle, CellStyle>();
  return (style) => {
    let result = done.get(style);
    if (!result) {
      result = patchStyle(style, patch);
      done.set(style, result);
    }
    return result;
  };
}

/** The one value all styles share, or null when they differ (as Office.js format getters do). */
export function commonValue<T>(styles: CellStyle[], pick: (style: CellStyle) => T): T | null {
  const first = styles[0];
  if (!first) return null;
  const value = pick(first);
  return styles.every((style) => pick(style) === value) ? value : null;
}
