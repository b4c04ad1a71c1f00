/** A rectangle of cells, 0-based and inclusive, as Office.js counts rows and columns. */
export interface CellRect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** A range address split into its sheet (when given) and its rectangle. */
export interface ParsedAddress extends CellRect {
  sheet: string | null;
}

/** Excel's grid: 1,048,576 rows and 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** The letters of a 0-based column index: 0 is A, 25 is Z, 26 is AA. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0 || column >= MAX_COLUMNS) {
    throw new RangeError(`column index ${column} is outside the sheet`);
  }
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The 0-based index of column letters such as `A` or `AB`; null when they are not letters. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + letter.charCodeAt(0) - 64;
  return index - 1 < MAX_COLUMNS ? index - 1 : null;
}

/** `A1` for row 0, column 0. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** `A1:C3`, or `A1` for a single cell. */
export function rectAddress(rect: CellRect): string {
  const start = cellAddress(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return start;
  const end = cellAddress(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1);
  return `${start}:${end}`;
}

/** An absolute reference such as `$A$1:$C$3`. */
export function absoluteAddress(rect: CellRect): string {
  return rectAddress(rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/**
 * A sheet name as it must appear in a formula or address: quoted with apostrophes,
 * inner apostrophes doubled, unless it is a plain word that cannot be read as a cell.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(name);
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*$/.test(name);
  return plain && !looksLikeCell ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet!$A$1:$B$2` with the sheet name quoted as a formula needs it. */
export function sheetReference(sheet: string, rect: CellRect, absolute = true): string {
  return `${quoteSheetName(sheet)}!${absolute ? absoluteAddress(rect) : rectAddress(rect)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const WHOLE_COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** Reads `A1`, `$A$1:C3`, `A:C` or `2:5`, with an optional sheet (`'My sheet'!A1`); else null. */
export function parseAddress(address: string): ParsedAddress | null {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? unquoteSheetName(address.slice(0, bang)) : null;
  const local = (bang >= 0 ? address.slice(bang + 1) : address).trim();
  const rect = parseLocal(local);
  return rect ? { sheet, ...rect } : null;
}

function parseLocal(local: string): CellRect | null {
  const columns = WHOLE_COLUMNS.exec(local);
  if (columns) {
    const first = columnIndex(columns[1] ?? "");
    const last = columnIndex(columns[2] ?? "");
    if (first === null || last === null) return null;
    return span(0, Math.min(first, last), MAX_ROWS, Math.abs(last - first) + 1);
  }
  const rows = WHOLE_ROWS.exec(local);
  if (rows) {
    const [first, last] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (first < 0 || last < 0 || first >= MAX_ROWS || last >= MAX_ROWS) return null;
    return span(Math.min(first, last), 0, Math.abs(last - first) + 1, MAX_COLUMNS);
  }
  const [startText, endText, extra] = local.split(":");
  if (startText === undefined || extra !== undefined) return null;
  const start = parseCell(startText);
  const end = endText === undefined ? start : parseCell(endText);
  if (!start || !end) return null;
  const row = Math.min(start.row, end.row);
  const column = Math.min(start.column, end.column);
  return span(
    row,
    column,
    Math.abs(end.row - start.row) + 1,
    Math.abs(end.column - start.column) + 1,
  );
}

function parseCell(text: string): { row: number; column: number } | null {
  const match = CELL.exec(text);
  if (!match) return null;
  const column = columnIndex(match[1] ?? "");
  const row = Number(match[2]) - 1;
  if (column === null || row < 0 || row >= MAX_ROWS) return null;
  return { row, column };
}

function span(row: number, column: number, rowCount: number, columnCount: number): CellRect {
  return { row, column, rowCount, columnCount };
}

function unquoteSheetName(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith("'") && trimmed.endsWith("'") && trimmed.length >= 2) {
    return trimmed.slice(1, -1).replace(/''/g, "'");
  }
  return trimmed;
}
