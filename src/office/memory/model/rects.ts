import { MAX_COLUMNS, MAX_ROWS, rectAddress, type CellRect } from "../../../core/util/a1";

/** The last row index inside a rectangle. */
export function lastRow(rect: CellRect): number {
  return rect.row + rect.rowCount - 1;
}

/** The last column index inside a rectangle. */
export function lastColumn(rect: CellRect): number {
  return rect.column + rect.columnCount - 1;
}

/** The number of cells in a rectangle. */
export function cellCount(rect: CellRect): number {
  return rect.rowCount * rect.columnCount;
}

/** A rectangle from its first and last row and column, all inclusive. */
export function rectBetween(row: number, column: number, toRow: number, toColumn: number) {
  return { row, column, rowCount: toRow - row + 1, columnCount: toColumn - column + 1 };
}

/** The cells two rectangles share, or null when they do not meet. */
export function intersect(a: CellRect, b: CellRect): CellRect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const toRow = Math.min(lastRow(a), lastRow(b));
  const toColumn = Math.min(lastColumn(a), lastColumn(b));
  if (row > toRow || column > toColumn) return null;
  return rectBetween(row, column, toRow, toColumn);
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

/** The parts of `from` outside `cut`: up to four rectangles (above, below, left, right). */
export function subtract(from: CellRect, cut: CellRect): CellRect[] {
  const shared = intersect(from, cut);
  if (!shared) return [from];
  const parts: CellRect[] = [];
  if (shared.row > from.row) {
    parts.push(rectBetween(from.row, from.column, shared.row - 1, lastColumn(from)));
  }
  if (lastRow(shared) < lastRow(from)) {
    parts.push(rectBetween(lastRow(shared) + 1, from.column, lastRow(from), lastColumn(from)));
  }
  if (shared.column > from.column) {
    parts.push(rectBetween(shared.row, from.column, lastRow(shared), shared.column - 1));
  }
  if (lastColumn(shared) < lastColumn(from)) {
    parts.push(rectBetween(shared.row, lastColumn(shared) + 1, lastRow(shared), lastColumn(from)));
  }
  return parts;
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
