import type { CellRect } from "../../../core/util/a1";
import { invalidArgument, RichApiError } from "../errors";
import { rewriteFormulas } from "./formula-walk";
import { sameName } from "./name-rules";
import { guardCellEdit } from "./protection";
import { contains, intersect, isOnSheet, overlaps, rectBetween, subtract } from "./rects";
import { mapReferences, writeBody, type ReferenceEnd, type ReferenceToken } from "./references";
import { cellKey, type CellModel, type SheetModel } from "./sheet-model";
import type { TableModel } from "./table-model";
import { headerRect, syncHeaders } from "./tables";
import type { WorkbookModel } from "./workbook-model";

/** A cell position: where the top-left cell of a moved block lands. */
export interface Position {
  row: number;
  column: number;
}

/**
 * Cuts `source` and pastes it with its top-left cell at `to`, as Excel's cut and paste on one
 * sheet does: cells with their formats, validation and conditional formats move, and so does a
 * table wholly inside the block; every reference to a moved cell follows it, and a reference to
 * a cell the paste overwrote becomes #REF!. Refused when the paste would land on a table that
 * does not move with the block (unless the block stays inside its own table), or on a locked
 * cell of a protected sheet.
 */
export function moveRange(
  workbook: WorkbookModel,
  sheet: SheetModel,
  source: CellRect,
  to: Position,
  location: string,
): void {
  const destination = { ...source, row: to.row, column: to.column };
  if (!isOnSheet(source) || !isOnSheet(destination)) {
    throw invalidArgument(location, "The block would not fit on the sheet.");
  }
  guardCellEdit(sheet, source, location);
  guardCellEdit(sheet, destination, location);
  const tables = workbook.tablesOn(sheet);
  const moving = tables.filter((table) => contains(source, table.rect));
  checkDestination(tables, moving, source, destination, location);
  const offset = { rows: to.row - source.row, columns: to.column - source.column };
  moveCells(sheet, source, offset);
  for (const table of moving) table.rect = moved(table.rect, offset);
  for (const item of [...sheet.validations, ...sheet.conditionalFormats]) {
    item.areas = item.areas.flatMap((area) => moveArea(area, source, destination, offset));
  }
  sheet.validations = sheet.validations.filter((item) => item.areas.length > 0);
  for (const format of sheet.conditionalFormats) format.removed ||= format.areas.length === 0;
  sheet.conditionalFormats = sheet.conditionalFormats.filter((item) => !item.removed);
  const move = { sheet, source, destination, offset };
  rewriteFormulas(workbook, (formula, host) =>
    mapReferences(formula, (token) => movedToken(token, host, move)),
  );
  // A header cell cut out of a table, or pasted over, gets a fresh name as in Excel.
  for (const table of tables) {
    if (!moving.includes(table) && touches(headerRect(table), source, destination)) {
      syncHeaders(workbook, table);
    }
  }
}

interface Offset {
  rows: number;
  columns: number;
}

function checkDestination(
  tables: readonly TableModel[],
  moving: readonly TableModel[],
  source: CellRect,
  destination: CellRect,
  location: string,
): void {
  for (const table of tables) {
    if (moving.includes(table) || !overlaps(table.rect, destination)) continue;
    if (contains(table.rect, source) && contains(table.rect, destination)) continue;
    throw new RichApiError(
      "InvalidOperation",
      location,
      "This won't work because it would move cells in a table on your worksheet.",
    );
  }
}

function moveCells(sheet: SheetModel, source: CellRect, offset: Offset): void {
  const cut = sheet.cellsIn(source);
  for (const { row, column } of cut) sheet.cells.delete(cellKey(row, column));
  const destination = moved(source, offset);
  for (const { row, column } of sheet.cellsIn(destination)) {
    sheet.cells.delete(cellKey(row, column));
  }
  for (const { row, column, cell } of cut) {
    const key = cellKey(row + offset.rows, column + offset.columns);
    sheet.cells.set(key, cell satisfies CellModel);
  }
}

function moved(rect: CellRect, offset: Offset): CellRect {
  return { ...rect, row: rect.row + offset.rows, column: rect.column + offset.columns };
}

// What lay in the destination is replaced; what lay in the block goes with it.
function moveArea(
  area: CellRect,
  source: CellRect,
  destination: CellRect,
  offset: Offset,
): CellRect[] {
  const kept = subtract(area, source).flatMap((part) => subtract(part, destination));
  const carried = intersect(area, source);
  return carried ? [...kept, moved(carried, offset)] : kept;
}

function touches(rect: CellRect, source: CellRect, destination: CellRect): boolean {
  return overlaps(rect, source) || overlaps(rect, destination);
}

interface Move {
  sheet: SheetModel;
  source: CellRect;
  destination: CellRect;
  offset: Offset;
}

// A reference follows the block when it lies wholly inside it; one wholly inside the
// destination pointed at cells the paste replaced. Whole rows and columns never move.
function movedToken(
  token: ReferenceToken,
  host: SheetModel | null,
  move: Move,
): string | undefined {
  const target = token.sheet ?? host?.name;
  if (token.brokenSheet || !token.ends || target === undefined) return undefined;
  if (!sameName(target, move.sheet.name)) return undefined;
  const [first, last] = token.ends;
  if (first.row === null || first.column === null || last.row === null || last.column === null) {
    return undefined;
  }
  const rect = rectBetween(
    Math.min(first.row, last.row),
    Math.min(first.column, last.column),
    Math.max(first.row, last.row),
    Math.max(first.column, last.column),
  );
  if (contains(move.source, rect)) {
    const ends = token.ends.map((end) => shiftEnd(end, move.offset));
    return token.prefix + writeBody(ends as [ReferenceEnd, ReferenceEnd], token.body.includes(":"));
  }
  if (contains(move.destination, rect)) return `${token.prefix}#REF!`;
  return undefined;
}

function shiftEnd(end: ReferenceEnd, offset: Offset): ReferenceEnd {
  return {
    ...end,
    row: end.row === null ? null : end.row + offset.rows,
    column: end.column === null ? null : end.column + offset.columns,
  };
}
