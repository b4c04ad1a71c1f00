import { MAX_COLUMNS, MAX_ROWS, quoteSheetName, type CellRect } from "../../../core/util/a1";
import { invalidArgument, notImplemented } from "../errors";
import { patchStyle } from "../model/cell-style";
import { checkCellLimit } from "../model/cell-writes";
import { guardChange } from "../model/protection";
import {
  clearRange,
  readFormulas,
  readFormulasR1C1,
  readNumberFormats,
  readValues,
  readValueTypes,
  formulasFromR1C1,
  writeRange,
  type RangeTarget,
} from "../model/range-ops";
import {
  forEachPosition,
  isEntireColumns,
  isEntireRows,
  isOnSheet,
  lastColumn,
  lastRow,
  localAddress,
} from "../model/rects";
import { shiftRows, WHOLE_WIDTH } from "../model/shift-cells";
import { applyStyle } from "../model/styles";
import { ClientObject, type PropertyTable } from "./client-object";
import { ConditionalFormatCollectionObject } from "./conditional-format-objects";
import { DataValidationObject } from "./data-validation-object";
import { RangeFormatObject } from "./format-objects";
import { WorksheetObject } from "./worksheet-objects";

/** `Sheet1!A1:C3`, as `Range.address` reports it (quoting sheet names that need it). */
export function rangeAddress(target: RangeTarget): string {
  return `${quoteSheetName(target.sheet.name)}!${localAddress(target.rect)}`;
}

const RANGE_PROPERTIES: PropertyTable<RangeTarget> = {
  address: { get: rangeAddress },
  addressLocal: { get: rangeAddress },
  rowIndex: { get: (target) => target.rect.row },
  columnIndex: { get: (target) => target.rect.column },
  rowCount: { get: (target) => target.rect.rowCount },
  columnCount: { get: (target) => target.rect.columnCount },
  cellCount: { get: (target) => target.rect.rowCount * target.rect.columnCount },
  isEntireRow: { get: (target) => isEntireRows(target.rect) },
  isEntireColumn: { get: (target) => isEntireColumns(target.rect) },
  values: {
    get: (target, model) => readValues(model, target, "Range.values"),
    set: (target, value, location, model) => {
      writeRange(model, target, value, location);
    },
  },
  formulas: {
    get: (target) => readFormulas(target, "Range.formulas"),
    set: (target, value, location, model) => {
      writeRange(model, target, value, location);
    },
  },
  formulasR1C1: {
    get: (target) => readFormulasR1C1(target, "Range.formulasR1C1"),
    set: (target, value, location, model) => {
      writeRange(model, target, formulasFromR1C1(target.rect, value, location), location);
    },
  },
  numberFormat: {
    get: (target) => readNumberFormats(target, "Range.numberFormat"),
    set: (target, value, location) => {
      setNumberFormats(target, value, location);
    },
  },
  valueTypes: { get: (target, model) => readValueTypes(model, target, "Range.valueTypes") },
};

/** The Office.js `Range`: a rectangle of one worksheet. */
export class RangeObject extends ClientObject<RangeTarget> {
  readonly officeClass = "Range";
  readonly propertyTable = RANGE_PROPERTIES;

  /** The cell at a row and column counted from this range's top-left (it may lie outside). */
  getCell(row: number, column: number): RangeObject {
    return this.derived("getCell", [row, column], (rect, at) =>
      onSheet(
        { row: rect.row + row, column: rect.column + column, rowCount: 1, columnCount: 1 },
        at,
      ),
    );
  }

  /** One row of this range. */
  getRow(row: number): RangeObject {
    return this.derived("getRow", [row], (rect, at) => {
      if (!isIndex(row, rect.rowCount)) throw invalidArgument(at, `There is no row ${row}.`);
      return { ...rect, row: rect.row + row, rowCount: 1 };
    });
  }

  /** One column of this range. */
  getColumn(column: number): RangeObject {
    return this.derived("getColumn", [column], (rect, at) => {
      if (!isIndex(column, rect.columnCount)) {
        throw invalidArgument(at, `There is no column ${column}.`);
      }
      return { ...rect, column: rect.column + column, columnCount: 1 };
    });
  }

  /** The whole rows this range spans. */
  getEntireRow(): RangeObject {
    return this.derived("getEntireRow", [], (rect) => ({
      row: rect.row,
      rowCount: rect.rowCount,
      column: 0,
      columnCount: MAX_COLUMNS,
    }));
  }

  /** The whole columns this range spans. */
  getEntireColumn(): RangeObject {
    return this.derived("getEntireColumn", [], (rect) => ({
      row: 0,
      rowCount: MAX_ROWS,
      column: rect.column,
      columnCount: rect.columnCount,
    }));
  }

  /** The same-sized range moved by rows and columns; InvalidArgument off the sheet. */
  getOffsetRange(rowOffset: number, columnOffset: number): RangeObject {
    return this.derived("getOffsetRange", [rowOffset, columnOffset], (rect, at) =>
      onSheet({ ...rect, row: rect.row + rowOffset, column: rect.column + columnOffset }, at),
    );
  }

  /** The range grown or shrunk at its bottom-right; InvalidArgument below one cell. */
  getResizedRange(deltaRows: number, deltaColumns: number): RangeObject {
    return this.derived("getResizedRange", [deltaRows, deltaColumns], (rect, at) =>
      onSheet(
        {
          ...rect,
          rowCount: rect.rowCount + deltaRows,
          columnCount: rect.columnCount + deltaColumns,
        },
        at,
      ),
    );
  }

  /** The last row of this range. */
  getLastRow(): RangeObject {
    return this.derived("getLastRow", [], (rect) => ({ ...rect, row: lastRow(rect), rowCount: 1 }));
  }

  /** The last column of this range. */
  getLastColumn(): RangeObject {
    return this.derived("getLastColumn", [], (rect) => ({
      ...rect,
      column: lastColumn(rect),
      columnCount: 1,
    }));
  }

  /** The bottom-right cell of this range. */
  getLastCell(): RangeObject {
    return this.derived("getLastCell", [], (rect) => ({
      row: lastRow(rect),
      column: lastColumn(rect),
      rowCount: 1,
      columnCount: 1,
    }));
  }

  /** Clears contents, formats or both ("All", the default). */
  clear(applyTo?: string): void {
    this.command("clear", [applyTo ?? null], (target, at) => {
      clearRange(this.model, target, applyTo, at);
    });
  }

  /** Inserts whole rows above this one ("Down"); other inserts are not implemented. */
  insert(shift: string): RangeObject {
    return this.spawn(
      "insert",
      [shift],
      (target, at) => {
        rowShiftCheck(target, shift, "Down", at);
        guardChange(target.sheet, "insertRows", at);
        const { row, rowCount } = target.rect;
        shiftRows(this.model, target.sheet, insertion(row, rowCount), at);
        return target;
      },
      (origin, route) => new RangeObject(this.session, route, origin),
    );
  }

  /** Deletes whole rows, moving the rows below up ("Up"); other deletes are not implemented. */
  delete(shift: string): void {
    this.command("delete", [shift], (target, at) => {
      rowShiftCheck(target, shift, "Up", at);
      guardChange(target.sheet, "deleteRows", at);
      const { row, rowCount } = target.rect;
      shiftRows(this.model, target.sheet, { ...insertion(row, rowCount), kind: "delete" }, at);
    });
  }

  /** The look of the range. */
  get format(): RangeFormatObject {
    return this.navigation("format", same, (origin, route) => {
      return new RangeFormatObject(this.session, route, origin);
    });
  }

  /** The data validation of the range (ExcelApi 1.8). */
  get dataValidation(): DataValidationObject {
    return this.navigation("dataValidation", same, (origin, route) => {
      return new DataValidationObject(this.session, route, origin);
    });
  }

  /** The conditional formats that overlap the range (ExcelApi 1.6). */
  get conditionalFormats(): ConditionalFormatCollectionObject {
    return this.navigation("conditionalFormats", same, (origin, route) => {
      return new ConditionalFormatCollectionObject(this.session, route, origin);
    });
  }

  /** The worksheet of the range. */
  get worksheet(): WorksheetObject {
    return this.navigation(
      "worksheet",
      (target) => target.sheet,
      (origin, route) => new WorksheetObject(this.session, route, origin),
    );
  }

  private derived(
    member: string,
    args: readonly unknown[],
    compute: (rect: CellRect, location: string) => CellRect,
  ): RangeObject {
    return this.spawn(
      member,
      args,
      (target, at) => ({ sheet: target.sheet, rect: compute(target.rect, at) }),
      (origin, route) => new RangeObject(this.session, route, origin),
    );
  }
}

function same(target: RangeTarget): RangeTarget {
  return target;
}

function isIndex(value: number, count: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < count;
}

function onSheet(rect: CellRect, location: string): CellRect {
  if (!isOnSheet(rect)) throw invalidArgument(location, "The range would lie outside the sheet.");
  return rect;
}

function insertion(row: number, count: number) {
  return { at: row, count, band: WHOLE_WIDTH, kind: "insert" as const };
}

function rowShiftCheck(target: RangeTarget, shift: string, wanted: string, location: string) {
  if (shift !== wanted || !isEntireRows(target.rect)) {
    throw notImplemented(
      location,
      `The in-memory workbook only shifts whole rows (getEntireRow()) "${wanted}".`,
    );
  }
}

/**
 * Sets number formats: one format for every cell, or a 2-D array of the range's size whose
 * null entries leave their cell alone. Protected sheets need allowFormatCells.
 */
function setNumberFormats(target: RangeTarget, input: unknown, location: string): void {
  guardChange(target.sheet, "formatCells", location);
  if (!Array.isArray(input)) {
    applyStyle(target.sheet, target.rect, { numberFormat: formatCode(input, location) });
    return;
  }
  const { sheet, rect } = target;
  checkCellLimit(rect, location);
  const rows = input as unknown[];
  const fits =
    rows.length === rect.rowCount &&
    rows.every((row) => Array.isArray(row) && row.length === rect.columnCount);
  if (!fits) throw invalidArgument(location, "The array is not the size of the range.");
  const codes = rows.map((row) => (row as unknown[]).map((code) => optionalCode(code, location)));
  forEachPosition(rect, (row, column) => {
    const code = codes[row - rect.row]?.[column - rect.column];
    if (code === null || code === undefined) return;
    sheet.setStyle(row, column, patchStyle(sheet.styleAt(row, column), { numberFormat: code }));
  });
}

function optionalCode(value: unknown, location: string): string | null {
  return value === null ? null : formatCode(value, location);
}

function formatCode(value: unknown, location: string): string {
  if (typeof value !== "string") throw invalidArgument(location, "A number format is text.");
  return value;
}
