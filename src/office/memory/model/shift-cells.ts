import { MAX_COLUMNS, MAX_ROWS, type CellRect } from "../../../core/util/a1";
import { RichApiError } from "../errors";
import { rewriteFormulas } from "./formula-walk";
import { sameName } from "./name-rules";
import { intersect, lastColumn, lastRow, overlaps, rectBetween, subtract } from "./rects";
import { mapReferences, writeBody, type ReferenceEnd, type ReferenceToken } from "./references";
import { keyPosition, cellKey, type CellModel, type SheetModel } from "./sheet-model";
import type { TableModel } from "./table-model";
import { syncHeaders } from "./tables";
import type { WorkbookModel } from "./workbook-model";

/** Which way a shift moves cells: whole rows move down or up, whole columns right or left. */
export type Axis = "rows" | "columns";

/** The columns a row shift applies to: all of them for whole rows, a table's for table rows. */
export interface Band {
  column: number;
  columnCount: number;
}

/** Every column of the sheet: the band of whole-row inserts and deletes. */
export const WHOLE_WIDTH: Band = { column: 0, columnCount: MAX_COLUMNS };

/** A row shift: `count` rows inserted at, or deleted from, row `at` within `band`. */
export interface RowShift {
  at: number;
  count: number;
  band: Band;
  kind: "insert" | "delete";
}

/** A column shift: `count` whole columns inserted at, or deleted from, column `at`. */
export type ColumnShift = Omit<RowShift, "band">;

// A column shift is done as a row shift of the transposed sheet: every rectangle, position and
// reference is turned (rows and columns swapped) on the way in and turned back on the way out,
// so one set of rules serves both axes. `Shift` is always in turned terms.
interface Shift extends RowShift {
  axis: Axis;
}

/**
 * Inserts or deletes rows within a band of columns, moving what lies below: cells, row heights
 * and row styles (whole rows only), tables, validations, conditional formats, and every
 * reference in the workbook to the moved or deleted cells.
 */
export function shiftRows(workbook: WorkbookModel, sheet: SheetModel, shift: RowShift, at: string) {
  shiftCells(workbook, sheet, { ...shift, axis: "rows" }, at);
}

/**
 * Inserts or deletes whole columns, moving what lies to the right as Excel does: cells, widths,
 * column styles, tables (a table gains or loses the columns inside it, and goes when all of
 * them are deleted), validations, conditional formats and every reference to moved cells; a
 * reference to a deleted cell becomes #REF!.
 */
export function shiftColumns(
  workbook: WorkbookModel,
  sheet: SheetModel,
  shift: ColumnShift,
  at: string,
) {
  const band = { column: 0, columnCount: MAX_ROWS };
  shiftCells(workbook, sheet, { ...shift, band, axis: "columns" }, at);
}

function shiftCells(workbook: WorkbookModel, sheet: SheetModel, shift: Shift, at: string) {
  checkTablesAllowShift(workbook, sheet, shift, at);
  if (shift.kind === "insert") checkNothingFallsOff(sheet, shift, at);
  moveCells(sheet, shift);
  if (isWholeWidth(shift)) {
    const rows = shift.axis === "rows";
    shiftLineMap(rows ? sheet.rowHeights : sheet.columnWidths, shift);
    shiftLineMap(rows ? sheet.rowStyles : sheet.columnStyles, shift);
  }
  shiftTables(workbook, sheet, shift);
  for (const item of [...sheet.validations, ...sheet.conditionalFormats]) {
    item.areas = item.areas.flatMap((area) => shiftArea(area, shift));
  }
  sheet.validations = sheet.validations.filter((item) => item.areas.length > 0);
  for (const format of sheet.conditionalFormats) format.removed ||= format.areas.length === 0;
  sheet.conditionalFormats = sheet.conditionalFormats.filter((item) => !item.removed);
  rewriteFormulas(workbook, (formula, host) =>
    mapReferences(formula, (token) => shiftToken(token, host, sheet, shift)),
  );
}

/** A rectangle with rows and columns swapped for a column shift; as it is for a row shift. */
function turn(rect: CellRect, axis: Axis): CellRect {
  if (axis === "rows") return rect;
  const { row, column, rowCount, columnCount } = rect;
  return { row: column, column: row, rowCount: columnCount, columnCount: rowCount };
}

function turnEnd(end: ReferenceEnd, axis: Axis): ReferenceEnd {
  if (axis === "rows") return end;
  const { row, column, absoluteRow, absoluteColumn } = end;
  return { row: column, column: row, absoluteRow: absoluteColumn, absoluteColumn: absoluteRow };
}

/** How many lines the sheet has along the axis (rows, or columns). */
function lines(axis: Axis): number {
  return axis === "rows" ? MAX_ROWS : MAX_COLUMNS;
}

function isWholeWidth(shift: Shift): boolean {
  const across = shift.axis === "rows" ? MAX_COLUMNS : MAX_ROWS;
  return shift.band.column === 0 && shift.band.columnCount === across;
}

function bandRect(shift: Shift): CellRect {
  const { column, columnCount } = shift.band;
  return { row: 0, column, rowCount: lines(shift.axis), columnCount };
}

function checkTablesAllowShift(
  workbook: WorkbookModel,
  sheet: SheetModel,
  shift: Shift,
  location: string,
) {
  const band = bandRect(shift);
  const reach = rectBetween(shift.at, band.column, lastRow(band), lastColumn(band));
  for (const table of workbook.tablesOn(sheet)) {
    const rect = turn(table.rect, shift.axis);
    if (!overlaps(rect, reach)) continue;
    const inside = intersect(rect, band);
    const whollyInBand = inside !== null && inside.columnCount === rect.columnCount;
    if (!whollyInBand) throw refuse(location, "it would move part of a table");
    // Deleting some of a table's columns removes those table columns, header included.
    const deletesHeader =
      shift.axis === "rows" &&
      shift.kind === "delete" &&
      rect.row >= shift.at &&
      rect.row < shift.at + shift.count &&
      lastRow(rect) >= shift.at + shift.count;
    if (deletesHeader) throw refuse(location, "it would delete a table's header row");
  }
}

function refuse(location: string, reason: string): RichApiError {
  return new RichApiError("InvalidOperation", location, `This won't work because ${reason}.`);
}

function checkNothingFallsOff(sheet: SheetModel, shift: Shift, location: string): void {
  const band = bandRect(shift);
  const edge = rectBetween(
    lines(shift.axis) - shift.count,
    band.column,
    lastRow(band),
    lastColumn(band),
  );
  const cells = sheet.cellsIn(turn(edge, shift.axis));
  if (cells.some(({ cell }) => cell.value !== null || cell.formula !== null)) {
    throw new RichApiError(
      "NonBlankCellOffSheet",
      location,
      `Inserting ${shift.count} ${shift.axis} on "${sheet.name}".`,
    );
  }
}

function moveCells(sheet: SheetModel, shift: Shift): void {
  const moved: [number, CellModel][] = [];
  const band = bandRect(shift);
  for (const [key, cell] of sheet.cells) {
    const { row, column } = turn({ ...keyPosition(key), rowCount: 1, columnCount: 1 }, shift.axis);
    if (row < shift.at || column < band.column || column > lastColumn(band)) continue;
    sheet.cells.delete(key);
    const target = newLine(row, shift);
    if (target === null || target >= lines(shift.axis)) continue;
    const place = turn({ row: target, column, rowCount: 1, columnCount: 1 }, shift.axis);
    moved.push([cellKey(place.row, place.column), cell]);
  }
  for (const [key, cell] of moved) sheet.cells.set(key, cell);
}

function newLine(line: number, shift: Shift): number | null {
  if (line < shift.at) return line;
  if (shift.kind === "insert") return line + shift.count;
  return line < shift.at + shift.count ? null : line - shift.count;
}

function shiftLineMap<T>(map: Map<number, T>, shift: Shift): void {
  const entries = [...map].filter(([line]) => line >= shift.at);
  for (const [line] of entries) map.delete(line);
  for (const [line, value] of entries) {
    const target = newLine(line, shift);
    if (target !== null && target < lines(shift.axis)) map.set(target, value);
  }
}

function shiftTables(workbook: WorkbookModel, sheet: SheetModel, shift: Shift): void {
  for (const table of workbook.tablesOn(sheet)) {
    const rect = turn(table.rect, shift.axis);
    if (!intersect(rect, bandRect(shift))) continue;
    const shifted = shiftRect(rect, shift);
    table.removed = shifted === null;
    if (!shifted) continue;
    if (shift.axis === "columns") {
      shiftTableColumns(table, rect, shift);
      table.rect = turn(shifted, shift.axis);
      syncHeaders(workbook, table);
    } else {
      // A table keeps at least one body row: deleting every data row leaves the row below.
      table.rect = { ...shifted, rowCount: Math.max(2, shifted.rowCount) };
    }
  }
  workbook.tables = workbook.tables.filter((table) => !table.removed);
}

// Columns inserted inside a table become table columns (named ColumnN by syncHeaders); deleted
// ones leave the table. `rect` is the table before the shift, turned.
function shiftTableColumns(table: TableModel, rect: CellRect, shift: Shift): void {
  const index = shift.at - rect.row;
  if (shift.kind === "delete") {
    table.columns = table.columns.filter((_, at) => at < index || at >= index + shift.count);
    return;
  }
  if (index <= 0 || index >= rect.rowCount) return;
  const added = Array.from({ length: shift.count }, () => ({
    id: table.nextColumnId++,
    name: "",
  }));
  table.columns.splice(index, 0, ...added);
}

/** A rectangle after a row shift (ignoring the band); null when every row of it was deleted. */
function shiftRect(rect: CellRect, shift: Shift): CellRect | null {
  if (shift.kind === "insert") {
    if (rect.row >= shift.at) return clamp({ ...rect, row: rect.row + shift.count }, shift);
    if (lastRow(rect) >= shift.at) {
      return clamp({ ...rect, rowCount: rect.rowCount + shift.count }, shift);
    }
    return rect;
  }
  const first = deletedEnd(rect.row, shift, "first");
  const last = deletedEnd(lastRow(rect), shift, "last");
  return last < first ? null : rectBetween(first, rect.column, last, lastColumn(rect));
}

function clamp(rect: CellRect, shift: Shift): CellRect | null {
  const count = lines(shift.axis);
  if (rect.row >= count) return null;
  return { ...rect, rowCount: Math.min(rect.rowCount, count - rect.row) };
}

function deletedEnd(row: number, shift: Shift, end: "first" | "last"): number {
  const lastDeleted = shift.at + shift.count - 1;
  if (row < shift.at) return row;
  if (row > lastDeleted) return row - shift.count;
  return end === "first" ? shift.at : shift.at - 1;
}

function shiftArea(area: CellRect, shift: Shift): CellRect[] {
  const band = bandRect(shift);
  const turned = turn(area, shift.axis);
  const inside = intersect(turned, band);
  if (!inside) return [area];
  const shifted = shiftRect(inside, shift);
  const parts = [...subtract(turned, band), ...(shifted ? [shifted] : [])];
  return parts.map((part) => turn(part, shift.axis));
}

function shiftToken(
  token: ReferenceToken,
  host: SheetModel | null,
  sheet: SheetModel,
  shift: Shift,
): string | undefined {
  const target = token.sheet ?? host?.name;
  if (token.brokenSheet || !token.ends || target === undefined || !sameName(target, sheet.name)) {
    return undefined;
  }
  const first = turnEnd(token.ends[0], shift.axis);
  const last = turnEnd(token.ends[1], shift.axis);
  if (first.row === null || last.row === null || !endsInBand(first, last, shift)) {
    return undefined;
  }
  const [top, bottom] = first.row <= last.row ? [first, last] : [last, first];
  const rows = shiftRect(rectBetween(top.row ?? 0, 0, bottom.row ?? 0, 0), shift);
  if (rows === null) return `${token.prefix}#REF!`;
  const moved: [ReferenceEnd, ReferenceEnd] = [
    turnEnd({ ...top, row: rows.row }, shift.axis),
    turnEnd({ ...bottom, row: lastRow(rows) }, shift.axis),
  ];
  return token.prefix + writeBody(moved, token.body.includes(":"));
}

function endsInBand(first: ReferenceEnd, last: ReferenceEnd, shift: Shift): boolean {
  if (first.column === null || last.column === null) return isWholeWidth(shift);
  const lastInBand = shift.band.column + shift.band.columnCount - 1;
  return first.column >= shift.band.column && last.column <= lastInBand;
}
