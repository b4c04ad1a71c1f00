import { MAX_COLUMNS, MAX_ROWS, type CellRect } from "../../../core/util/a1";
import { formulaFromR1C1, formulaToR1C1 } from "../../../core/util/r1c1";
import { notImplemented } from "../errors";
import { DEFAULT_STYLE, type CellStyle, type StylePatch } from "./cell-style";
import type { CellValue } from "./cell-value";
import { applyWrites, checkCellLimit, planWrites } from "./cell-writes";
import { guardCellEdit, guardChange } from "./protection";
import { isEntireColumns, isEntireRows, lastColumn, lastRow, overlaps } from "./rects";
import type { SheetModel } from "./sheet-model";
import { applyStyle } from "./styles";
import { growTablesBelow } from "./table-rows";
import { headerRect, syncHeaders } from "./tables";
import type { WorkbookModel } from "./workbook-model";

/** A rectangle on a sheet: what an Office.js Range points at. */
export interface RangeTarget {
  sheet: SheetModel;
  rect: CellRect;
}

/**
 * Writes `Range.values` or `Range.formulas` (Range.values page: a 2-D array of the range's size
 * or one value for all cells; null leaves a cell alone). Locked cells of a protected sheet
 * refuse; header edits rename table columns; writing under a table grows it.
 */
export function writeRange(
  workbook: WorkbookModel,
  target: RangeTarget,
  input: unknown,
  location: string,
): void {
  const { sheet, rect } = target;
  guardCellEdit(sheet, rect, location);
  const writes = planWrites(sheet, rect, input, location);
  applyWrites(sheet, writes);
  afterContentChange(workbook, target);
  growTablesBelow(workbook, sheet, writes);
}

/** Keeps table headers valid after cells of a sheet changed. */
export function afterContentChange(workbook: WorkbookModel, target: RangeTarget): void {
  for (const table of workbook.tablesOn(target.sheet)) {
    if (overlaps(headerRect(table), target.rect)) syncHeaders(workbook, table);
  }
}

/** `Range.values`: constants, formula results (from the evaluator, else ""), "" for empty. */
export function readValues(workbook: WorkbookModel, target: RangeTarget, location: string) {
  return grid(target.rect, location, (row, column) => {
    return workbook.valueAt(target.sheet, row, column) ?? "";
  });
}

/** `Range.formulas`: the formula of formula cells, the constant of the others, "" for empty. */
export function readFormulas(target: RangeTarget, location: string): CellValue[][] {
  return grid(target.rect, location, (row, column) => {
    const cell = target.sheet.cellAt(row, column);
    return cell?.formula ?? cell?.value ?? "";
  });
}

/** `Range.formulasR1C1`: as `formulas`, with references written relative to each cell. */
export function readFormulasR1C1(target: RangeTarget, location: string): CellValue[][] {
  return grid(target.rect, location, (row, column) => {
    const cell = target.sheet.cellAt(row, column);
    if (cell?.formula) return formulaToR1C1(cell.formula, row, column);
    return cell?.value ?? "";
  });
}

/**
 * The A1 input a `Range.formulasR1C1` write stands for: one text or a 2-D array, each
 * formula read relative to the cell it lands in, so one formula can fill a whole column.
 */
export function formulasFromR1C1(rect: CellRect, input: unknown, location: string): unknown {
  const convert = (value: unknown, row: number, column: number) =>
    typeof value === "string" && value.startsWith("=")
      ? formulaFromR1C1(value, row, column)
      : value;
  if (Array.isArray(input)) {
    // A wrong shape stays wrong, for writeRange to refuse with Office's error.
    return (input as unknown[]).map((line, r) =>
      Array.isArray(line)
        ? line.map((value: unknown, c) => convert(value, rect.row + r, rect.column + c))
        : line,
    );
  }
  if (typeof input !== "string" || !input.startsWith("=")) return input;
  return grid(rect, location, (row, column) => convert(input, row, column));
}

/** `Range.numberFormat`: each cell's format code. */
export function readNumberFormats(target: RangeTarget, location: string): string[][] {
  return grid(target.rect, location, (row, column) => {
    return target.sheet.styleAt(row, column).numberFormat;
  });
}

const ERROR_VALUES = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/;

/** `Range.valueTypes`: Empty, String, Double, Boolean, or Error for a formula's error result. */
export function readValueTypes(workbook: WorkbookModel, target: RangeTarget, location: string) {
  return grid(target.rect, location, (row, column) => {
    const value = workbook.valueAt(target.sheet, row, column);
    if (value === null) return "Empty";
    if (typeof value === "number") return "Double";
    if (typeof value === "boolean") return "Boolean";
    const formula = target.sheet.cellAt(row, column)?.formula ?? null;
    return formula !== null && ERROR_VALUES.test(value) ? "Error" : "String";
  });
}

function grid<T>(rect: CellRect, location: string, read: (row: number, column: number) => T) {
  checkCellLimit(rect, location);
  const rows: T[][] = [];
  for (let row = rect.row; row <= lastRow(rect); row++) {
    const line: T[] = [];
    for (let column = rect.column; column <= lastColumn(rect); column++) {
      line.push(read(row, column));
    }
    rows.push(line);
  }
  return rows;
}

const RESET_STYLE: StylePatch = { ...DEFAULT_STYLE };

/** `Range.clear(applyTo)`: "All", "Contents" or "Formats"; other kinds are not implemented. */
export function clearRange(
  workbook: WorkbookModel,
  target: RangeTarget,
  applyTo: unknown,
  location: string,
): void {
  const kind = applyTo ?? "All";
  if (kind !== "All" && kind !== "Contents" && kind !== "Formats") {
    throw notImplemented(location, `The in-memory workbook cannot clear ${JSON.stringify(kind)}.`);
  }
  const { sheet, rect } = target;
  if (kind !== "Formats") guardCellEdit(sheet, rect, location);
  if (kind !== "Contents") guardChange(sheet, "formatCells", location);
  if (kind !== "Formats") clearContents(sheet, rect);
  if (kind !== "Contents") applyStyle(sheet, rect, RESET_STYLE);
  afterContentChange(workbook, target);
}

function clearContents(sheet: SheetModel, rect: CellRect): void {
  for (const { row, column, cell } of sheet.cellsIn(rect)) {
    sheet.store(row, column, { ...cell, value: null, formula: null, quotePrefix: false });
  }
}

/** Changes the look of a range; protected sheets need allowFormatCells. */
export function formatRange(target: RangeTarget, patch: StylePatch, location: string): void {
  guardChange(target.sheet, "formatCells", location);
  applyStyle(target.sheet, target.rect, patch);
}

/** Locks or unlocks cells; a protected sheet refuses whatever its options say. */
export function setLocked(target: RangeTarget, locked: boolean, location: string): void {
  guardChange(target.sheet, "lockCells", location);
  applyStyle(target.sheet, target.rect, { locked });
}

/** Sets the width of the range's columns, in points. */
export function setColumnWidth(target: RangeTarget, width: number, location: string): void {
  guardChange(target.sheet, "formatColumns", location);
  for (let column = target.rect.column; column <= lastColumn(target.rect); column++) {
    target.sheet.columnWidths.set(column, width);
  }
}

/** Sets the height of the range's rows, in points; whole columns set every row's height. */
export function setRowHeight(target: RangeTarget, height: number, location: string): void {
  guardChange(target.sheet, "formatRows", location);
  const { sheet, rect } = target;
  if (isEntireColumns(rect)) {
    sheet.rowHeights.clear();
    sheet.standardHeight = height;
    return;
  }
  for (let row = rect.row; row <= lastRow(rect); row++) sheet.rowHeights.set(row, height);
}

/** The width all columns of the range share, or null. */
export function readColumnWidth(target: RangeTarget): number | null {
  const widths = new Set<number>();
  for (let column = target.rect.column; column <= lastColumn(target.rect); column++) {
    widths.add(target.sheet.columnWidth(column));
  }
  return widths.size === 1 ? ([...widths][0] ?? null) : null;
}

/** The height all rows of the range share, or null. */
export function readRowHeight(target: RangeTarget): number | null {
  const { sheet, rect } = target;
  const heights = new Set<number>();
  let set = 0;
  for (const [row, height] of sheet.rowHeights) {
    if (row >= rect.row && row <= lastRow(rect)) {
      heights.add(height);
      set++;
    }
  }
  if (set < rect.rowCount) heights.add(sheet.standardHeight);
  return heights.size === 1 ? ([...heights][0] ?? null) : null;
}

// Calibri 11 is about 7 pixels a character plus 5 pixels of padding; a point is 4/3 pixel.
const PIXELS_PER_CHARACTER = 7;
const PADDING_PIXELS = 10;

/**
 * Fits the width of the range's columns to their longest text (`format.autofitColumns()`),
 * approximated from the number of characters, the font size and bold. Excel measures the
 * glyphs, so its widths differ by a few points.
 */
export function autofitColumns(workbook: WorkbookModel, target: RangeTarget, location: string) {
  guardChange(target.sheet, "formatColumns", location);
  const { sheet, rect } = target;
  const widest = new Map<number, number>();
  for (const { row, column, cell } of sheet.cellsIn(rect)) {
    const text = String(workbook.valueAt(sheet, row, column) ?? "");
    const pixels = textPixels(text, cell.style);
    widest.set(column, Math.max(widest.get(column) ?? 0, pixels));
  }
  const lastFitted = isEntireRows(rect)
    ? Math.min(lastColumn(rect), maxStoredColumn(sheet))
    : lastColumn(rect);
  for (let column = rect.column; column <= lastFitted; column++) {
    const pixels = widest.get(column);
    if (pixels === undefined) sheet.columnWidths.delete(column);
    else sheet.columnWidths.set(column, Math.round(pixels * 0.75 * 100) / 100);
  }
}

function textPixels(text: string, style: CellStyle): number {
  const longestLine = Math.max(...text.split("\n").map((line) => line.length));
  const scale = (style.font.size / 11) * (style.font.bold ? 1.1 : 1);
  return longestLine * PIXELS_PER_CHARACTER * scale + PADDING_PIXELS;
}

function maxStoredColumn(sheet: SheetModel): number {
  let max = -1;
  for (const key of sheet.cells.keys()) max = Math.max(max, key % MAX_COLUMNS);
  return max;
}

/** The smallest rectangle holding every stored cell (only those with content if `valuesOnly`). */
export function usedRange(sheet: SheetModel, valuesOnly: boolean): CellRect | null {
  let [top, left, bottom, right] = [MAX_ROWS, MAX_COLUMNS, -1, -1];
  for (const { row, column, cell } of sheet.cellsIn(wholeSheet())) {
    if (valuesOnly && cell.value === null && cell.formula === null) continue;
    [top, left] = [Math.min(top, row), Math.min(left, column)];
    [bottom, right] = [Math.max(bottom, row), Math.max(right, column)];
  }
  if (bottom < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/** Every cell of a sheet. */
export function wholeSheet(): CellRect {
  return { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
}
