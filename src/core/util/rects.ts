import type { CellRect } from "./a1";

/** The last row index inside a rectangle. */
export function lastRow(rect: CellRect): number {
  return rect.row + rect.rowCount - 1;
}

/** The last column index inside a rectangle. */
export function lastColumn(rect: CellRect): number {
  return rect.column + rect.columnCount - 1;
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
