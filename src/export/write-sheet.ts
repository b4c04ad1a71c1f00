import type {
  CellValue as ExcelCellValue,
  TableStyleProperties,
  Workbook,
  Worksheet,
  WorksheetProtection,
  WorksheetState,
  WorksheetView,
} from "exceljs";
import { cellAddress, parseAddress } from "../core/util/a1";
import type {
  CellSnapshot,
  ProtectionOptionsSnapshot,
  SheetSnapshot,
  TableSnapshot,
} from "../office/memory/snapshot";
import { argb, cellStyle } from "./cell-style";

/** `Excel.SheetVisibility` values and exceljs's sheet states. */
const STATES: Record<string, WorksheetState> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

// Office.js sets page layout only from ExcelApi 1.9, so the snapshot holds none. The wide
// sheets (indicator table, dashboard) print and render readably in landscape, one page wide.
const PRINT_SETUP = {
  orientation: "landscape" as const,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

/** Office.js's standard column width: 8.43 characters of Calibri 11, 64 pixels. */
const STANDARD_WIDTH_POINTS = 48;

/**
 * Adds a snapshot sheet to an exceljs workbook: its tab, view, columns, rows, cells, tables
 * and protection. Conditional formats, validations and charts are added to the package later.
 * Two things are not written: whole-row formats (exceljs only writes a row's style on a row
 * that has cells, and the add-in sets none), and a cell's apostrophe prefix (exceljs has no
 * `quotePrefix`); such text still arrives as text, since every text is stored as a string.
 */
export async function writeSheet(workbook: Workbook, sheet: SheetSnapshot): Promise<void> {
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: STATES[sheet.visibility] ?? "visible",
    views: [viewOf(sheet)],
    pageSetup: PRINT_SETUP,
  });
  if (sheet.tabColor !== null) worksheet.properties.tabColor = { argb: argb(sheet.tabColor) };
  worksheet.properties.defaultRowHeight = sheet.standardHeight;
  writeColumns(worksheet, sheet);
  for (const [row, height] of Object.entries(sheet.rowHeights)) {
    worksheet.getRow(Number(row)).height = height;
  }
  for (const [address, cell] of Object.entries(sheet.cells)) writeCell(worksheet, address, cell);
  for (const table of sheet.tables) addTable(worksheet, table);
  if (sheet.protected) await worksheet.protect("", protectionOf(sheet.protectionOptions));
}

function viewOf(sheet: SheetSnapshot): Partial<WorksheetView> {
  const { rows, columns } = sheet.freeze;
  const showGridLines = sheet.showGridlines;
  if (rows === 0 && columns === 0) return { state: "normal", showGridLines };
  const topLeftCell = cellAddress(rows, columns);
  return { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell, showGridLines };
}

/**
 * Column widths and whole-column formats. A column without a width of its own gets the
 * standard width, since exceljs would otherwise give a formatted column its own default.
 */
function writeColumns(worksheet: Worksheet, sheet: SheetSnapshot): void {
  const letters = new Set([
    ...Object.keys(sheet.columnWidths),
    ...Object.keys(sheet.columnFormats),
  ]);
  for (const letter of letters) {
    const column = worksheet.getColumn(letter);
    const format = sheet.columnFormats[letter];
    if (format) column.style = cellStyle(format);
    column.width = characterWidth(sheet.columnWidths[letter] ?? STANDARD_WIDTH_POINTS);
  }
}

/**
 * A column width in points (Office.js's `columnWidth`) as the character width SpreadsheetML
 * stores. ECMA-376 Part 1, §18.3.1.13 (`col`, attribute `width`): width =
 * Truncate([characters × maximum digit width + 5 pixels of padding] / maximum digit width ×
 * 256) / 256, where the bracket is the column's width in pixels. A point is 96/72 pixels on
 * the 96-dpi screen Excel measures against, and the maximum digit width of the workbook's
 * Calibri 11 is 7 pixels. So 48 points (64 pixels) give 9.140625, which Excel shows as 8.43.
 */
export function characterWidth(points: number): number {
  const pixels = Math.round((points * 96) / 72);
  return Math.trunc((pixels / MAX_DIGIT_WIDTH) * 256) / 256;
}

const MAX_DIGIT_WIDTH = 7;

function writeCell(worksheet: Worksheet, address: string, cell: CellSnapshot): void {
  const target = worksheet.getCell(address);
  const value = valueOf(cell);
  if (value !== null) target.value = value;
  target.style = cellStyle(cell);
}

/**
 * The exceljs value of a cell. A formula goes without its "=" and without a result, so the
 * reader computes it; text is always a string, even when it starts with "=", "+", "-" or "@"
 * (exceljs only makes formulas of formula objects).
 */
function valueOf(cell: CellSnapshot): ExcelCellValue {
  if (cell.formula !== null) return { formula: cell.formula.replace(/^=/, "") };
  return cell.value === "" ? null : cell.value;
}

/**
 * A table over cells that are already written. exceljs's `addTable` writes its header and
 * rows into the sheet, so it gets the sheet's own values back, and the header cells are
 * restored afterwards in case a header was not text.
 */
function addTable(worksheet: Worksheet, table: TableSnapshot): void {
  const rect = parseAddress(table.address);
  if (!rect) throw new Error(`table ${table.name} has an unreadable address ${table.address}`);
  const rowValues = (row: number) =>
    Array.from({ length: rect.columnCount }, (_, offset) => {
      return worksheet.getCell(row + 1, rect.column + offset + 1).value;
    });
  const header = rowValues(rect.row);
  const rows = Array.from({ length: rect.rowCount - 1 }, (_, index) =>
    rowValues(rect.row + 1 + index),
  );
  worksheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(rect.row, rect.column),
    headerRow: true,
    totalsRow: false,
    style: tableStyleOf(table),
    columns: table.columns.map((name) => ({ name })),
    rows,
  });
  header.forEach((value, offset) => {
    worksheet.getCell(rect.row + 1, rect.column + offset + 1).value = value;
  });
}

function tableStyleOf(table: TableSnapshot): TableStyleProperties {
  return {
    // exceljs types list the built-in styles; the name is written as it is.
    theme: table.style as NonNullable<TableStyleProperties["theme"]>,
    showRowStripes: table.showBandedRows,
    showColumnStripes: table.showBandedColumns,
  };
}

/** Office.js's protection options as exceljs's, where true means "allowed". */
function protectionOf(options: ProtectionOptionsSnapshot): Partial<WorksheetProtection> {
  return {
    selectLockedCells: options.selectionMode === "Normal",
    selectUnlockedCells: options.selectionMode !== "None",
    formatCells: options.allowFormatCells,
    formatColumns: options.allowFormatColumns,
    formatRows: options.allowFormatRows,
    insertColumns: options.allowInsertColumns,
    insertRows: options.allowInsertRows,
    insertHyperlinks: options.allowInsertHyperlinks,
    deleteColumns: options.allowDeleteColumns,
    deleteRows: options.allowDeleteRows,
    sort: options.allowSort,
    autoFilter: options.allowAutoFilter,
    pivotTables: options.allowPivotTables,
    objects: options.allowEditObjects,
    scenarios: options.allowEditScenarios,
  };
}
