import { cellAddress } from "../../../core/util/a1";
import { itemNotFound } from "../errors";
import type { CellValue } from "./cell-value";
import type { NamedItemModel } from "./named-item-model";
import { SheetModel } from "./sheet-model";
import type { TableModel } from "./table-model";

/** Computes a formula's value for `Range.values`; the workbook itself does not calculate. */
export type FormulaEvaluator = (formula: string, sheet: string, address: string) => CellValue;

type Counter = "sheet" | "table" | "chart" | "conditionalFormat";

/** The whole workbook as plain data, without any Office.js batching. */
export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NamedItemModel[] = [];
  activeSheet: SheetModel | null = null;
  private readonly counters: Record<Counter, number> = {
    sheet: 0,
    table: 0,
    chart: 0,
    conditionalFormat: 0,
  };

  constructor(readonly evaluate?: FormulaEvaluator) {}

  /** The next number of a kind of object, for ids that are never reused. */
  nextNumber(kind: Counter): number {
    this.counters[kind] += 1;
    return this.counters[kind];
  }

  /** A sheet by name (ignoring case, as Excel does) or by id. */
  findSheet(key: string): SheetModel | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((sheet) => sheet.id === key || sheet.name.toLowerCase() === lower);
  }

  /** A sheet by name or id, or ItemNotFound. */
  requireSheet(key: string, location: string): SheetModel {
    const sheet = this.findSheet(key);
    if (!sheet) throw itemNotFound(location, `There is no worksheet named "${key}".`);
    return sheet;
  }

  /** A new sheet at the end, with an id in the shape Excel uses. */
  createSheet(name: string): SheetModel {
    const number = this.nextNumber("sheet");
    const id = `{00000000-${hex(number, 4)}-0000-0000-000000000000}`;
    const sheet = new SheetModel(id, name);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  /** The tables on one sheet, in creation order. */
  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((table) => table.sheet === sheet);
  }

  /** What a cell shows: its constant, or its formula's value from the evaluator ("" without). */
  valueAt(sheet: SheetModel, row: number, column: number): CellValue | null {
    const cell = sheet.cellAt(row, column);
    if (!cell) return null;
    if (cell.formula === null) return cell.value;
    return this.evaluate ? this.evaluate(cell.formula, sheet.name, cellAddress(row, column)) : "";
  }
}

function hex(value: number, digits: number): string {
  return value.toString(16).toUpperCase().padStart(digits, "0");
}
