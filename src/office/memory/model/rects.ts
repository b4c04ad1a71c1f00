import { MAX_COLUMNS, MAX_ROWS, rectAddress, type CellRect } from "../../../core/util/a1";
import { intersect, lastColumn, lastRow } from "../../../core/util/rects";

export { intersect, lastColumn, lastRow, rectBetween, subtract } from "../../../core/util/rects";

/** The number of cells in a rectangle. */
export function cellCount(rect: CellRect): number {
  return rect.rowCount * rect.columnCount;
}

/** True when the rectangles share at least one cell. */
export function overlaps(a: CellRect, b: CellRect): boolean {
  return intersect(a, b) !== null;
}

/** True when `outer` holds every cell of `inner`. */
export function contains(outer: CellRect, inner: CellRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    lastRow(inner) <= lastRow(outer) &&
    lastColumn(inner) <= lastColumn(outer)
  );
}

/** True when both rectangles cover the same cells. */
export function sameRect(a: CellRect, b: CellRect): boolean {
  return (
    a.row === b.row &&
    a.column === b.column &&
    a.rowCount === b.rowCount &&
    a.columnCount === b.columnCount
  );
}

/** True for a rectangle spanning every column: whole rows, as `getEntireRow()` gives. */
export function isEntireRows(rect: CellRect): boolean {
  return rect.column === 0 && rect.columnCount === MAX_COLUMNS;
}

/** True for a rectangle spanning every row: whole columns. */
export function isEntireColumns(rect: CellRect): boolean {
  return rect.row === 0 && rect.rowCount === MAX_ROWS;
}

/** True when the rectangle lies inside the grid. */
export function isOnSheet(rect: CellRect): boolean {
  return (
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.column) &&
    Number.isInteger(rect.rowCount) &&
    Number.isInteger(rect.columnCount) &&
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    lastRow(rect) < MAX_ROWS &&
    lastColumn(rect) < MAX_COLUMNS
  );
}

/**
 * The address Excel shows for a rectangle without its sheet: `A1:C3`, `2:4` for whole rows and
 * `A:C` for whole columns, as `Range.address` reports them.
 */
export function localAddress(rect: CellRect): string {
  if (isEntireRows(rect)) return `${rect.row + 1}:${lastRow(rect) + 1}`;
  if (isEntireColumns(rect)) {
    const first = rectAddress({ row: 0, column: rect.column, rowCount: 1, columnCount: 1 });
    const last = rectAddress({ row: 0, column: lastColumn(rect), rowCount: 1, columnCount: 1 });
    return `${first.replace(/\d+/, "")}:${last.replace(/\d+/, "")}`;
  }
  return rectAddress(rect);
}

/** The areas of a multi-area range as Excel writes them: comma-separated local addresses. */
export function areasAddress(areas: readonly CellRect[]): string {
  return areas.map(localAddress).join(",");
}

/** Calls `visit` for each cell position of a rectangle, row by row. */
export function forEachPosition(rect: CellRect, visit: (row: number, column: number) => void) {
  for (let row = rect.row; row <= lastRow(rect); row++) {
    for (let column = rect.column; column <= lastColumn(rect); column++) visit(row, column);
  }
}
