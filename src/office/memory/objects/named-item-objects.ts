import { itemNotFound } from "../errors";
import { booleanArgument, stringArgument } from "../model/arguments";
import type { NamedItemModel } from "../model/named-item-model";
import {
  addName,
  deleteName,
  evaluateName,
  findNameIn,
  nameRange,
  referenceFormula,
} from "../model/named-items";
import { resolveReference } from "../model/resolve";
import type { SheetModel } from "../model/sheet-model";
import type { WorkbookModel } from "../model/workbook-model";
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  fixedOrigin,
  type PropertyTable,
} from "./client-object";
import { RangeObject } from "./range-object";
import { WorksheetObject } from "./worksheet-objects";

/** The names of the workbook (`scope` null) or of one sheet. */
export interface NameScope {
  model: WorkbookModel;
  scope: SheetModel | null;
}

function namesIn(target: NameScope): NamedItemModel[] {
  return target.scope ? target.scope.names : target.model.names;
}

/** The Office.js `NamedItemCollection` (ExcelApi 1.4 for adding). */
export class NamedItemCollectionObject extends ClientCollection<
  NameScope,
  NamedItemModel,
  NamedItemObject
> {
  readonly officeClass = "NamedItemCollection";
  readonly propertyTable: PropertyTable<NameScope> = {};

  /**
   * Adds a name for a Range or a formula. A string without a leading "=" is stored as literal
   * text, as Excel does (office-js issue 2283).
   */
  add(name: string, reference: RangeObject | string, comment?: string): NamedItemObject {
    return this.item("add", [name, reference, comment ?? null], (target, at) => {
      const refersTo = reference instanceof RangeObject ? reference.origin.resolve() : reference;
      return addName(target.model, target.scope, name, refersTo, comment, at);
    });
  }

  /** A name (ignoring case); ItemNotFound at sync when missing. */
  getItem(name: string): NamedItemObject {
    return this.item("getItem", [name], (target, at) => {
      const found = findNameIn(namesIn(target), name);
      if (!found) throw itemNotFound(at, `There is no name "${name}".`);
      return found;
    });
  }

  /** A name, or a null object. */
  getItemOrNullObject(name: string): NamedItemObject {
    return this.item("getItemOrNullObject", [name], (target) => {
      return findNameIn(namesIn(target), name) ?? null;
    });
  }

  /** The number of names, after the sync. */
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(this.officeClass);
    this.command("getCount", [], (target) => {
      result.fill(namesIn(target).length);
    });
    return result;
  }

  protected itemTargets(target: NameScope): NamedItemModel[] {
    return namesIn(target);
  }

  protected makeItem(item: NamedItemModel, index: number): NamedItemObject {
    return new NamedItemObject(this.session, `${this.route}.items[${index}]`, fixedOrigin(item));
  }

  private item(
    member: string,
    args: readonly unknown[],
    compute: (target: NameScope, location: string) => NamedItemModel | null,
  ): NamedItemObject {
    return this.spawn(member, args, compute, (origin, route) => {
      return new NamedItemObject(this.session, route, origin);
    });
  }
}

const NAME_PROPERTIES: PropertyTable<NamedItemModel> = {
  name: { get: (item) => item.name },
  type: { get: (item, model) => evaluateName(model, item).type },
  value: { get: (item, model) => evaluateName(model, item).value },
  scope: { get: (item) => (item.scope ? "Worksheet" : "Workbook") },
  formula: {
    get: (item) => item.formula,
    set: (item, value, at) => {
      item.formula = referenceFormula(stringArgument(value, at), at);
    },
  },
  visible: {
    get: (item) => item.visible,
    set: (item, value, at) => {
      item.visible = booleanArgument(value, at);
    },
  },
  comment: {
    get: (item) => item.comment,
    set: (item, value, at) => {
      item.comment = stringArgument(value, at);
    },
  },
};

/** The Office.js `NamedItem`: a defined name. */
export class NamedItemObject extends ClientObject<NamedItemModel> {
  readonly officeClass = "NamedItem";
  readonly propertyTable = NAME_PROPERTIES;

  /** The range the name refers to; InvalidArgument when it refers to no range. */
  getRange(): RangeObject {
    return this.range("getRange", (item, at) => nameRange(this.model, item, at));
  }

  /** The range the name refers to, or a null object. */
  getRangeOrNullObject(): RangeObject {
    return this.range("getRangeOrNullObject", (item) => {
      return resolveReference(this.model, item.formula, item.scope);
    });
  }

  /** Deletes the name. */
  delete(): void {
    this.command("delete", [], (item) => {
      deleteName(this.model, item);
    });
  }

  /** The sheet a sheet-scoped name belongs to; ItemNotFound for a workbook name. */
  get worksheet(): WorksheetObject {
    return this.navigation(
      "worksheet",
      (item) => {
        if (!item.scope) throw itemNotFound("NamedItem.worksheet", "The name is workbook-wide.");
        return item.scope;
      },
      (origin, route) => new WorksheetObject(this.session, route, origin),
    );
  }

  private range(
    member: string,
    compute: (item: NamedItemModel, location: string) => ReturnType<typeof nameRange> | null,
  ): RangeObject {
    return this.spawn(member, [], compute, (origin, route) => {
      return new RangeObject(this.session, route, origin);
    });
  }
}
