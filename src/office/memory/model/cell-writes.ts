import type { CellRect } from "../../../core/util/a1";
import { invalidArgument, RichApiError } from "../errors";
import { patchStyle } from "./cell-style";
import { interpretInput, type CellContent } from "./cell-value";
import { cellCount, forEachPosition } from "./rects";
import type { SheetModel } from "./sheet-model";

/** One cell write worked out before anything changes, so a bad value changes nothing. */
export interface PlannedWrite {
  row: number;
  column: number;
  content: CellContent;
  numberFormat?: string;
}

// Excel on the web refuses requests past 5 MB and reads past 5,000,000 cells; a cell-by-cell
// operation above that size is refused here too rather than exhausting memory.
/** The most cells one cell-by-cell read or write may touch. */
export const CELL_LIMIT = 5_000_000;

/** RangeExceedsLimit when a cell-by-cell operation would touch too many cells. */
export function checkCellLimit(rect: CellRect, location: string): void {
  if (cellCount(rect) > CELL_LIMIT) {
    throw new RichApiError(
      "RangeExceedsLimit",
      location,
      `${cellCount(rect)} cells is more than ${CELL_LIMIT}.`,
    );
  }
}

/**
 * Works out what writing `input` (a 2-D array of the range's size, or one value for every
 * cell) does to each cell; null entries leave their cell alone, as in Office.js.
 */
export function planWrites(
  sheet: SheetModel,
  rect: CellRect,
  input: unknown,
  location: string,
): PlannedWrite[] {
  checkCellLimit(rect, location);
  const valueAt = inputReader(rect, input, location);
  const writes: PlannedWrite[] = [];
  forEachPosition(rect, (row, column) => {
    const raw = valueAt(row - rect.row, column - rect.column);
    const format = sheet.styleAt(row, column).numberFormat;
    const written = interpretInput(raw, format, location);
    if (!written) return;
    const write: PlannedWrite = { row, column, content: written.content };
    if (written.numberFormat !== undefined) write.numberFormat = written.numberFormat;
    writes.push(write);
  });
  return writes;
}

function inputReader(rect: CellRect, input: unknown, location: string) {
  if (!Array.isArray(input)) return () => input;
  const rows: unknown[] = input;
  const fits =
    rows.length === rect.rowCount &&
    rows.every((row) => Array.isArray(row) && row.length === rect.columnCount);
  if (!fits) {
    throw invalidArgument(
      location,
      `The input array is not ${rect.rowCount} × ${rect.columnCount}, the size of the range.`,
    );
  }
  return (row: number, column: number): unknown => (rows[row] as unknown[])[column];
}

/** Applies planned writes, with the number format Excel picks for percentages and dates. */
export function applyWrites(sheet: SheetModel, writes: readonly PlannedWrite[]): void {
  for (const write of writes) {
    sheet.setContent(write.row, write.column, write.content);
    if (write.numberFormat !== undefined) {
      const style = sheet.styleAt(write.row, write.column);
      sheet.setStyle(
        write.row,
        write.column,
        patchStyle(style, { numberFormat: write.numberFormat }),
      );
    }
  }
}

/** True when a planned write leaves something in its cell. */
export function fillsCell(write: PlannedWrite): boolean {
  return write.content.value !== null || write.content.formula !== null;
}
