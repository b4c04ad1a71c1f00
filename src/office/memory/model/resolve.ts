import { MAX_COLUMNS, MAX_ROWS, type CellRect } from "../../../core/util/a1";
import { sameName } from "./name-rules";
import type { NamedItemModel } from "./named-item-model";
import { findReferences, type ReferenceEnd } from "./references";
import type { RangeTarget } from "./range-ops";
import type { SheetModel } from "./sheet-model";
import type { WorkbookModel } from "./workbook-model";

/**
 * The range a formula that is just one reference points at (`=Sheet!$A$2:$A$6`, `=A1`, or a
 * defined name of a range), or null when it is anything else or points at a deleted sheet.
 */
export function resolveReference(
  workbook: WorkbookModel,
  formula: string,
  host: SheetModel | null,
  depth = 0,
): RangeTarget | null {
  const text = (formula.startsWith("=") ? formula.slice(1) : formula).trim();
  if (text === "" || depth > 8) return null;
  const tokens = findReferences(text);
  const token = tokens[0];
  if (tokens.length > 1 || (token && (token.start !== 0 || token.end !== text.length))) {
    return null;
  }
  if (!token) return resolveName(workbook, text, host, depth);
  if (token.brokenSheet) return null;
  const sheet = token.sheet === null ? host : (workbook.findSheet(token.sheet) ?? null);
  if (!sheet) return null;
  if (!token.ends) return resolveName(workbook, token.body, sheet, depth);
  return { sheet, rect: rectOfEnds(token.ends) };
}

function resolveName(
  workbook: WorkbookModel,
  name: string,
  host: SheetModel | null,
  depth: number,
): RangeTarget | null {
  const item = findName(workbook, name, host);
  return item ? resolveReference(workbook, item.formula, item.scope, depth + 1) : null;
}

/** A defined name as a formula sees it: the sheet's own names first, then the workbook's. */
export function findName(
  workbook: WorkbookModel,
  name: string,
  host: SheetModel | null,
): NamedItemModel | undefined {
  const local = host?.names.find((item) => sameName(item.name, name));
  return local ?? workbook.names.find((item) => sameName(item.name, name));
}

/** The rectangle between two reference ends, whole rows or columns where one part is missing. */
export function rectOfEnds(ends: readonly [ReferenceEnd, ReferenceEnd]): CellRect {
  const [a, b] = ends;
  const rows =
    a.row === null || b.row === null
      ? { row: 0, rowCount: MAX_ROWS }
      : { row: Math.min(a.row, b.row), rowCount: Math.abs(a.row - b.row) + 1 };
  const columns =
    a.column === null || b.column === null
      ? { column: 0, columnCount: MAX_COLUMNS }
      : { column: Math.min(a.column, b.column), columnCount: Math.abs(a.column - b.column) + 1 };
  return { ...rows, ...columns };
}
