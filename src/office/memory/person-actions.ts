import { parseAddress } from "../../core/util/a1";
import { PersonEditRefused, RichApiError } from "./errors";
import { applyWrites, planWrites } from "./model/cell-writes";
import {
  guardCellEdit,
  guardChange,
  protectSheet,
  unprotectSheet,
  type SheetChange,
} from "./model/protection";
import { afterContentChange } from "./model/range-ops";
import { EMPTY_CONTENT } from "./model/cell-value";
import type { CellModel, SheetModel } from "./model/sheet-model";
import { deleteSheet, renameSheet } from "./model/sheet-ops";
import { moveRange } from "./model/move-range";
import { shiftColumns, shiftRows, WHOLE_WIDTH, type ColumnShift } from "./model/shift-cells";
import { growTablesBelow } from "./model/table-rows";
import { findTable, renameTable } from "./model/tables";
import { validationRefusal } from "./model/validation-check";
import type { WorkbookModel } from "./model/workbook-model";

/** What a person types or pastes into a cell; null empties it. */
export type CellInput = string | number | boolean | null;

/**
 * What a person does in Excel itself, without the add-in: typing, renaming, deleting,
 * inserting rows and columns, moving a block, (un)protecting. These change the workbook at
 * once, outside any batch, and count no sync. What Excel would refuse throws
 * PersonEditRefused with Excel's reason.
 */
export class PersonActions {
  constructor(private readonly workbook: WorkbookModel) {}

  /**
   * Types into one cell, as Excel reads typing (the Range.values rules); null clears it. A
   * locked cell of a protected sheet and a value a Stop validation alert rejects are refused.
   */
  type(sheetName: string, address: string, input: CellInput): void {
    this.enter(sheetName, address, input, true);
  }

  /**
   * Pastes a value into one cell. Unlike typing, a plain paste does not trigger data validation
   * ("Add data validation to Excel ranges"), so this is how a person gets any text into a
   * validated cell.
   */
  paste(sheetName: string, address: string, input: CellInput): void {
    this.enter(sheetName, address, input, false);
  }

  /** Renames a sheet; Excel rewrites every reference to it. */
  renameSheet(oldName: string, newName: string): void {
    refusing(() => {
      renameSheet(this.workbook, this.sheet(oldName), newName, "renameSheet");
    });
  }

  /** Deletes a sheet; references to it become #REF!. */
  deleteSheet(name: string): void {
    refusing(() => {
      deleteSheet(this.workbook, this.sheet(name), "deleteSheet");
    });
  }

  /** Renames a table (Table Design > Table Name); structured references follow. */
  renameTable(oldName: string, newName: string): void {
    refusing(() => {
      const table = findTable(this.workbook, oldName);
      if (!table) throw new PersonEditRefused(`There is no table "${oldName}".`);
      renameTable(this.workbook, table, newName, "renameTable");
    });
  }

  /** Inserts `count` whole rows above the 0-based row `rowIndex`. */
  insertRows(sheetName: string, rowIndex: number, count: number): void {
    refusing(() => {
      const sheet = this.sheet(sheetName);
      guardChange(sheet, "insertRows", "insertRows");
      const shift = { at: rowIndex, count, band: WHOLE_WIDTH, kind: "insert" as const };
      shiftRows(this.workbook, sheet, shift, "insertRows");
    });
  }

  /** Deletes `count` whole rows from the 0-based row `rowIndex` on. */
  deleteRows(sheetName: string, rowIndex: number, count: number): void {
    refusing(() => {
      const sheet = this.sheet(sheetName);
      guardChange(sheet, "deleteRows", "deleteRows");
      const shift = { at: rowIndex, count, band: WHOLE_WIDTH, kind: "delete" as const };
      shiftRows(this.workbook, sheet, shift, "deleteRows");
    });
  }

  /** Inserts `count` whole columns left of the 0-based column `columnIndex`. */
  insertColumns(sheetName: string, columnIndex: number, count: number): void {
    this.shiftColumns(sheetName, { at: columnIndex, count, kind: "insert" }, "insertColumns");
  }

  /** Deletes `count` whole columns from the 0-based column `columnIndex` on. */
  deleteColumns(sheetName: string, columnIndex: number, count: number): void {
    this.shiftColumns(sheetName, { at: columnIndex, count, kind: "delete" }, "deleteColumns");
  }

  /**
   * Cuts a block and pastes it with its top-left cell at `destination` on the same sheet
   * (Home > Cut, Home > Paste): see moveRange in the model for what moves with it.
   */
  moveRange(sheetName: string, source: string, destination: string): void {
    refusing(() => {
      const sheet = this.sheet(sheetName);
      const from = parseAddress(source);
      const to = parseAddress(destination);
      if (!from || !to) throw new PersonEditRefused(`"${source}" or "${destination}" is no range.`);
      moveRange(this.workbook, sheet, from, { row: to.row, column: to.column }, "moveRange");
    });
  }

  /** Unprotects a sheet (Review > Unprotect Sheet), with its password if it has one. */
  unprotect(sheetName: string, password?: string): void {
    refusing(() => {
      unprotectSheet(this.sheet(sheetName), password, "unprotect");
    });
  }

  /** Protects a sheet with Excel's default options, with a password if given. */
  protect(sheetName: string, password?: string): void {
    refusing(() => {
      protectSheet(this.sheet(sheetName), undefined, password, "protect");
    });
  }

  private shiftColumns(sheetName: string, shift: ColumnShift, change: SheetChange): void {
    refusing(() => {
      const sheet = this.sheet(sheetName);
      guardChange(sheet, change, change);
      shiftColumns(this.workbook, sheet, shift, change);
    });
  }

  private enter(sheetName: string, address: string, input: CellInput, validate: boolean): void {
    refusing(() => {
      const sheet = this.sheet(sheetName);
      const rect = singleCell(address);
      guardCellEdit(sheet, rect, "type");
      const before = sheet.cellAt(rect.row, rect.column);
      const writes = planWrites(sheet, rect, input ?? "", "type");
      applyWrites(sheet, writes);
      const refusal = validate ? this.refusalAt(sheet, rect.row, rect.column) : null;
      if (refusal !== null) {
        restore(sheet, rect.row, rect.column, before);
        throw new PersonEditRefused(refusal);
      }
      afterContentChange(this.workbook, { sheet, rect });
      growTablesBelow(this.workbook, sheet, writes);
    });
  }

  private refusalAt(sheet: SheetModel, row: number, column: number): string | null {
    const content = sheet.cellAt(row, column) ?? EMPTY_CONTENT;
    return validationRefusal(this.workbook, sheet, row, column, content);
  }

  private sheet(name: string): SheetModel {
    const sheet = this.workbook.findSheet(name);
    if (!sheet) throw new PersonEditRefused(`There is no sheet "${name}".`);
    return sheet;
  }
}

function singleCell(address: string) {
  const parsed = parseAddress(address);
  if (parsed?.rowCount !== 1 || parsed.columnCount !== 1) {
    throw new PersonEditRefused(`A person types into one cell, not "${address}".`);
  }
  return parsed;
}

function restore(sheet: SheetModel, row: number, column: number, before?: CellModel): void {
  if (before) sheet.store(row, column, before);
  else sheet.setContent(row, column, EMPTY_CONTENT);
}

// Excel shows a person a message instead of failing a request; the RichApi code stays
// available as the reason.
function refusing(action: () => void): void {
  try {
    action();
  } catch (error) {
    if (error instanceof RichApiError) throw new PersonEditRefused(error.message, error);
    throw error;
  }
}
