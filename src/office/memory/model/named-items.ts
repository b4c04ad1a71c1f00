import { sheetReference } from "../../../core/util/a1";
import { invalidArgument, RichApiError } from "../errors";
import { stringArgument } from "./arguments";
import type { CellValue } from "./cell-value";
import { checkDefinedName, sameName } from "./name-rules";
import type { NamedItemModel } from "./named-item-model";
import type { RangeTarget } from "./range-ops";
import { resolveReference } from "./resolve";
import type { SheetModel } from "./sheet-model";
import type { WorkbookModel } from "./workbook-model";

/** What a defined name holds, as `Excel.NamedItemType` (without Array). */
export type NamedItemType = "Range" | "String" | "Integer" | "Double" | "Boolean" | "Error";

/**
 * Adds a defined name to the workbook (`scope` null) or to a sheet (NamedItemCollection.add).
 * A Range becomes `=Sheet!$A$1:$B$2`; a string starting with `=` is a formula; any other string
 * is stored as literal text, as Excel does (office-js issue 2283).
 */
export function addName(
  workbook: WorkbookModel,
  scope: SheetModel | null,
  name: unknown,
  reference: string | RangeTarget,
  comment: unknown,
  location: string,
): NamedItemModel {
  const checked = checkDefinedName(name, location);
  const inScope = scope ? scope.names : workbook.names;
  const taken =
    inScope.some((item) => sameName(item.name, checked)) ||
    workbook.tables.some((table) => sameName(table.name, checked));
  if (taken) {
    throw new RichApiError("ItemAlreadyExists", location, `The name "${checked}" is in use.`);
  }
  const item: NamedItemModel = {
    name: checked,
    formula: referenceFormula(reference, location),
    visible: true,
    comment: comment === undefined || comment === null ? "" : stringArgument(comment, location),
    scope,
    removed: false,
  };
  inScope.push(item);
  return item;
}

/** The formula a name stores for a reference given to `add` or set as `formula`. */
export function referenceFormula(reference: string | RangeTarget, location: string): string {
  if (typeof reference !== "string")
    return `=${sheetReference(reference.sheet.name, reference.rect)}`;
  if (reference.startsWith("=") && reference.length > 1) return reference;
  if (reference === "") throw invalidArgument(location, "A name needs a reference.");
  return `="${reference.replace(/"/g, '""')}"`;
}

/** Deletes a defined name. */
export function deleteName(workbook: WorkbookModel, item: NamedItemModel): void {
  item.removed = true;
  if (item.scope) item.scope.names = item.scope.names.filter((other) => other !== item);
  else workbook.names = workbook.names.filter((other) => other !== item);
}

/** A name's type and value (NamedItem.type and .value); a range's value is its address. */
export function evaluateName(
  workbook: WorkbookModel,
  item: NamedItemModel,
): { type: NamedItemType; value: CellValue } {
  const range = resolveReference(workbook, item.formula, item.scope);
  if (range) {
    return { type: "Range", value: sheetReference(range.sheet.name, range.rect) };
  }
  const literal = literalValue(item.formula.slice(1).trim());
  if (literal) return literal;
  if (!workbook.evaluate) return { type: "String", value: "" };
  const value = workbook.evaluate(item.formula, item.scope?.name ?? "", "");
  return { type: typeOfValue(value), value };
}

const ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/;

function literalValue(text: string): { type: NamedItemType; value: CellValue } | null {
  const quoted = /^"((?:[^"]|"")*)"$/.exec(text);
  if (quoted) return { type: "String", value: (quoted[1] ?? "").replace(/""/g, '"') };
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    return { type: "Double", value: Number(text) };
  }
  if (/^(TRUE|FALSE)$/i.test(text)) return { type: "Boolean", value: /^TRUE$/i.test(text) };
  const error = ERROR.exec(text);
  if (error) return { type: "Error", value: error[0] };
  return null;
}

function typeOfValue(value: CellValue): NamedItemType {
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return ERROR.test(value) ? "Error" : "String";
}

/** The range a name refers to (NamedItem.getRange), or InvalidArgument when it is no range. */
export function nameRange(workbook: WorkbookModel, item: NamedItemModel, location: string) {
  const range = resolveReference(workbook, item.formula, item.scope);
  if (!range) throw invalidArgument(location, `The name "${item.name}" does not refer to a range.`);
  return range;
}

/** A name in one scope, ignoring case. */
export function findNameIn(items: readonly NamedItemModel[], name: string) {
  return items.find((item) => sameName(item.name, name));
}
