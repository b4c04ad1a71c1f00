import { MAX_COLUMNS, MAX_ROWS, type CellRect } from "../../../core/util/a1";
import { RichApiError } from "../errors";
import { rewriteFormulas } from "./formula-walk";
import { sameName } from "./name-rules";
import { intersect, lastColumn, lastRow, overlaps, rectBetween, subtract } from "./rects";
import { mapReferences, writeBody, type ReferenceEnd, type ReferenceToken } from "./references";
import { keyPosition, cellKey, type CellModel, type SheetModel } from "./sheet-model";
import type { WorkbookModel } from "./workbook-model";

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

/**
 * Inserts or deletes rows within a band of columns, moving what lies below: cells, row heights
 * and row styles (whole rows only), tables, validations, conditional formats, and every
 * reference in the workbook to the moved or deleted cells.
 */
export function shiftRows(workbook: WorkbookModel, sheet: SheetModel, shift: RowShift, at: string) {
  checkTablesAllowShift(workbook, sheet, shift, at);
  if (shift.kind === "insert") checkNothingFallsOff(sheet, shift, at);
  moveCells(sheet, shift);
  if (isWholeWidth(shift.band)) {
    shiftRowMap(sheet.rowHeights, shift);
    shiftRowMap(sheet.rowStyles, shift);
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

function isWholeWidth(band: Band): boolean {
  return band.column === 0 && band.columnCount === MAX_COLUMNS;
}

function bandRect(band: Band): CellRect {
  return { row: 0, column: band.column, rowCount: MAX_ROWS, columnCount: band.columnCount };
}

function checkTablesAllowShift(
  workbook: WorkbookModel,
  sheet: SheetModel,
  shift: RowShift,
  location: string,
) {
  const reach = rectBetween(
    shift.at,
    shift.band.column,
    MAX_ROWS - 1,
    lastColumn(bandRect(shift.band)),
  );
  for (const table of workbook.tablesOn(sheet)) {
    if (!overlaps(table.rect, reach)) continue;
    const inside = intersect(table.rect, bandRect(shift.band));
    const whollyInBand = inside !== null && inside.columnCount === table.rect.columnCount;
    if (!whollyInBand) throw refuse(location, "it would move part of a table");
    const deletesHeader =
      shift.kind === "delete" &&
      table.rect.row >= shift.at &&
      table.rect.row < shift.at + shift.count &&
      lastRow(table.rect) >= shift.at + shift.count;
    if (deletesHeader) throw refuse(location, "it would delete a table's header row");
  }
}

function refuse(location: string, reason: string): RichApiError {
  return new RichApiError("InvalidOperation", location, `This won't work because ${reason}.`);
}

function checkNothingFallsOff(sheet: SheetModel, shift: RowShift, location: string): void {
  const edge = rectBetween(
    MAX_ROWS - shift.count,
    shift.band.column,
    MAX_ROWS - 1,
    lastColumn(bandRect(shift.band)),
  );
  if (sheet.cellsIn(edge).some(({ cell }) => cell.value !== null || cell.formula !== null)) {
    throw new RichApiError(
      "NonBlankCellOffSheet",
      location,
      `Inserting ${shift.count} rows on "${sheet.name}".`,
    );
  }
}

function moveCells(sheet: SheetModel, shift: RowShift): void {
  const moved: [number, CellModel][] = [];
  const band = bandRect(shift.band);
  for (const [key, cell] of sheet.cells) {
    const { row, column } = keyPosition(key);
    if (row < shift.at || column < band.column || column > lastColumn(band)) continue;
    sheet.cells.delete(key);
    const target = newRow(row, shift);
    if (target !== null && target < MAX_ROWS) moved.push([cellKey(target, column), cell]);
  }
  for (const [key, cell] of moved) sheet.cells.set(key, cell);
}

function newRow(row: number, shift: RowShift): number | null {
  if (row < shift.at) return row;
  if (shift.kind === "insert") return row + shift.count;
  return row < shift.at + shift.count ? null : row - shift.count;
}

function shiftRowMap<T>(map: Map<number, T>, shift: RowShift): void {
  const entries = [...map].filter(([row]) => row >= shift.at);
  for (const [row] of entries) map.delete(row);
  for (const [row, value] of entries) {
    const target = newRow(row, shift);
    if (target !== null && target < MAX_ROWS) map.set(target, value);
  }
}

function shiftTables(workbook: WorkbookModel, sheet: SheetModel, shift: RowShift): void {
  for (const table of workbook.tablesOn(sheet)) {
    if (!intersect(table.rect, bandRect(shift.band))) continue;
    const shifted = shiftRect(table.rect, shift);
    table.removed = shifted === null;
    // A table keeps at least one body row: deleting every data row leaves the row below.
    if (shifted) table.rect = { ...shifted, rowCount: Math.max(2, shifted.rowCount) };
  }
  workbook.tables = workbook.tables.filter((table) => !table.removed);
}

/** A rectangle after a row shift (ignoring the band); null when every row of it was deleted. */
export function shiftRect(rect: CellRect, shift: RowShift): CellRect | null {
  if (shift.kind === "insert") {
    if (rect.row >= shift.at) return clampRows({ ...rect, row: rect.row + shift.count });
    if (lastRow(rect) >= shift.at)
      return clampRows({ ...rect, rowCount: rect.rowCount + shift.count });
    return rect;
  }
  const first = deletedEnd(rect.row, shift, "first");
  const last = deletedEnd(lastRow(rect), shift, "last");
  return last < first ? null : rectBetween(first, rect.column, last, lastColumn(rect));
}

function clampRows(rect: CellRect): CellRect | null {
  if (rect.row >= MAX_ROWS) return null;
  return { ...rect, rowCount: Math.min(rect.rowCount, MAX_ROWS - rect.row) };
}

function deletedEnd(row: number, shift: RowShift, end: "first" | "last"): number {
  const lastDeleted = shift.at + shift.count - 1;
  if (row < shift.at) return row;
  if (row > lastDeleted) return row - shift.count;
  return end === "first" ? shift.at : shift.at - 1;
}

function shiftArea(area: CellRect, shift: RowShift): CellRect[] {
  const band = bandRect(shift.band);
  const inside = intersect(area, band);
  if (!inside) return [area];
  const shifted = shiftRect(inside, shift);
  return [...subtract(area, band), ...(shifted ? [shifted] : [])];
}

function shiftToken(
  token: ReferenceToken,
  host: SheetModel | null,
  sheet: SheetModel,
  shift: RowShift,
): string | undefined {
  const target = token.sheet ?? host?.name;
  if (token.brokenSheet || !token.ends || target === undefined || !sameName(target, sheet.name)) {
    return undefined;
  }
  const [first, last] = token.ends;
  if (first.row === null || last.row === null || !endsInBand(first, last, shift.band)) {
    return undefined;
  }
  const [top, bottom] = first.row <= last.row ? [first, last] : [last, first];
  const rows = shiftRect(rectBetween(top.row ?? 0, 0, bottom.row ?? 0, 0), shift);
  if (rows === null) return `${token.prefix}#REF!`;
  const moved: [ReferenceEnd, ReferenceEnd] = [
    { ...top, row: rows.row },
    { ...bottom, row: lastRow(rows) },
  ];
  return token.prefix + writeBody(moved, token.body.includes(":"));
}

function endsInBand(first: ReferenceEnd, last: ReferenceEnd, band: Band): boolean {
  if (first.column === null || last.column === null) return isWholeWidth(band);
  const lastInBand = band.column + band.columnCount - 1;
  return first.column >= band.column && last.column <= lastInBand;
}
