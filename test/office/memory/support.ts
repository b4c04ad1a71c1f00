import { MemoryWorkbook, type MemoryWorkbookOptions } from "../../../src/office/memory";
import type { SheetSnapshot } from "../../../src/office/memory/snapshot";

const API = "https://learn.microsoft.com/javascript/api/excel/";
const GUIDE = "https://learn.microsoft.com/office/dev/add-ins/";

/** Microsoft's pages the tests follow, by topic. */
export const DOCS = {
  values: `${API}excel.range#excel-excel-range-values-member`,
  formulas: `${API}excel.range#excel-excel-range-formulas-member`,
  coreConcepts: `${GUIDE}excel/excel-add-ins-core-concepts`,
  nullObjects:
    `${GUIDE}develop/application-specific-api-model` + "#ornullobject-methods-and-properties",
  errors: `${GUIDE}testing/application-specific-api-error-handling`,
  worksheetName: `${API}excel.worksheet#excel-excel-worksheet-name-member`,
  renameSheet:
    "https://support.microsoft.com/office/" +
    "rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9",
  protection: `${API}excel.worksheetprotection`,
  tablesAdd: `${API}excel.tablecollection#excel-excel-tablecollection-add-member(1)`,
  table: `${API}excel.table`,
  tableRowsAdd: `${API}excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)`,
  validation: `${API}excel.datavalidation`,
  validationGuide: `${GUIDE}excel/excel-add-ins-data-validation`,
  conditionalFormats: `${GUIDE}excel/excel-add-ins-conditional-formatting`,
  charts: `${API}excel.chartcollection`,
  namesAdd: `${API}excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1)`,
  namedItem: `${API}excel.nameditem`,
  insertDelete: `${GUIDE}excel/excel-add-ins-ranges-insert`,
  tableResize: `${API}excel.table#excel-excel-table-resize-member(1)`,
} as const;

/** A workbook with one more sheet, "Data", besides Sheet1. */
export async function workbookWithData(options: MemoryWorkbookOptions = {}) {
  const workbook = new MemoryWorkbook(options);
  await workbook.run(async (context) => {
    context.workbook.worksheets.add("Data");
    await context.sync();
  });
  return workbook;
}

/** The snapshot of one sheet; fails when there is none. */
export function sheetOf(workbook: MemoryWorkbook, name: string): SheetSnapshot {
  const sheet = workbook.inspect().sheets.find((item) => item.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Writes a 2-D block of values on a sheet, starting at an address. */
export async function write(
  workbook: MemoryWorkbook,
  sheet: string,
  address: string,
  values: (string | number | boolean | null)[][],
): Promise<void> {
  await workbook.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    await context.sync();
  });
}

/** Reads the values of a range. */
export async function read(workbook: MemoryWorkbook, sheet: string, address: string) {
  return workbook.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("values");
    await context.sync();
    return range.values as unknown[][];
  });
}

/** The code of the error a promise rejects with, or "resolved". */
export async function failureCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? code : String(error);
  }
}

/** The error a function throws. */
export function thrown(action: () => unknown): Error & { code?: string } {
  try {
    action();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error("nothing was thrown");
}

/** Where `addItems` puts a table named Items, a validation of numbers ≥ 0 and a format. */
export interface ItemsLayout {
  table: string;
  validated: string;
  formatted: string;
}

/**
 * Queues a table named Items, a validated range and a custom conditional format whose rule
 * compares the format's first cell with "b".
 */
export function addItems(sheet: Excel.Worksheet, layout: ItemsLayout): void {
  sheet.tables.add(layout.table, true).name = "Items";
  sheet.getRange(layout.validated).dataValidation.rule = {
    decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
  };
  const first = layout.formatted.split(":")[0] ?? layout.formatted;
  const format = sheet.getRange(layout.formatted).conditionalFormats.add("Custom");
  format.custom.rule.formula = `=${first}="b"`;
}
