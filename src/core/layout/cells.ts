import type { CellRect } from "../util/a1";
import { isoToSerial } from "../util/excel-dates";
import type { CellBlock, CellValue, PlanCell } from "./plan";

/** Number formats the plan uses. Text (`@`) keeps a person's `=…` from becoming a formula. */
export const FORMATS = {
  general: "General",
  text: "@",
  date: "yyyy-mm-dd",
  percent: "0.0%",
} as const;

export const fixed = (value: CellValue | null): PlanCell => ({ kind: "fixed", value });
export const formula = (text: string): PlanCell => ({ kind: "formula", formula: text });
export const input = (value: CellValue | null): PlanCell => ({ kind: "input", value });

/** A planned cell with the number format it is written with. */
export interface FormattedCell {
  cell: PlanCell;
  format: string;
}

/** A block from rows of formatted cells; every row must have the same length. */
export function blockOf(row: number, column: number, rows: FormattedCell[][]): CellBlock {
  return {
    row,
    column,
    cells: rows.map((cells) => cells.map((entry) => entry.cell)),
    numberFormats: rows.map((cells) => cells.map((entry) => entry.format)),
  };
}

/** Text the add-in writes itself, as text so that nothing in it is read as a formula. */
export const label = (text: string): FormattedCell => ({ cell: fixed(text), format: FORMATS.text });

export function rect(row: number, column: number, rowCount = 1, columnCount = 1): CellRect {
  return { row, column, rowCount, columnCount };
}

/** The rows of `rect` split into runs of consecutive indexes that share a key. */
export function runsOf<T>(items: readonly T[], keyOf: (item: T) => string) {
  const runs: { start: number; count: number; key: string }[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    const last = runs[runs.length - 1];
    if (last?.key === key) last.count += 1;
    else runs.push({ start: index, count: 1, key });
  });
  return runs;
}

/** Text a person owns, written as text (`@`). */
export function textInput(value: string | undefined): FormattedCell {
  return { cell: input(value === undefined || value === "" ? null : value), format: FORMATS.text };
}

/** A number a person owns. */
export function numberInput(value: number | null): FormattedCell {
  return { cell: input(value), format: FORMATS.general };
}

/**
 * A date a person owns, written as Excel's serial number with a date format. A date
 * the project holds that Excel cannot store stays as the text it was.
 */
export function dateInput(iso: string | undefined): FormattedCell {
  if (iso === undefined || iso === "") return { cell: input(null), format: FORMATS.date };
  const serial = isoToSerial(iso);
  return serial === null
    ? { cell: input(iso), format: FORMATS.text }
    : { cell: input(serial), format: FORMATS.date };
}
