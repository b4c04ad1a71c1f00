import { parseAddress, type CellRect } from "../../../core/util/a1";
import { invalidArgument, itemNotFound, notImplemented } from "../errors";
import { booleanArgument, stringArgument } from "../model/arguments";
import { guardChange } from "../model/protection";
import type { RangeTarget } from "../model/range-ops";
import type { SheetModel } from "../model/sheet-model";
import type { TableModel } from "../model/table-model";
import {
  addTable,
  bodyRect,
  convertTableToRange,
  deleteTable,
  findTable,
  headerRect,
  renameTable,
} from "../model/tables";
import type { WorkbookModel } from "../model/workbook-model";
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  fixedOrigin,
  type PropertySpec,
  type PropertyTable,
} from "./client-object";
import { RangeObject } from "./range-object";
import { TableColumnCollectionObject, TableRowCollectionObject } from "./table-part-objects";
import { WorksheetObject } from "./worksheet-objects";

/** The tables of the workbook (`sheet` null) or of one sheet. */
export interface TableScope {
  model: WorkbookModel;
  sheet: SheetModel | null;
}

function tablesIn(scope: TableScope): TableModel[] {
  return scope.sheet ? scope.model.tablesOn(scope.sheet) : scope.model.tables;
}

const COLLECTION_PROPERTIES: PropertyTable<TableScope> = {
  count: { get: (scope) => tablesIn(scope).length },
};

/** The Office.js `TableCollection` of the workbook or of a worksheet. */
export class TableCollectionObject extends ClientCollection<TableScope, TableModel, TableObject> {
  readonly officeClass = "TableCollection";
  readonly propertyTable = COLLECTION_PROPERTIES;

  /** Creates a table with headers over an address (with its sheet, on the workbook) or Range. */
  add(address: RangeObject | string, hasHeaders: boolean): TableObject {
    return this.table("add", [address, hasHeaders], (scope, at) => {
      const target = tableSource(scope, address, at);
      return addTable(scope.model, target.sheet, target.rect, hasHeaders, at);
    });
  }

  /** A table by name (ignoring case) or id; ItemNotFound at sync when missing. */
  getItem(key: string): TableObject {
    return this.table("getItem", [key], (scope, at) => {
      const table = findIn(scope, key);
      if (!table) throw itemNotFound(at, `There is no table "${key}".`);
      return table;
    });
  }

  /** A table by name or id, or a null object. */
  getItemOrNullObject(key: string): TableObject {
    return this.table("getItemOrNullObject", [key], (scope) => findIn(scope, key) ?? null);
  }

  /** A table by position. */
  getItemAt(index: number): TableObject {
    return this.table("getItemAt", [index], (scope, at) => {
      const table = tablesIn(scope)[index];
      if (!table) throw itemNotFound(at, `There is no table ${index}.`);
      return table;
    });
  }

  /** The number of tables, after the sync. */
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(this.officeClass);
    this.command("getCount", [], (scope) => {
      result.fill(tablesIn(scope).length);
    });
    return result;
  }

  protected itemTargets(scope: TableScope): TableModel[] {
    return tablesIn(scope);
  }

  protected makeItem(table: TableModel, index: number): TableObject {
    return new TableObject(this.session, `${this.route}.items[${index}]`, fixedOrigin(table));
  }

  private table(
    member: string,
    args: readonly unknown[],
    compute: (scope: TableScope, location: string) => TableModel | null,
  ): TableObject {
    return this.spawn(member, args, compute, (origin, route) => {
      return new TableObject(this.session, route, origin);
    });
  }
}

function findIn(scope: TableScope, key: string): TableModel | undefined {
  const table = findTable(scope.model, key);
  return table && (!scope.sheet || table.sheet === scope.sheet) ? table : undefined;
}

function tableSource(scope: TableScope, address: RangeObject | string, at: string): RangeTarget {
  if (typeof address !== "string") {
    const target = address.origin.resolve();
    if (scope.sheet && target.sheet !== scope.sheet) {
      throw invalidArgument(at, "The range is on another worksheet.");
    }
    return target;
  }
  const parsed = parseAddress(address);
  if (!parsed) throw invalidArgument(at, `"${address}" is not a range address.`);
  const sheet = parsed.sheet === null ? scope.sheet : scope.model.findSheet(parsed.sheet);
  if (!sheet || (scope.sheet && sheet !== scope.sheet)) {
    throw invalidArgument(at, `"${address}" does not name a worksheet of this collection.`);
  }
  return { sheet, rect: parsed };
}

function flag(
  pick: (table: TableModel) => boolean,
  apply: (table: TableModel, value: boolean) => void,
): PropertySpec<TableModel> {
  return {
    get: pick,
    set: (table, value, at) => {
      guardChange(table.sheet, "editTable", at);
      apply(table, booleanArgument(value, at));
    },
  };
}

const TABLE_PROPERTIES: PropertyTable<TableModel> = {
  id: { get: (table) => table.id },
  name: {
    get: (table) => table.name,
    set: (table, value, at, model) => {
      renameTable(model, table, value, at);
    },
  },
  style: {
    get: (table) => table.style,
    set: (table, value, at) => {
      guardChange(table.sheet, "editTable", at);
      table.style = stringArgument(value, at);
    },
  },
  // Tables without a header row or with a totals row change every range; not modelled.
  showHeaders: fixedFlag(true),
  showTotals: fixedFlag(false),
  showBandedRows: flag(
    (table) => table.showBandedRows,
    (table, value) => (table.showBandedRows = value),
  ),
  showBandedColumns: flag(
    (table) => table.showBandedColumns,
    (table, value) => (table.showBandedColumns = value),
  ),
  showFilterButton: flag(
    (table) => table.showFilterButton,
    (table, value) => (table.showFilterButton = value),
  ),
  highlightFirstColumn: flag(
    (table) => table.highlightFirstColumn,
    (table, value) => (table.highlightFirstColumn = value),
  ),
  highlightLastColumn: flag(
    (table) => table.highlightLastColumn,
    (table, value) => (table.highlightLastColumn = value),
  ),
};

function fixedFlag(value: boolean): PropertySpec<TableModel> {
  return {
    get: () => value,
    set: (_table, wanted, at) => {
      if (wanted !== value) {
        throw notImplemented(at, `The in-memory workbook only supports ${at} = ${value}.`);
      }
    },
  };
}

/** The Office.js `Table`. */
export class TableObject extends ClientObject<TableModel> {
  readonly officeClass = "Table";
  readonly propertyTable = TABLE_PROPERTIES;

  /** Header row and data rows. */
  getRange(): RangeObject {
    return this.range("getRange", (table) => table.rect);
  }

  /** The header row. */
  getHeaderRowRange(): RangeObject {
    return this.range("getHeaderRowRange", headerRect);
  }

  /** The data rows. */
  getDataBodyRange(): RangeObject {
    return this.range("getDataBodyRange", bodyRect);
  }

  /** Deletes the table and the content of its cells. */
  delete(): void {
    this.command("delete", [], (table, at) => {
      deleteTable(this.model, table, at);
    });
  }

  /** Turns the table into a plain range, keeping its cells. */
  convertToRange(): RangeObject {
    return this.spawn(
      "convertToRange",
      [],
      (table, at): RangeTarget => {
        convertTableToRange(this.model, table, at);
        return { sheet: table.sheet, rect: table.rect };
      },
      (origin, route) => new RangeObject(this.session, route, origin),
    );
  }

  /** The worksheet of the table. */
  get worksheet(): WorksheetObject {
    return this.navigation(
      "worksheet",
      (table) => table.sheet,
      (origin, route) => new WorksheetObject(this.session, route, origin),
    );
  }

  /** The columns. */
  get columns(): TableColumnCollectionObject {
    return this.navigation(
      "columns",
      (table) => table,
      (origin, route) => {
        return new TableColumnCollectionObject(this.session, route, origin);
      },
    );
  }

  /** The data rows. */
  get rows(): TableRowCollectionObject {
    return this.navigation(
      "rows",
      (table) => table,
      (origin, route) => {
        return new TableRowCollectionObject(this.session, route, origin);
      },
    );
  }

  private range(member: string, rect: (table: TableModel) => CellRect): RangeObject {
    return this.spawn(
      member,
      [],
      (table): RangeTarget => ({ sheet: table.sheet, rect: rect(table) }),
      (origin, route) => new RangeObject(this.session, route, origin),
    );
  }
}
