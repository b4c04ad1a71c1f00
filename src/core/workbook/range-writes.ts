import type { CellValue } from "../layout/plan";
import type { CellRect } from "../util/a1";
import { formulaToR1C1 } from "../util/r1c1";
import type { CellWrite } from "./diff-plan";

/** The Range property a write sets. */
export type RangeProperty = "numberFormat" | "values" | "formulas" | "formulasR1C1";

/**
 * One assignment to a Range property: a 2-D grid (null keeps a cell) or one value that
 * Excel applies to every cell of the range.
 */
export type RangeWrite =
  | { rect: CellRect; property: RangeProperty; grid: (CellValue | null)[][] }
  | { rect: CellRect; property: RangeProperty; fill: CellValue };

// A column run shorter than this costs about as much as a fill command as in the grid.
const MIN_FILL = 4;

/**
 * The Range assignments that make one cell write, in the order Excel needs them: number
 * formats, then values, then formulas. Where a column holds the same entry in four or more
 * cells in a row (for formulas: the same R1C1 text, so one formula copied down a table),
 * that run becomes one fill; the rest travels as the smallest grid that holds it. A table of
 * a thousand rows then costs a few fills instead of a thousand copies of each formula.
 */
export function rangeWrites(write: CellWrite): RangeWrite[] {
  const { rect } = write;
  const r1c1 = write.formulas.map((line, r) =>
    line.map((formula, c) =>
      formula === null ? null : formulaToR1C1(formula, rect.row + r, rect.column + c),
    ),
  );
  return [
    ...compact(rect, write.numberFormats, "numberFormat", "numberFormat"),
    ...compact(rect, write.values, "values", "values"),
    ...compact(rect, r1c1, "formulasR1C1", "formulas", write.formulas),
  ];
}

function compact(
  rect: CellRect,
  keys: readonly (readonly (CellValue | null)[])[],
  fillProperty: RangeProperty,
  gridProperty: RangeProperty,
  entries: readonly (readonly (CellValue | null)[])[] = keys,
): RangeWrite[] {
  const rest = entries.map((line) => [...line]);
  const fills: RangeWrite[] = [];
  for (let c = 0; c < rect.columnCount; c++) {
    for (const run of columnRuns(keys, c)) {
      if (run.count < MIN_FILL) continue;
      for (let r = run.start; r < run.start + run.count; r++) (rest[r] ?? [])[c] = null;
      const cells = { row: rect.row + run.start, column: rect.column + c, rowCount: run.count };
      fills.push({ rect: { ...cells, columnCount: 1 }, property: fillProperty, fill: run.key });
    }
  }
  const residual = trimmed(rect, rest);
  return residual ? [{ ...residual, property: gridProperty }, ...fills] : fills;
}

/** Runs of equal, non-null entries down one column. */
function columnRuns(grid: readonly (readonly (CellValue | null)[])[], column: number) {
  const runs: { start: number; count: number; key: CellValue }[] = [];
  grid.forEach((line, r) => {
    const key = line[column] ?? null;
    const last = runs[runs.length - 1];
    if (key === null) return;
    if (last && last.key === key && last.start + last.count === r) last.count++;
    else runs.push({ start: r, count: 1, key });
  });
  return runs;
}

/** The smallest part of a grid that holds all its non-null entries, or null for none. */
function trimmed(rect: CellRect, grid: (CellValue | null)[][]) {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  grid.forEach((line, r) => {
    line.forEach((entry, c) => {
      if (entry === null) return;
      [top, bottom] = [Math.min(top, r), Math.max(bottom, r)];
      [left, right] = [Math.min(left, c), Math.max(right, c)];
    });
  });
  if (bottom < 0) return null;
  return {
    rect: {
      row: rect.row + top,
      column: rect.column + left,
      rowCount: bottom - top + 1,
      columnCount: right - left + 1,
    },
    grid: grid.slice(top, bottom + 1).map((line) => line.slice(left, right + 1)),
  };
}
