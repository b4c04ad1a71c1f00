import type { CellRect } from "../../../core/util/a1";
import { invalidArgument, notImplemented } from "../errors";
import { checkDefinedName, isDefinedNameTaken, sameName } from "./name-rules";
import { guardChange } from "./protection";
import { isEntireColumns, isEntireRows, lastColumn, lastRow, overlaps, rectBetween } from "./rects";
import { rewriteFormulas } from "./formula-walk";
import { mapOutsideStrings } from "./references";
import type { CellValue } from "./cell-value";
import type { SheetModel } from "./sheet-model";
import type { TableModel } from "./table-model";
import type { WorkbookModel } from "./workbook-model";

/**
 * Creates a table over a range whose first row holds the headers (TableCollection.add): header
 * cells become text, blank ones ColumnN, repeated ones get a number. Fails when the range
 * overlaps another table. A range of one row gets an empty body row, as in Excel.
 */
export function addTable(
  workbook: WorkbookModel,
  sheet: SheetModel,
  rect: CellRect,
  hasHeaders: unknown,
  location: string,
): TableModel {
  if (hasHeaders !== true) {
    throw notImplemented(location, "The in-memory workbook only adds tables with headers.");
  }
  if (isEntireRows(rect) || isEntireColumns(rect)) {
    throw invalidArgument(location, "A table cannot span whole rows or columns.");
  }
  guardChange(sheet, "addTable", location);
  const tableRect = rect.rowCount >= 2 ? rect : { ...rect, rowCount: 2 };
  if (workbook.tablesOn(sheet).some((table) => overlaps(table.rect, tableRect))) {
    throw invalidArgument(
      location,
      "A table can't overlap with another table, a PivotTable report, query results, merged " +
        "cells, or an XML Map.",
    );
  }
  const table = newTable(workbook, sheet, tableRect);
  workbook.tables.push(table);
  syncHeaders(workbook, table);
  return table;
}

function newTable(workbook: WorkbookModel, sheet: SheetModel, rect: CellRect): TableModel {
  const number = workbook.nextNumber("table");
  const columns = Array.from({ length: rect.columnCount }, (_, index) => ({
    id: index + 1,
    name: "",
  }));
  return {
    id: String(number),
    name: freeTableName(workbook),
    sheet,
    rect,
    columns,
    nextColumnId: rect.columnCount + 1,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
    removed: false,
  };
}

function freeTableName(workbook: WorkbookModel): string {
  for (let number = 1; ; number++) {
    if (!isDefinedNameTaken(workbook, `Table${number}`)) return `Table${number}`;
  }
}

/** The header row of a table. */
export function headerRect(table: TableModel): CellRect {
  return { ...table.rect, rowCount: 1 };
}

/** The data rows of a table. */
export function bodyRect(table: TableModel): CellRect {
  return { ...table.rect, row: table.rect.row + 1, rowCount: table.rect.rowCount - 1 };
}

/** One column of a table: header and body (`part` "all"), or only one of them. */
export function columnRect(table: TableModel, index: number, part: "all" | "header" | "body") {
  const column = table.rect.column + index;
  const rect = { ...table.rect, column, columnCount: 1 };
  if (part === "header") return { ...rect, rowCount: 1 };
  if (part === "body") return { ...rect, row: rect.row + 1, rowCount: rect.rowCount - 1 };
  return rect;
}

/**
 * Makes the header cells plain, unique text and the column names match them, as Excel does
 * after every edit of a header row.
 */
export function syncHeaders(workbook: WorkbookModel, table: TableModel): void {
  const { sheet, rect } = table;
  const texts = table.columns.map((_, index) =>
    headerText(workbook.valueAt(sheet, rect.row, rect.column + index)),
  );
  const names = uniqueHeaders(texts);
  names.forEach((name, index) => {
    const column = table.columns[index];
    if (column) column.name = name;
    sheet.setContent(rect.row, rect.column + index, {
      value: name,
      formula: null,
      quotePrefix: false,
    });
  });
}

function headerText(value: CellValue | null): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Header names as Excel makes them: blanks become ColumnN, repeats get 2, 3, … appended. */
export function uniqueHeaders(texts: readonly string[]): string[] {
  const taken = new Set<string>();
  return texts.map((text, index) => {
    const base = text.trim() === "" ? `Column${index + 1}` : text;
    let name = base;
    for (let suffix = 2; taken.has(name.toLowerCase()); suffix++) name = `${base}${suffix}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * Renames a table (Table.name): the name follows Excel's rules for names and must not be used
 * by another table or a defined name. Excel reports a taken name as InvalidArgument (office-js
 * issue 551). Structured references to the table follow the new name.
 */
export function renameTable(
  workbook: WorkbookModel,
  table: TableModel,
  name: unknown,
  location: string,
): void {
  const newName = checkDefinedName(name, location);
  const clash = !sameName(newName, table.name) && isDefinedNameTaken(workbook, newName);
  if (clash) throw invalidArgument(location, `The name "${newName}" is already in use.`);
  const oldName = table.name;
  table.name = newName;
  const pattern = new RegExp(`(^|[^\\w.\\\\])${escapeRegExp(oldName)}(?=\\[)`, "gi");
  rewriteFormulas(workbook, (formula) =>
    mapOutsideStrings(formula, (text) => text.replace(pattern, `$1${newName}`)),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Deletes a table and the content of its cells (Table.delete). */
export function deleteTable(workbook: WorkbookModel, table: TableModel, location: string) {
  guardChange(table.sheet, "editTable", location);
  for (const { row, column, cell } of table.sheet.cellsIn(table.rect)) {
    table.sheet.store(row, column, { ...cell, value: null, formula: null, quotePrefix: false });
  }
  removeTable(workbook, table);
}

/** Turns a table back into a plain range, keeping its cells (Table.convertToRange). */
export function convertTableToRange(workbook: WorkbookModel, table: TableModel, location: string) {
  guardChange(table.sheet, "editTable", location);
  removeTable(workbook, table);
}

function removeTable(workbook: WorkbookModel, table: TableModel): void {
  table.removed = true;
  workbook.tables = workbook.tables.filter((item) => item !== table);
}

/** A table by name (ignoring case) or id. */
export function findTable(workbook: WorkbookModel, key: string): TableModel | undefined {
  return workbook.tables.find((table) => table.id === key || sameName(table.name, key));
}

/** The columns of the sheet a table spans, as a band for row shifts. */
export function tableBand(table: TableModel) {
  return { column: table.rect.column, columnCount: table.rect.columnCount };
}

/** A rectangle of whole table rows, `count` rows from sheet row `row`. */
export function tableRowsRect(table: TableModel, row: number, count: number): CellRect {
  return rectBetween(row, table.rect.column, row + count - 1, lastColumn(table.rect));
}

/** The sheet row just below a table. */
export function rowBelow(table: TableModel): number {
  return lastRow(table.rect) + 1;
}
