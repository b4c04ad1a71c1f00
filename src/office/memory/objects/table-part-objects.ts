import { itemNotFound } from "../errors";
import { stringArgument } from "../model/arguments";
import { guardCellEdit } from "../model/protection";
import { afterContentChange, readValues, writeRange, type RangeTarget } from "../model/range-ops";
import type { TableModel } from "../model/table-model";
import { addTableRows, dataRowAt, deleteTableRow } from "../model/table-rows";
import { columnRect, tableRowsRect } from "../model/tables";
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  fixedOrigin,
  type Origin,
  type PropertyTable,
} from "./client-object";
import { RangeObject } from "./range-object";

/** A table column by its stable id. */
export interface ColumnTarget {
  table: TableModel;
  id: number;
}

function columnIndex(target: ColumnTarget, location: string): number {
  const index = target.table.columns.findIndex((column) => column.id === target.id);
  if (index < 0) throw itemNotFound(location, "The table column was deleted.");
  return index;
}

const COLUMNS_PROPERTIES: PropertyTable<TableModel> = {
  count: { get: (table) => table.columns.length },
};

/** The Office.js `TableColumnCollection`. */
export class TableColumnCollectionObject extends ClientCollection<
  TableModel,
  ColumnTarget,
  TableColumnObject
> {
  readonly officeClass = "TableColumnCollection";
  readonly propertyTable = COLUMNS_PROPERTIES;

  /** A column by name (ignoring case) or id; ItemNotFound at sync when missing. */
  getItem(key: number | string): TableColumnObject {
    return this.column("getItem", [key], (table, at) => {
      const found = findColumn(table, key);
      if (!found) throw itemNotFound(at, `The table has no column "${String(key)}".`);
      return found;
    });
  }

  /** A column by name or id, or a null object. */
  getItemOrNullObject(key: number | string): TableColumnObject {
    return this.column("getItemOrNullObject", [key], (table) => findColumn(table, key));
  }

  /** A column by position. */
  getItemAt(index: number): TableColumnObject {
    return this.column("getItemAt", [index], (table, at) => {
      const column = table.columns[index];
      if (!column) throw itemNotFound(at, `The table has no column ${index}.`);
      return { table, id: column.id };
    });
  }

  /** The number of columns, after the sync. */
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(this.officeClass);
    this.command("getCount", [], (table) => {
      result.fill(table.columns.length);
    });
    return result;
  }

  protected itemTargets(table: TableModel): ColumnTarget[] {
    return table.columns.map((column) => ({ table, id: column.id }));
  }

  protected makeItem(target: ColumnTarget, index: number): TableColumnObject {
    return new TableColumnObject(
      this.session,
      `${this.route}.items[${index}]`,
      fixedOrigin(target),
    );
  }

  private column(
    member: string,
    args: readonly unknown[],
    compute: (table: TableModel, location: string) => ColumnTarget | null,
  ): TableColumnObject {
    return this.spawn(member, args, compute, (origin, route) => {
      return new TableColumnObject(this.session, route, origin);
    });
  }
}

function findColumn(table: TableModel, key: number | string): ColumnTarget | null {
  const lower = String(key).toLowerCase();
  const column = table.columns.find(
    (item) => (typeof key === "number" && item.id === key) || item.name.toLowerCase() === lower,
  );
  return column ? { table, id: column.id } : null;
}

function columnTarget(target: ColumnTarget, part: "all" | "header" | "body", at: string) {
  const rect = columnRect(target.table, columnIndex(target, at), part);
  return { sheet: target.table.sheet, rect };
}

const COLUMN_PROPERTIES: PropertyTable<ColumnTarget> = {
  id: { get: (target) => target.id },
  index: { get: (target) => columnIndex(target, "TableColumn.index") },
  name: {
    get: (target) => target.table.columns[columnIndex(target, "TableColumn.name")]?.name,
    set: (target, value, at, model) => {
      const header = columnTarget(target, "header", at);
      guardCellEdit(header.sheet, header.rect, at);
      const { row, column } = header.rect;
      header.sheet.setContent(row, column, {
        value: stringArgument(value, at),
        formula: null,
        quotePrefix: false,
      });
      afterContentChange(model, header);
    },
  },
  values: {
    get: (target, model) =>
      readValues(model, columnTarget(target, "all", "TableColumn.values"), ""),
    set: (target, value, at, model) => {
      writeRange(model, columnTarget(target, "all", at), value, at);
    },
  },
};

/** The Office.js `TableColumn`. */
export class TableColumnObject extends ClientObject<ColumnTarget> {
  readonly officeClass = "TableColumn";
  readonly propertyTable = COLUMN_PROPERTIES;

  /** Header and data cells of the column. */
  getRange(): RangeObject {
    return this.range("getRange", "all");
  }

  /** The header cell. */
  getHeaderRowRange(): RangeObject {
    return this.range("getHeaderRowRange", "header");
  }

  /** The data cells. */
  getDataBodyRange(): RangeObject {
    return this.range("getDataBodyRange", "body");
  }

  private range(member: string, part: "all" | "header" | "body"): RangeObject {
    return this.spawn(
      member,
      [],
      (target, at) => columnTarget(target, part, at),
      (origin, route) => new RangeObject(this.session, route, origin),
    );
  }
}

/** A table data row by its position. */
export interface RowTarget {
  table: TableModel;
  index: number;
}

const ROWS_PROPERTIES: PropertyTable<TableModel> = {
  count: { get: (table) => table.rect.rowCount - 1 },
};

/** The Office.js `TableRowCollection`: the data rows. */
export class TableRowCollectionObject extends ClientCollection<
  TableModel,
  RowTarget,
  TableRowObject
> {
  readonly officeClass = "TableRowCollection";
  readonly propertyTable = ROWS_PROPERTIES;

  /**
   * Inserts rows at a data-row index (the end when omitted), moving the cells below within the
   * table's columns, and writes `values` into them.
   */
  add(index?: number | null, values?: unknown[][]): TableRowObject {
    return this.spawn(
      "add",
      [index ?? null, values ?? null],
      (table, at) => {
        const added = addTableRows(this.model, table, index, values, at);
        return { table, index: added.row - table.rect.row - 1 };
      },
      (origin, route) => new TableRowObject(this.session, route, origin),
    );
  }

  /** A data row by position. */
  getItemAt(index: number): TableRowObject {
    return this.spawn(
      "getItemAt",
      [index],
      (table, at) => {
        dataRowAt(table, index, at);
        return { table, index };
      },
      (origin, route) => new TableRowObject(this.session, route, origin),
    );
  }

  /** The number of data rows, after the sync. */
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(this.officeClass);
    this.command("getCount", [], (table) => {
      result.fill(table.rect.rowCount - 1);
    });
    return result;
  }

  protected itemTargets(table: TableModel): RowTarget[] {
    return Array.from({ length: table.rect.rowCount - 1 }, (_, index) => ({ table, index }));
  }

  protected makeItem(target: RowTarget, index: number): TableRowObject {
    return new TableRowObject(this.session, `${this.route}.items[${index}]`, fixedOrigin(target));
  }
}

function rowTarget(target: RowTarget, location: string): RangeTarget {
  const row = dataRowAt(target.table, target.index, location);
  return { sheet: target.table.sheet, rect: tableRowsRect(target.table, row, 1) };
}

const ROW_PROPERTIES: PropertyTable<RowTarget> = {
  index: { get: (target) => target.index },
  values: {
    get: (target, model) => readValues(model, rowTarget(target, "TableRow.values"), ""),
    set: (target, value, at, model) => {
      writeRange(model, rowTarget(target, at), value, at);
    },
  },
};

/** The Office.js `TableRow`: one data row. */
export class TableRowObject extends ClientObject<RowTarget> {
  readonly officeClass = "TableRow";
  readonly propertyTable = ROW_PROPERTIES;

  /** The row's cells. */
  getRange(): RangeObject {
    return this.spawn(
      "getRange",
      [],
      (target, at) => rowTarget(target, at),
      (origin: Origin<RangeTarget>, route) => new RangeObject(this.session, route, origin),
    );
  }

  /** Deletes the row, moving the table's rows below it up. */
  delete(): void {
    this.command("delete", [], (target, at) => {
      deleteTableRow(this.model, target.table, target.index, at);
    });
  }
}
