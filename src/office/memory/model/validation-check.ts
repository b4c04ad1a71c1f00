import { cellAddress } from "../../../core/util/a1";
import type { CellContent, CellValue } from "./cell-value";
import { isoDateSerial } from "./cell-value";
import { overlaps } from "./rects";
import { resolveReference } from "./resolve";
import type { SheetModel } from "./sheet-model";
import type { ValidationCriterion, ValidationRule } from "./validation-model";
import type { WorkbookModel } from "./workbook-model";

// The message Excel shows when a Stop alert has no message of its own.
const EXCEL_MESSAGE =
  "This value doesn't match the data validation restrictions defined for this cell.";

/**
 * The message Excel's Stop alert shows when a person types `content` into a validated cell, or
 * null when Excel accepts it; call it with the value already in the cell, as custom rules read
 * it there. Warning and Information alerts let the person go on, so they accept. Formulas, time
 * rules, operands that are formulas and custom rules without an evaluator are not checked.
 */
export function validationRefusal(
  workbook: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  content: CellContent,
): string | null {
  const cell = { row, column, rowCount: 1, columnCount: 1 };
  const validation = sheet.validations.find((item) => item.areas.some((a) => overlaps(a, cell)));
  if (!validation?.rule || content.formula !== null) return null;
  const { errorAlert } = validation;
  if (!errorAlert.showAlert || errorAlert.style !== "Stop") return null;
  const value = content.value;
  if (value === null || value === "") return validation.ignoreBlanks ? null : refusal();
  const valid = satisfies(workbook, sheet, validation.rule, value, { row, column });
  return valid ? null : refusal();

  function refusal(): string {
    return errorAlert.message || EXCEL_MESSAGE;
  }
}

interface Position {
  row: number;
  column: number;
}

function satisfies(
  workbook: WorkbookModel,
  sheet: SheetModel,
  rule: ValidationRule,
  value: CellValue,
  at: Position,
): boolean {
  if ("list" in rule) return listAllows(workbook, sheet, rule.list.source, value);
  if ("custom" in rule) return customAllows(workbook, sheet, rule.custom.formula, at);
  if ("wholeNumber" in rule) {
    return typeof value === "number" && Number.isInteger(value) && meets(rule.wholeNumber, value);
  }
  if ("decimal" in rule) return typeof value === "number" && meets(rule.decimal, value);
  if ("textLength" in rule) return meets(rule.textLength, String(value).length);
  if ("date" in rule) return typeof value === "number" && meets(rule.date, value);
  return true;
}

function listAllows(workbook: WorkbookModel, sheet: SheetModel, source: string, value: CellValue) {
  const wanted = String(value).toLowerCase();
  if (!source.startsWith("=")) {
    return source.split(",").some((item) => item.trim().toLowerCase() === wanted);
  }
  const range = resolveReference(workbook, source, sheet);
  if (!range) return true;
  for (let row = range.rect.row; row < range.rect.row + range.rect.rowCount; row++) {
    for (
      let column = range.rect.column;
      column < range.rect.column + range.rect.columnCount;
      column++
    ) {
      const item = workbook.valueAt(range.sheet, row, column);
      if (item !== null && String(item).toLowerCase() === wanted) return true;
    }
  }
  return false;
}

// Excel evaluates the rule with the typed value in place, so callers check after writing.
function customAllows(
  workbook: WorkbookModel,
  sheet: SheetModel,
  formula: string,
  at: Position,
): boolean {
  if (!workbook.evaluate) return true;
  return workbook.evaluate(formula, sheet.name, cellAddress(at.row, at.column)) === true;
}

// Operands that are formulas cannot be computed here; such rules accept.
function meets(criterion: ValidationCriterion, value: number): boolean {
  const first = operand(criterion.formula1);
  const second = criterion.formula2 === undefined ? null : operand(criterion.formula2);
  if (first === null) return true;
  switch (criterion.operator) {
    case "Between":
      return second === null || (value >= first && value <= second);
    case "NotBetween":
      return second === null || value < first || value > second;
    case "EqualTo":
      return value === first;
    case "NotEqualTo":
      return value !== first;
    case "GreaterThan":
      return value > first;
    case "LessThan":
      return value < first;
    case "GreaterThanOrEqualTo":
      return value >= first;
    default:
      return value <= first;
  }
}

function operand(value: string | number): number | null {
  if (typeof value === "number") return value;
  const text = value.startsWith("=") ? value.slice(1).trim() : value.trim();
  const serial = isoDateSerial(text);
  if (serial !== null) return serial;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : null;
}
