import { FormulaError, type FunctionArgument } from "fast-formula-parser";
import { criterionTest, sameValue, type RangeCell } from "./criteria";

// fast-formula-parser lists MATCH, COUNTIFS and AVERAGEIFS but leaves them empty, and its INDEX
// drops the sheet of a reference to another sheet; the add-in's formulas need all four.

/** The part of the parser that INDEX needs to read a reference argument's value. */
interface ParserContext {
  position: { sheet: string };
  utils: { extractRefValue(argument: unknown): { val: unknown } };
}

/** Plain functions: the parser hands them values, ranges as 2-D arrays. */
export const PLAIN_FUNCTIONS = {
  MATCH: match,
  COUNTIFS: countIfs,
  AVERAGEIFS: averageIfs,
};

/** Functions that receive the parser and the unevaluated reference arguments. */
export const CONTEXT_FUNCTIONS = {
  INDEX: index,
};

function match(lookup: FunctionArgument, range: FunctionArgument, type?: FunctionArgument) {
  const wanted = scalar(lookup);
  if (wanted instanceof FormulaError) return wanted;
  const cells = vector(range);
  if (cells === null) return FormulaError.NA;
  const matchType = type === undefined || type.omitted === true ? 1 : Number(scalar(type));
  const position =
    matchType === 0 ? exactPosition(cells, wanted) : nearestPosition(cells, wanted, matchType > 0);
  return position === null ? FormulaError.NA : position;
}

function exactPosition(cells: RangeCell[], wanted: unknown): number | null {
  const found = cells.findIndex((cell) => sameValue(cell, wanted));
  return found < 0 ? null : found + 1;
}

// Approximate MATCH assumes sorted data, as Excel does; a linear scan gives the same answer
// on sorted data.
function nearestPosition(cells: RangeCell[], wanted: unknown, ascending: boolean) {
  let position: number | null = null;
  cells.forEach((cell, i) => {
    if (typeof cell !== typeof wanted || cell === null) return;
    const fits = ascending
      ? (cell as number) <= (wanted as number)
      : (cell as number) >= (wanted as number);
    if (fits) position = i + 1;
  });
  return position;
}

function countIfs(...args: FunctionArgument[]) {
  const matches = matchingCells(args);
  if (matches instanceof FormulaError) return matches;
  return matches.filter(Boolean).length;
}

function averageIfs(averageRange: FunctionArgument, ...args: FunctionArgument[]) {
  const values = grid(averageRange).flat();
  const matches = matchingCells(args);
  if (matches instanceof FormulaError) return matches;
  if (matches.length !== values.length) return FormulaError.VALUE;
  const numbers = values.filter(
    (value, i): value is number => matches[i] === true && typeof value === "number",
  );
  if (numbers.length === 0) return FormulaError.DIV0;
  return numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
}

// One flag per cell, true where every (range, criterion) pair matches.
function matchingCells(args: FunctionArgument[]): boolean[] | FormulaError {
  if (args.length === 0 || args.length % 2 !== 0) return FormulaError.VALUE;
  let result: boolean[] | null = null;
  for (let i = 0; i < args.length; i += 2) {
    const cells = grid(args[i]).flat();
    const criterion = scalar(args[i + 1]);
    if (criterion instanceof FormulaError) return criterion;
    if (result !== null && result.length !== cells.length) return FormulaError.VALUE;
    const test = criterionTest(criterion);
    const previous: boolean[] | null = result;
    result = cells.map((cell, j) => (previous === null || previous[j] === true) && test(cell));
  }
  return result ?? [];
}

function index(context: unknown, range: unknown, row: unknown, column?: unknown) {
  const parser = context as ParserContext;
  const rowNumber = indexNumber(parser, row);
  const columnNumber = column === undefined || column === null ? 1 : indexNumber(parser, column);
  if (rowNumber instanceof FormulaError) return rowNumber;
  if (columnNumber instanceof FormulaError) return columnNumber;
  const ref = (range as { ref?: unknown } | null)?.ref;
  if (!isRangeRef(ref)) return FormulaError.REF;
  const rows = ref.to.row - ref.from.row + 1;
  const columns = ref.to.col - ref.from.col + 1;
  // INDEX with row 0 or column 0 returns a whole row or column, which no add-in formula needs.
  if (rowNumber < 1 || columnNumber < 1 || rowNumber > rows || columnNumber > columns) {
    return FormulaError.REF;
  }
  const sheet = ref.sheet ?? parser.position.sheet;
  return {
    ref: { sheet, row: ref.from.row + rowNumber - 1, col: ref.from.col + columnNumber - 1 },
  };
}

function indexNumber(parser: ParserContext, argument: unknown): number | FormulaError {
  const value = parser.utils.extractRefValue(argument).val;
  if (value instanceof FormulaError) return value;
  const number = typeof value === "number" ? value : Number(value);
  return Number.isFinite(number) ? Math.trunc(number) : FormulaError.VALUE;
}

interface RangeRefShape {
  sheet?: string;
  from: { row: number; col: number };
  to: { row: number; col: number };
}

function isRangeRef(ref: unknown): ref is RangeRefShape {
  return typeof ref === "object" && ref !== null && "from" in ref && "to" in ref;
}

function scalar(argument: FunctionArgument | undefined): unknown {
  if (argument === undefined) return "";
  const value = argument.value;
  if (Array.isArray(value)) return (value as unknown[][])[0]?.[0] ?? "";
  return value;
}

function grid(argument: FunctionArgument | undefined): RangeCell[][] {
  if (argument === undefined) return [];
  const value = argument.value;
  return Array.isArray(value) ? (value as RangeCell[][]) : [[value as RangeCell]];
}

function vector(argument: FunctionArgument): RangeCell[] | null {
  const cells = grid(argument);
  if (cells.length === 1) return cells[0] ?? [];
  if (cells.every((row) => row.length === 1)) return cells.map((row) => row[0] ?? null);
  return null;
}
