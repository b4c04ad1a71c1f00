import { MAX_COLUMNS, MAX_ROWS, parseAddress, type CellRect } from "../../../core/util/a1";
import { invalidArgument } from "../errors";
import { booleanArgument, oneOf } from "../model/arguments";
import { normalizeColor } from "../model/cell-style";
import { sameName } from "../model/name-rules";
import { usedRange, wholeSheet, type RangeTarget } from "../model/range-ops";
import { isEntireColumns, isEntireRows, isOnSheet, lastColumn, lastRow } from "../model/rects";
import { resolveReference } from "../model/resolve";
import {
  activateSheet,
  addSheet,
  deleteSheet,
  moveSheet,
  renameSheet,
  setVisibility,
} from "../model/sheet-ops";
import { protectSheet, unprotectSheet } from "../model/protection";
import type { ProtectionOptions, SheetModel } from "../model/sheet-model";
import type { WorkbookModel } from "../model/workbook-model";
import { ChartCollectionObject } from "./chart-objects";
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  fixedOrigin,
  type PropertyTable,
} from "./client-object";
import { NamedItemCollectionObject, type NameScope } from "./named-item-objects";
import { RangeObject } from "./range-object";
import { TableCollectionObject, type TableScope } from "./table-objects";

/** The Office.js `WorksheetCollection` of the workbook. */
export class WorksheetCollectionObject extends ClientCollection<
  WorkbookModel,
  SheetModel,
  WorksheetObject
> {
  readonly officeClass = "WorksheetCollection";
  readonly propertyTable: PropertyTable<WorkbookModel> = {};

  /** Adds a sheet at the end; without a name Excel picks the first free SheetN. */
  add(name?: string): WorksheetObject {
    return this.sheet("add", [name ?? null], (model, at) => addSheet(model, name, at));
  }

  /** A sheet by name (ignoring case) or id; ItemNotFound at sync when missing. */
  getItem(key: string): WorksheetObject {
    return this.sheet("getItem", [key], (model, at) => model.requireSheet(key, at));
  }

  /** A sheet by name or id, or a null object when missing. */
  getItemOrNullObject(key: string): WorksheetObject {
    return this.sheet("getItemOrNullObject", [key], (model) => model.findSheet(key) ?? null);
  }

  /** The active sheet. */
  getActiveWorksheet(): WorksheetObject {
    return this.sheet("getActiveWorksheet", [], (model, at) => {
      if (!model.activeSheet) throw invalidArgument(at, "No worksheet is active.");
      return model.activeSheet;
    });
  }

  /** The number of sheets, after the sync. */
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(this.officeClass);
    this.command("getCount", [], (model) => {
      result.fill(model.sheets.length);
    });
    return result;
  }

  protected itemTargets(model: WorkbookModel): SheetModel[] {
    return model.sheets;
  }

  protected makeItem(sheet: SheetModel, index: number): WorksheetObject {
    return new WorksheetObject(this.session, `${this.route}.items[${index}]`, fixedOrigin(sheet));
  }

  private sheet(
    member: string,
    args: readonly unknown[],
    compute: (model: WorkbookModel, location: string) => SheetModel | null,
  ): WorksheetObject {
    return this.spawn(member, args, compute, (origin, route) => {
      return new WorksheetObject(this.session, route, origin);
    });
  }
}

const SHEET_PROPERTIES: PropertyTable<SheetModel> = {
  id: { get: (sheet) => sheet.id },
  name: {
    get: (sheet) => sheet.name,
    set: (sheet, value, at, model) => {
      renameSheet(model, sheet, value, at);
    },
  },
  position: {
    get: (sheet, model) => model.sheets.indexOf(sheet),
    set: (sheet, value, at, model) => {
      moveSheet(model, sheet, value, at);
    },
  },
  visibility: {
    get: (sheet) => sheet.visibility,
    set: (sheet, value, at, model) => {
      setVisibility(model, sheet, oneOf(["Visible", "Hidden", "VeryHidden"], value, at), at);
    },
  },
  // Worksheet.tabColor: "" for no colour, null while the sheet is hidden.
  tabColor: {
    get: (sheet) => (sheet.visibility === "Visible" ? (sheet.tabColor ?? "") : null),
    set: (sheet, value, at) => {
      sheet.tabColor = value === "" || value === null ? null : normalizeColor(value, at);
    },
  },
  showGridlines: {
    get: (sheet) => sheet.showGridlines,
    set: (sheet, value, at) => {
      sheet.showGridlines = booleanArgument(value, at);
    },
  },
};

/** The Office.js `Worksheet`. */
export class WorksheetObject extends ClientObject<SheetModel> {
  readonly officeClass = "Worksheet";
  readonly propertyTable = SHEET_PROPERTIES;

  /** A range by address (`A1:C3`, `A:A`, `2:5`, a name of a range here), or the whole sheet. */
  getRange(address?: string): RangeObject {
    return this.range("getRange", [address ?? null], (sheet, at) => {
      if (!address) return wholeSheet();
      return rangeOnSheet(this.model, sheet, address, at);
    });
  }

  /** A range by 0-based row and column and size. */
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number) {
    const args = [row, column, rowCount, columnCount];
    return this.range("getRangeByIndexes", args, (_sheet, at) => {
      const rect = { row, column, rowCount, columnCount };
      if (!isOnSheet(rect)) throw invalidArgument(at, "The range would lie outside the sheet.");
      return rect;
    });
  }

  /** One cell by 0-based row and column. */
  getCell(row: number, column: number): RangeObject {
    return this.range("getCell", [row, column], (_sheet, at) => {
      const rect = { row, column, rowCount: 1, columnCount: 1 };
      if (!isOnSheet(rect)) throw invalidArgument(at, "The cell would lie outside the sheet.");
      return rect;
    });
  }

  /** The range holding every non-empty cell (values only if asked), or a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeObject {
    return this.spawn(
      "getUsedRangeOrNullObject",
      [valuesOnly ?? false],
      (sheet) => {
        const rect = usedRange(sheet, valuesOnly === true);
        return rect ? { sheet, rect } : null;
      },
      (origin, route) => new RangeObject(this.session, route, origin),
    );
  }

  /** The used range; A1 on an empty sheet, as Excel answers. */
  getUsedRange(valuesOnly?: boolean): RangeObject {
    return this.range("getUsedRange", [valuesOnly ?? false], (sheet) => {
      return (
        usedRange(sheet, valuesOnly === true) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 }
      );
    });
  }

  /** Deletes the sheet; references to it become #REF!. */
  delete(): void {
    this.command("delete", [], (sheet, at) => {
      deleteSheet(this.model, sheet, at);
    });
  }

  /** Makes the sheet the active one. */
  activate(): void {
    this.command("activate", [], (sheet, at) => {
      activateSheet(this.model, sheet, at);
    });
  }

  /** Frozen rows and columns. */
  get freezePanes(): FreezePanesObject {
    return this.navigation("freezePanes", same, (origin, route) => {
      return new FreezePanesObject(this.session, route, origin);
    });
  }

  /** Sheet protection. */
  get protection(): WorksheetProtectionObject {
    return this.navigation("protection", same, (origin, route) => {
      return new WorksheetProtectionObject(this.session, route, origin);
    });
  }

  /** The tables on this sheet. */
  get tables(): TableCollectionObject {
    return this.navigation(
      "tables",
      (sheet): TableScope => ({ model: this.model, sheet }),
      (origin, route) => new TableCollectionObject(this.session, route, origin),
    );
  }

  /** The charts on this sheet. */
  get charts(): ChartCollectionObject {
    return this.navigation("charts", same, (origin, route) => {
      return new ChartCollectionObject(this.session, route, origin);
    });
  }

  /** The names scoped to this sheet. */
  get names(): NamedItemCollectionObject {
    return this.navigation(
      "names",
      (sheet): NameScope => ({ model: this.model, scope: sheet }),
      (origin, route) => new NamedItemCollectionObject(this.session, route, origin),
    );
  }

  private range(
    member: string,
    args: readonly unknown[],
    compute: (sheet: SheetModel, location: string) => CellRect,
  ): RangeObject {
    return this.spawn(
      member,
      args,
      (sheet, at): RangeTarget => ({ sheet, rect: compute(sheet, at) }),
      (origin, route) => new RangeObject(this.session, route, origin),
    );
  }
}

/** A range address on a sheet: its own address or a defined name of a range on it. */
function rangeOnSheet(
  model: WorkbookModel,
  sheet: SheetModel,
  address: string,
  location: string,
): CellRect {
  const parsed = parseAddress(address);
  if (parsed) {
    if (parsed.sheet !== null && !sameName(parsed.sheet, sheet.name)) {
      throw invalidArgument(location, `"${address}" is not on the sheet "${sheet.name}".`);
    }
    return parsed;
  }
  const named = resolveReference(model, address, sheet);
  if (named?.sheet === sheet) return named.rect;
  throw invalidArgument(location, `"${address}" is not a range address.`);
}

function same(sheet: SheetModel): SheetModel {
  return sheet;
}

/** The Office.js `WorksheetFreezePanes` (ExcelApi 1.7). */
export class FreezePanesObject extends ClientObject<SheetModel> {
  readonly officeClass = "WorksheetFreezePanes";
  readonly propertyTable: PropertyTable<SheetModel> = {};

  /** Freezes the top rows (1 by default); this replaces any frozen columns. */
  freezeRows(count?: number): void {
    this.command("freezeRows", [count ?? 1], (sheet, at) => {
      sheet.freeze = { rows: freezeCount(count, MAX_ROWS, at), columns: 0 };
    });
  }

  /** Freezes the left columns (1 by default); this replaces any frozen rows. */
  freezeColumns(count?: number): void {
    this.command("freezeColumns", [count ?? 1], (sheet, at) => {
      sheet.freeze = { rows: 0, columns: freezeCount(count, MAX_COLUMNS, at) };
    });
  }

  /** Freezes the rows and columns up to the bottom-right of a range (an address or Range). */
  freezeAt(frozenRange: RangeObject | string): void {
    this.command("freezeAt", [frozenRange], (sheet, at) => {
      const rect = frozenRect(this.model, sheet, frozenRange, at);
      sheet.freeze = {
        rows: isEntireColumns(rect) ? 0 : lastRow(rect) + 1,
        columns: isEntireRows(rect) ? 0 : lastColumn(rect) + 1,
      };
    });
  }

  /** Unfreezes everything. */
  unfreeze(): void {
    this.command("unfreeze", [], (sheet) => {
      sheet.freeze = { rows: 0, columns: 0 };
    });
  }
}

function frozenRect(
  model: WorkbookModel,
  sheet: SheetModel,
  range: RangeObject | string,
  location: string,
): CellRect {
  if (typeof range === "string") return rangeOnSheet(model, sheet, range, location);
  const target = range.origin.resolve();
  if (target.sheet !== sheet) throw invalidArgument(location, "The range is on another sheet.");
  return target.rect;
}

function freezeCount(count: number | undefined, limit: number, location: string): number {
  const value = count ?? 1;
  if (!Number.isInteger(value) || value < 0 || value >= limit) {
    throw invalidArgument(location, "Cannot freeze that many rows or columns.");
  }
  return value;
}

const PROTECTION_PROPERTIES: PropertyTable<SheetModel> = {
  protected: { get: (sheet) => sheet.protection.protected },
  options: { get: (sheet) => ({ ...sheet.protection.options }) },
};

/** The Office.js `WorksheetProtection`. */
export class WorksheetProtectionObject extends ClientObject<SheetModel> {
  readonly officeClass = "WorksheetProtection";
  readonly propertyTable = PROTECTION_PROPERTIES;

  /**
   * Protects the sheet. It "fails if the worksheet has already been protected" (WorksheetProtection
   * page); Excel reports that as AccessDenied (office-js issue 6784).
   */
  protect(options?: Partial<ProtectionOptions>, password?: string): void {
    this.command(
      "protect",
      [options ?? null, password === undefined ? null : "***"],
      (sheet, at) => {
        protectSheet(sheet, options, password, at);
      },
    );
  }

  /** Unprotects the sheet; a no-op when it is not protected. */
  unprotect(password?: string): void {
    this.command("unprotect", [password === undefined ? null : "***"], (sheet, at) => {
      unprotectSheet(sheet, password, at);
    });
  }
}
