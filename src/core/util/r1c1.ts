import { columnIndex, columnLetters, MAX_COLUMNS, MAX_ROWS } from "./a1";

// R1C1 notation names a reference by its distance from the formula's own cell, so a formula
// that is the same in every row of a column has one R1C1 text for all of them: one value
// can then fill the whole column (`Range.formulasR1C1`), a short request to Excel.

const QUOTED_PREFIX = /'(?:[^']|'')+'!/y;
const PLAIN_PREFIX = /[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*!/y;
const CELLS = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?/y;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;
const WORD = /[\w.$\\\u00C0-\uFFFF]+/y;
const WORD_START = /[A-Za-z_$'\\\d\u00C0-\uFFFF]/;
const WORD_PART = /[\w.\u00C0-\uFFFF]/;
// A reference ends where a word does; a word that goes on, or opens a call, is no reference.
const CONTINUES = /[\w.([!\u00C0-\uFFFF]/;

/**
 * An A1 formula as R1C1 text for the cell at `row`, `column` (0-based): `=$E7-$F7` in row 7
 * becomes `=RC5-RC6`. Text in string literals stays as it is.
 */
export function formulaToR1C1(formula: string, row: number, column: number): string {
  return rewriteReferences(formula, row, column, readA1Reference);
}

/**
 * An R1C1 formula as A1 text for the cell at `row`, `column` (0-based): `=RC5-RC6` in row 7
 * becomes `=$E7-$F7`. A reference that would leave the sheet becomes `#REF!`, as in Excel.
 */
export function formulaFromR1C1(formula: string, row: number, column: number): string {
  return rewriteReferences(formula, row, column, readR1C1Reference);
}

/** Reads the reference that starts at `start`, or null when the word there is no reference. */
type ReferenceReader = (
  formula: string,
  start: number,
  row: number,
  column: number,
) => { end: number; text: string } | null;

// Both directions skip string literals and rewrite only whole words, so they share one scan.
function rewriteReferences(
  formula: string,
  row: number,
  column: number,
  readReference: ReferenceReader,
): string {
  let result = "";
  let index = 0;
  while (index < formula.length) {
    const char = formula.charAt(index);
    const previous = formula.charAt(index - 1);
    if (char === '"') {
      const end = stringEnd(formula, index);
      result += formula.slice(index, end);
      index = end;
    } else if (WORD_START.test(char) && !WORD_PART.test(previous)) {
      const reference = readReference(formula, index, row, column);
      const end = reference ? reference.end : wordEnd(formula, index);
      result += reference ? reference.text : formula.slice(index, end);
      index = end;
    } else {
      result += char;
      index++;
    }
  }
  return result;
}

const R1C1_END = /(?:R(\[-?\d{1,7}\]|\d{1,7})?)?(?:C(\[-?\d{1,5}\]|\d{1,5})?)?/iy;

interface R1C1End {
  row: { absolute: boolean; index: number } | null;
  column: { absolute: boolean; index: number } | null;
}

function readR1C1Reference(formula: string, start: number, row: number, column: number) {
  const prefixEnd =
    matchEnd(QUOTED_PREFIX, formula, start) ?? matchEnd(PLAIN_PREFIX, formula, start);
  const bodyStart = prefixEnd ?? start;
  const first = readR1C1End(formula, bodyStart, row, column);
  if (!first) return null;
  let end = first.end;
  let second: R1C1End | null = null;
  if (formula.charAt(end) === ":") {
    const next = readR1C1End(formula, end + 1, row, column);
    if (next) [second, end] = [next.value, next.end];
  }
  if (CONTINUES.test(formula.charAt(end))) return null;
  const prefix = formula.slice(start, bodyStart);
  const text = a1Body(first.value, second ?? first.value, second !== null);
  return { end, text: text === null ? `${prefix}#REF!` : prefix + text };
}

function readR1C1End(formula: string, start: number, row: number, column: number) {
  R1C1_END.lastIndex = start;
  const match = R1C1_END.exec(formula);
  if (!match || R1C1_END.lastIndex === start) return null;
  const text = match[0].toUpperCase();
  const value: R1C1End = {
    row: text.startsWith("R") ? r1c1Index(match[1], row) : null,
    column: text.includes("C") ? r1c1Index(match[2], column) : null,
  };
  return { end: R1C1_END.lastIndex, value };
}

function r1c1Index(text: string | undefined, at: number) {
  if (text === undefined) return { absolute: false, index: at };
  if (text.startsWith("[")) return { absolute: false, index: at + Number(text.slice(1, -1)) };
  return { absolute: true, index: Number(text) - 1 };
}

// A lone row (R2) or column (C3) in R1C1 is the whole row or column: `2:2`, `C:C` in A1.
function a1Body(first: R1C1End, last: R1C1End, range: boolean): string | null {
  const ends = [first, last];
  const outside = ends.some(
    (end) =>
      (end.row !== null && (end.row.index < 0 || end.row.index >= MAX_ROWS)) ||
      (end.column !== null && (end.column.index < 0 || end.column.index >= MAX_COLUMNS)),
  );
  if (outside) return null;
  const rowText = (end: R1C1End) =>
    end.row === null ? "" : `${end.row.absolute ? "$" : ""}${end.row.index + 1}`;
  const columnText = (end: R1C1End) =>
    end.column === null
      ? ""
      : `${end.column.absolute ? "$" : ""}${columnLetters(end.column.index)}`;
  const write = (end: R1C1End) => columnText(end) + rowText(end);
  if (first.row === null || first.column === null) {
    const whole = first.row === null ? columnText : rowText;
    return `${whole(first)}:${whole(last)}`;
  }
  return range ? `${write(first)}:${write(last)}` : write(first);
}

function readA1Reference(formula: string, start: number, row: number, column: number) {
  const prefixEnd =
    matchEnd(QUOTED_PREFIX, formula, start) ?? matchEnd(PLAIN_PREFIX, formula, start);
  const bodyStart = prefixEnd ?? start;
  const prefix = formula.slice(start, bodyStart);
  const body = readBody(formula, bodyStart, row, column);
  if (!body || CONTINUES.test(formula.charAt(body.end))) return null;
  return { end: body.end, text: prefix + body.text };
}

function readBody(formula: string, start: number, row: number, column: number) {
  const rowPart = (dollar: string | undefined, digits: string | undefined) =>
    part("R", dollar === "$", Number(digits) - 1, row);
  const columnPart = (dollar: string | undefined, letters: string | undefined) =>
    part("C", dollar === "$", columnIndex(letters ?? "") ?? 0, column);
  COLUMNS.lastIndex = start;
  const columns = COLUMNS.exec(formula);
  if (columns) {
    const first = columnPart(columns[1], columns[2]);
    const last = columnPart(columns[3], columns[4]);
    return { end: COLUMNS.lastIndex, text: first === last ? first : `${first}:${last}` };
  }
  ROWS.lastIndex = start;
  const rows = ROWS.exec(formula);
  if (rows) {
    const first = rowPart(rows[1], rows[2]);
    const last = rowPart(rows[3], rows[4]);
    return { end: ROWS.lastIndex, text: first === last ? first : `${first}:${last}` };
  }
  CELLS.lastIndex = start;
  const cells = CELLS.exec(formula);
  if (!cells) return null;
  const first = rowPart(cells[3], cells[4]) + columnPart(cells[1], cells[2]);
  if (cells[6] === undefined) return { end: CELLS.lastIndex, text: first };
  const last = rowPart(cells[7], cells[8]) + columnPart(cells[5], cells[6]);
  return { end: CELLS.lastIndex, text: `${first}:${last}` };
}

/** `R5` for an absolute row 4, `R[-1]` one row up from `at`, `R` on the same row. */
function part(letter: "R" | "C", absolute: boolean, index: number, at: number): string {
  if (absolute) return `${letter}${index + 1}`;
  const offset = index - at;
  return offset === 0 ? letter : `${letter}[${offset}]`;
}

function matchEnd(pattern: RegExp, text: string, start: number): number | null {
  pattern.lastIndex = start;
  return pattern.exec(text) ? pattern.lastIndex : null;
}

function wordEnd(formula: string, start: number): number {
  if (formula.charAt(start) === "'") return quotedEnd(formula, start);
  return matchEnd(WORD, formula, start) ?? start + 1;
}

function quotedEnd(formula: string, start: number): number {
  let index = start + 1;
  while (index < formula.length) {
    if (formula.charAt(index) === "'") {
      if (formula.charAt(index + 1) !== "'") return index + 1;
      index++;
    }
    index++;
  }
  return formula.length;
}

/** The index just past the string literal that opens at `start` (`""` is an inner quote). */
export function stringEnd(formula: string, start: number): number {
  let index = start + 1;
  while (index < formula.length) {
    if (formula.charAt(index) === '"') {
      if (formula.charAt(index + 1) !== '"') return index + 1;
      index++;
    }
    index++;
  }
  return formula.length;
}
