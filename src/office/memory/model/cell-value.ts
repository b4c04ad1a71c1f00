import { invalidArgument } from "../errors";

/** What a cell holds and `Range.values` returns: text, a number or a boolean. */
export type CellValue = string | number | boolean;

/** The content of a cell: a constant or a formula, and whether it was typed with an apostrophe. */
export interface CellContent {
  value: CellValue | null;
  formula: string | null;
  quotePrefix: boolean;
}

/** What writing one input does: new content, and a number format Excel picks for it, if any. */
export interface WrittenContent {
  content: CellContent;
  numberFormat?: string;
}

/** The content of an empty cell. */
export const EMPTY_CONTENT: CellContent = Object.freeze({
  value: null,
  formula: null,
  quotePrefix: false,
});

// "Excel specifications and limits": a cell holds at most 32,767 characters. Excel refuses a
// longer value; that Office.js reports InvalidArgument for it, as here, is assumed, not seen.
const CELL_TEXT_LIMIT = 32_767;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s?%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * How Excel stores one value written through `Range.values` or `Range.formulas`, or typed by a
 * person, in a cell with the given number format; undefined when the input is null (Office.js
 * leaves such cells unchanged).
 */
export function interpretInput(
  input: unknown,
  numberFormat: string,
  location: string,
): WrittenContent | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "number") return { content: constant(finiteNumber(input, location)) };
  if (typeof input === "boolean") return { content: constant(input) };
  if (typeof input !== "string") {
    throw invalidArgument(location, "A cell value is a string, a number or a boolean.");
  }
  if (input === "") return { content: EMPTY_CONTENT };
  if (input.length > CELL_TEXT_LIMIT) {
    throw invalidArgument(location, `A cell holds at most ${CELL_TEXT_LIMIT} characters.`);
  }
  if (numberFormat === "@") return { content: constant(input) };
  return interpretText(input, numberFormat);
}

function interpretText(text: string, numberFormat: string): WrittenContent {
  const general = numberFormat === "General";
  if (text.startsWith("'")) return { content: { ...constant(text.slice(1)), quotePrefix: true } };
  if (text.startsWith("=") && text.length > 1) return { content: formula(text) };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { content: constant(Number(trimmed)) };
  const percent = PERCENT.exec(trimmed);
  if (percent) return percentContent(percent[1] ?? "0", general);
  if (/^[+\-@]/.test(text) && text.length > 1) return { content: formula(`=${text}`) };
  if (/^(true|false)$/i.test(trimmed)) return { content: constant(/^true$/i.test(trimmed)) };
  const serial = isoDateSerial(trimmed);
  if (serial === null) return { content: constant(text) };
  if (!general) return { content: constant(serial) };
  return { content: constant(serial), numberFormat: "yyyy-mm-dd" };
}

// Excel picks 0% for a whole percentage and 0.00% when decimals were typed, and only when the
// cell still had the General format.
function percentContent(number: string, general: boolean): WrittenContent {
  const content = constant(Number(number) / 100);
  if (!general) return { content };
  return { content, numberFormat: number.includes(".") ? "0.00%" : "0%" };
}

function constant(value: CellValue): CellContent {
  return { value, formula: null, quotePrefix: false };
}

function formula(text: string): CellContent {
  return { value: null, formula: text, quotePrefix: false };
}

function finiteNumber(value: number, location: string): number {
  if (!Number.isFinite(value)) {
    throw invalidArgument(location, `${String(value)} cannot be stored in a cell.`);
  }
  return value;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const LEAP_BUG_END = Date.UTC(1900, 2, 1);

/**
 * The serial number of an ISO date in Excel's 1900 date system, or null when the text is not a
 * real date from 1900 on. Excel counts a 29 February 1900 that never existed, so serials before
 * March 1900 are one lower than the day count from 30 December 1899.
 */
export function isoDateSerial(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1900) return null;
  const days = Math.round((time - EPOCH) / DAY_MS);
  return time < LEAP_BUG_END ? days - 1 : days;
}
