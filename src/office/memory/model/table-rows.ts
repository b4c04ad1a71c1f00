import type { CellRect } from "../../../core/util/a1";
import { invalidArgument, itemNotFound } from "../errors";
import { interpretInput } from "./cell-value";
import { applyWrites, fillsCell, planWrites, type PlannedWrite } from "./cell-writes";
import { guardChange } from "./protection";
import { intersect, lastColumn, lastRow, overlaps, rectBetween, sameRect } from "./rects";
import { shiftRelativeRows } from "./references";
import { shiftRows } from "./shift-cells";
import type { SheetModel } from "./sheet-model";
import type { TableModel } from "./table-model";
import { bodyRect, rowBelow, tableBand, tableRowsRect } from "./tables";
import type { WorkbookModel } from "./workbook-model";

/**
 * Inserts data rows into a table (TableRowCollection.add): at `index` among the data rows, or
 * at the end when it is null, undefined or -1. Only the table's columns move down. New rows take
 * the formats, validation, conditional formats and calculated-column formulas of the row next
 * to them, as Excel fills table rows; then `values` are written into them.
 */
export function addTableRows(
  workbook: WorkbookModel,
  table: TableModel,
  index: unknown,
  values: unknown,
  location: string,
): CellRect {
  guardChange(table.sheet, "editTable", location);
  const count = rowCountOf(values, table, location);
  const dataRows = table.rect.rowCount - 1;
  const position = index === undefined || index === null || index === -1 ? dataRows : index;
  if (typeof position !== "number" || !Number.isInteger(position) || position < 0) {
    throw invalidArgument(location, "A row index is a whole number from 0.");
  }
  if (position > dataRows) throw invalidArgument(location, `The table has ${dataRows} rows.`);
  const at = table.rect.row + 1 + position;
  const band = tableBand(table);
  shiftRows(workbook, table.sheet, { at, count, band, kind: "insert" }, location);
  if (position === dataRows) table.rect = { ...table.rect, rowCount: table.rect.rowCount + count };
  const added = tableRowsRect(table, at, count);
  fillNewRows(workbook, table, added);
  if (values !== undefined && values !== null) {
    applyWrites(table.sheet, planWrites(table.sheet, added, values, location));
  }
  return added;
}

function rowCountOf(values: unknown, table: TableModel, location: string): number {
  if (values === undefined || values === null) return 1;
  const width = table.rect.columnCount;
  const fits =
    Array.isArray(values) &&
    values.length > 0 &&
    values.every((row) => Array.isArray(row) && row.length === width);
  if (!fits) throw invalidArgument(location, `Each new row needs ${width} values.`);
  // Refuse bad values before any cell moves, so a failed add leaves the table as it was.
  for (const row of values as unknown[][]) {
    for (const value of row) interpretInput(value, "General", location);
  }
  return values.length;
}

/**
 * Deletes one data row of a table (TableRow.delete), moving the table's columns below it up.
 * The only data row of a table is emptied instead, since a table keeps one data row.
 */
export function deleteTableRow(
  workbook: WorkbookModel,
  table: TableModel,
  index: number,
  location: string,
): void {
  guardChange(table.sheet, "editTable", location);
  const row = dataRowAt(table, index, location);
  if (table.rect.rowCount === 2) {
    for (const placed of table.sheet.cellsIn(tableRowsRect(table, row, 1))) {
      const { row: cellRow, column, cell } = placed;
      table.sheet.store(cellRow, column, {
        ...cell,
        value: null,
        formula: null,
        quotePrefix: false,
      });
    }
    return;
  }
  shiftRows(
    workbook,
    table.sheet,
    { at: row, count: 1, band: tableBand(table), kind: "delete" },
    location,
  );
}

/** The sheet row of a table's data row, or ItemNotFound. */
export function dataRowAt(table: TableModel, index: number, location: string): number {
  const dataRows = table.rect.rowCount - 1;
  if (!Number.isInteger(index) || index < 0 || index >= dataRows) {
    throw itemNotFound(location, `The table "${table.name}" has no row ${index}.`);
  }
  return table.rect.row + 1 + index;
}

/**
 * Grows tables over what was just written directly below them within their columns, row by
 * row while the written block continues, as Excel's table auto-expansion does. A validation
 * rule in the row under a table stops the growth (see OFFICE-JS-NOTES, "Batching and limits").
 */
export function growTablesBelow(
  workbook: WorkbookModel,
  sheet: SheetModel,
  writes: readonly PlannedWrite[],
): void {
  const filled = writes.filter(fillsCell);
  if (filled.length === 0) return;
  for (const table of workbook.tablesOn(sheet)) {
    while (canGrow(workbook, table, filled)) {
      const added = tableRowsRect(table, rowBelow(table), 1);
      table.rect = { ...table.rect, rowCount: table.rect.rowCount + 1 };
      fillNewRows(workbook, table, added);
    }
  }
}

function canGrow(workbook: WorkbookModel, table: TableModel, filled: readonly PlannedWrite[]) {
  const below = tableRowsRect(table, rowBelow(table), 1);
  const written = filled.some(
    (write) =>
      write.row === below.row && write.column >= below.column && write.column <= lastColumn(below),
  );
  if (!written) return false;
  const sheet = table.sheet;
  const validated = sheet.validations.some((item) =>
    item.areas.some((area) => overlaps(area, below)),
  );
  const blocked = workbook.tablesOn(sheet).some((other) => overlaps(other.rect, below));
  return !validated && !blocked;
}

/** Gives new table rows what Excel copies from the neighbouring data row. */
function fillNewRows(workbook: WorkbookModel, table: TableModel, added: CellRect): void {
  const neighbour = neighbourRow(table, added);
  if (neighbour === null) return;
  const sheet = table.sheet;
  for (let column = added.column; column <= lastColumn(added); column++) {
    const style = sheet.styleAt(neighbour, column);
    const formula = calculatedFormula(sheet, table, column, added);
    for (let row = added.row; row <= lastRow(added); row++) {
      if (sheet.styleAt(row, column) === sheet.backgroundStyle(row, column)) {
        sheet.setStyle(row, column, style);
      }
      const empty = workbook.valueAt(sheet, row, column) === null;
      if (formula !== null && empty) {
        const content = {
          value: null,
          formula: shiftRelativeRows(formula.text, row - formula.row),
        };
        sheet.setContent(row, column, { ...content, quotePrefix: false });
      }
    }
  }
  extendAreasOver(sheet, neighbour, added);
}

function neighbourRow(table: TableModel, added: CellRect): number | null {
  const body = bodyRect(table);
  if (added.row - 1 > table.rect.row) return added.row - 1;
  const below = lastRow(added) + 1;
  return below <= lastRow(body) ? below : null;
}

// A calculated column holds the same formula, filled down, in every other data row.
function calculatedFormula(
  sheet: SheetModel,
  table: TableModel,
  column: number,
  added: CellRect,
): { text: string; row: number } | null {
  const body = bodyRect(table);
  let first: { text: string; row: number } | null = null;
  for (let row = body.row; row <= lastRow(body); row++) {
    if (row >= added.row && row <= lastRow(added)) continue;
    const formula = sheet.cellAt(row, column)?.formula ?? null;
    if (formula === null) return null;
    first ??= { text: formula, row };
    if (shiftRelativeRows(first.text, row - first.row) !== formula) return null;
  }
  return first;
}

function extendAreasOver(sheet: SheetModel, neighbour: number, added: CellRect): void {
  const neighbourRect = rectBetween(neighbour, added.column, neighbour, lastColumn(added));
  for (const item of [...sheet.validations, ...sheet.conditionalFormats]) {
    const extra: CellRect[] = [];
    for (const area of item.areas) {
      const shared = intersect(area, neighbourRect);
      if (!shared) continue;
      const columns = { column: shared.column, columnCount: shared.columnCount };
      extra.push({ ...columns, row: added.row, rowCount: added.rowCount });
    }
    item.areas = mergeAreas([...item.areas, ...extra]);
  }
}

/** Joins areas that sit right above one another with the same columns; drops duplicates. */
export function mergeAreas(areas: readonly CellRect[]): CellRect[] {
  const sorted = [...areas].sort((a, b) => a.column - b.column || a.row - b.row);
  const merged: CellRect[] = [];
  for (const area of sorted) {
    const previous = merged[merged.length - 1];
    const sameColumns =
      previous?.column === area.column && previous.columnCount === area.columnCount;
    if (previous && sameColumns && area.row <= lastRow(previous) + 1) {
      const bottom = Math.max(lastRow(previous), lastRow(area));
      merged[merged.length - 1] = { ...previous, rowCount: bottom - previous.row + 1 };
    } else if (!merged.some((item) => sameRect(item, area))) {
      merged.push(area);
    }
  }
  return merged;
}
