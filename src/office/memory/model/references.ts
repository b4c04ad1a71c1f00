import { columnIndex, columnLetters, MAX_ROWS, quoteSheetName } from "../../../core/util/a1";

/** One end of a reference: a row and/or a column, each possibly absolute (`$`). */
export interface ReferenceEnd {
  row: number | null;
  column: number | null;
  absoluteRow: boolean;
  absoluteColumn: boolean;
}

/** A reference found in a formula: its span, the sheet it names, and what it points at. */
export interface ReferenceToken {
  start: number;
  end: number;
  /** The sheet as written before `!`, unquoted; null when the reference has no sheet. */
  sheet: string | null;
  /** True for a `#REF!` prefix: the sheet was deleted. */
  brokenSheet: boolean;
  /** The prefix as written, `!` included; "" when there is none. */
  prefix: string;
  /** The cells or rows or columns; null when the prefix is followed by a name. */
  ends: [ReferenceEnd, ReferenceEnd] | null;
  /** The text after the prefix. */
  body: string;
}

const QUOTED_PREFIX = /'((?:[^']|'')+)'!/y;
const PLAIN_PREFIX = /([A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/y;
const BROKEN_PREFIX = /#REF!/y;
const CELLS = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?/y;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;
const NAME_BODY = /[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*/y;
const WORD = /[\w.$\\\u00C0-\uFFFF]+/y;
const CONTINUES_WORD = /[\w.([!\u00C0-\uFFFF]/;

/** Every cell, row, column or sheet-qualified name reference in a formula, outside strings. */
export function findReferences(formula: string): ReferenceToken[] {
  const tokens: ReferenceToken[] = [];
  let index = 0;
  while (index < formula.length) {
    const char = formula.charAt(index);
    if (char === '"') {
      index = skipString(formula, index);
    } else if (char === "[") {
      index = skipBrackets(formula, index);
    } else if (/[\w'#$\\\u00C0-\uFFFF]/.test(char)) {
      const token = readReference(formula, index);
      if (token) tokens.push(token);
      index = token ? token.end : skipWord(formula, index);
    } else {
      index++;
    }
  }
  return tokens;
}

/** The formula with each reference replaced by what `replace` returns for it (if anything). */
export function mapReferences(
  formula: string,
  replace: (token: ReferenceToken) => string | undefined,
): string {
  let result = "";
  let copied = 0;
  for (const token of findReferences(formula)) {
    const replacement = replace(token);
    if (replacement === undefined) continue;
    result += formula.slice(copied, token.start) + replacement;
    copied = token.end;
  }
  return copied === 0 ? formula : result + formula.slice(copied);
}

/** A reference end written back as text, keeping its `$` marks. */
export function writeEnd(end: ReferenceEnd): string {
  const column = end.column === null ? "" : `${end.absoluteColumn ? "$" : ""}${letters(end)}`;
  const row = end.row === null ? "" : `${end.absoluteRow ? "$" : ""}${end.row + 1}`;
  return column + row;
}

/** A reference's ends written back as text: `A1`, `$A$1:B2`, `2:5` or `A:C`. */
export function writeBody(ends: readonly [ReferenceEnd, ReferenceEnd], range: boolean): string {
  const first = writeEnd(ends[0]);
  return range ? `${first}:${writeEnd(ends[1])}` : first;
}

/** The formula with relative row references moved by `delta` rows, as when Excel fills down. */
export function shiftRelativeRows(formula: string, delta: number): string {
  return mapReferences(formula, (token) => {
    if (!token.ends) return undefined;
    const moved = token.ends.map((end) =>
      end.row === null || end.absoluteRow ? end : { ...end, row: end.row + delta },
    ) as [ReferenceEnd, ReferenceEnd];
    if (moved.some((end) => end.row !== null && (end.row < 0 || end.row >= MAX_ROWS))) {
      return `${token.prefix}#REF!`;
    }
    return token.prefix + writeBody(moved, token.body.includes(":"));
  });
}

/** The prefix that names a sheet in a formula, as Excel writes it. */
export function sheetPrefix(sheet: string): string {
  return `${quoteSheetName(sheet)}!`;
}

/** The formula with every text outside string literals passed through `change`. */
export function mapOutsideStrings(formula: string, change: (text: string) => string): string {
  let result = "";
  let index = 0;
  while (index < formula.length) {
    const quote = formula.indexOf('"', index);
    const stop = quote < 0 ? formula.length : quote;
    result += change(formula.slice(index, stop));
    if (quote < 0) break;
    const after = skipString(formula, quote);
    result += formula.slice(quote, after);
    index = after;
  }
  return result;
}

function letters(end: ReferenceEnd): string {
  return end.column === null ? "" : columnLetters(end.column);
}

function readReference(formula: string, start: number): ReferenceToken | null {
  const prefix = readPrefix(formula, start);
  const bodyStart = prefix ? prefix.end : start;
  const fields = { start, prefix: formula.slice(start, bodyStart), ...prefixFields(prefix) };
  const body = readBody(formula, bodyStart);
  if (body) return { ...fields, end: body.end, ends: body.ends, body: body.text };
  if (!prefix) return null;
  NAME_BODY.lastIndex = bodyStart;
  const name = NAME_BODY.exec(formula);
  const end = name ? bodyStart + name[0].length : bodyStart;
  return { ...fields, end, ends: null, body: formula.slice(bodyStart, end) };
}

interface Prefix {
  sheet: string | null;
  broken: boolean;
  end: number;
}

function prefixFields(prefix: Prefix | null): { sheet: string | null; brokenSheet: boolean } {
  return { sheet: prefix?.sheet ?? null, brokenSheet: prefix?.broken ?? false };
}

function readPrefix(formula: string, start: number): Prefix | null {
  for (const pattern of [QUOTED_PREFIX, PLAIN_PREFIX]) {
    pattern.lastIndex = start;
    const match = pattern.exec(formula);
    if (match) {
      const sheet = (match[1] ?? "").replace(/''/g, "'");
      return { sheet, broken: false, end: start + match[0].length };
    }
  }
  BROKEN_PREFIX.lastIndex = start;
  if (BROKEN_PREFIX.exec(formula)) return { sheet: null, broken: true, end: start + 5 };
  return null;
}

interface Body {
  ends: [ReferenceEnd, ReferenceEnd];
  end: number;
  text: string;
}

function readBody(formula: string, start: number): Body | null {
  const readers = [readCells, readColumns, readRows];
  for (const read of readers) {
    const body = read(formula, start);
    if (body && !CONTINUES_WORD.test(formula.charAt(body.end))) return body;
  }
  return null;
}

function readCells(formula: string, start: number): Body | null {
  CELLS.lastIndex = start;
  const match = CELLS.exec(formula);
  if (!match) return null;
  const first = cellEnd(match[1], match[2], match[3], match[4]);
  const second = match[6] === undefined ? first : cellEnd(match[5], match[6], match[7], match[8]);
  if (!first || !second) return null;
  return { ends: [first, second], end: start + match[0].length, text: match[0] };
}

function cellEnd(
  columnMark: string | undefined,
  columnText: string | undefined,
  rowMark: string | undefined,
  rowText: string | undefined,
): ReferenceEnd | null {
  const column = columnIndex(columnText ?? "");
  const row = Number(rowText) - 1;
  if (column === null || row < 0 || row >= MAX_ROWS) return null;
  return { row, column, absoluteRow: rowMark === "$", absoluteColumn: columnMark === "$" };
}

function readColumns(formula: string, start: number): Body | null {
  COLUMNS.lastIndex = start;
  const match = COLUMNS.exec(formula);
  if (!match) return null;
  const first = columnIndex(match[2] ?? "");
  const last = columnIndex(match[4] ?? "");
  if (first === null || last === null) return null;
  const ends: [ReferenceEnd, ReferenceEnd] = [
    { row: null, column: first, absoluteRow: false, absoluteColumn: match[1] === "$" },
    { row: null, column: last, absoluteRow: false, absoluteColumn: match[3] === "$" },
  ];
  return { ends, end: start + match[0].length, text: match[0] };
}

function readRows(formula: string, start: number): Body | null {
  ROWS.lastIndex = start;
  const match = ROWS.exec(formula);
  if (!match) return null;
  const [first, last] = [Number(match[2]) - 1, Number(match[4]) - 1];
  if (first < 0 || last < 0 || first >= MAX_ROWS || last >= MAX_ROWS) return null;
  const ends: [ReferenceEnd, ReferenceEnd] = [
    { row: first, column: null, absoluteRow: match[1] === "$", absoluteColumn: false },
    { row: last, column: null, absoluteRow: match[3] === "$", absoluteColumn: false },
  ];
  return { ends, end: start + match[0].length, text: match[0] };
}

function skipString(formula: string, start: number): number {
  let index = start + 1;
  while (index < formula.length) {
    if (formula.charAt(index) === '"') {
      if (formula.charAt(index + 1) !== '"') return index + 1;
      index += 2;
    } else {
      index++;
    }
  }
  return formula.length;
}

// Structured references (`Table1[[#Headers],[Goal]]`) nest brackets; nothing inside them is an
// A1 reference.
function skipBrackets(formula: string, start: number): number {
  let depth = 0;
  for (let index = start; index < formula.length; index++) {
    const char = formula.charAt(index);
    if (char === "[") depth++;
    if (char === "]" && --depth === 0) return index + 1;
  }
  return formula.length;
}

function skipWord(formula: string, start: number): number {
  if (formula.charAt(start) === "'") return start + 1;
  WORD.lastIndex = start;
  const match = WORD.exec(formula);
  return match ? start + match[0].length : start + 1;
}
