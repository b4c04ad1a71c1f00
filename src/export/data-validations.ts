import { isoToSerial } from "../core/util/excel-dates";
import type {
  CriterionSnapshot,
  ValidationRuleSnapshot,
  ValidationSnapshot,
} from "../office/memory/snapshot";
import { attributes, escapeXml } from "./xml";

/**
 * The `dataValidations` element of a sheet, or "" when it has none. It is written here rather
 * than by exceljs, whose writer cannot give one rule several areas, never writes
 * `showDropDown`, and reads every date operand through `new Date`, which turns a serial
 * number or a formula into a wrong date.
 */
export function dataValidationsXml(validations: readonly ValidationSnapshot[]): string {
  if (validations.length === 0) return "";
  const items = validations.map(dataValidationXml).join("");
  return `<dataValidations count="${validations.length}">${items}</dataValidations>`;
}

/** `Excel.DataValidationOperator` values and the `operator` attribute of SpreadsheetML. */
const OPERATORS: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

/** `Excel.DataValidationAlertStyle` values and the `errorStyle` attribute. */
const ALERT_STYLES: Record<string, string> = {
  Stop: "stop",
  Warning: "warning",
  Information: "information",
};

function dataValidationXml(validation: ValidationSnapshot): string {
  const rule = ruleParts(validation.rule);
  const { errorAlert, prompt } = validation;
  const attributeText = attributes({
    type: rule.type,
    errorStyle: ALERT_STYLES[errorAlert.style] ?? "stop",
    operator: rule.operator,
    allowBlank: flag(validation.ignoreBlanks),
    // SpreadsheetML's showDropDown="1" hides the in-cell arrow: the opposite of its name.
    showDropDown: rule.hideDropDown ? "1" : undefined,
    showInputMessage: flag(prompt.showPrompt),
    showErrorMessage: flag(errorAlert.showAlert),
    errorTitle: errorAlert.title || undefined,
    error: errorAlert.message || undefined,
    promptTitle: prompt.title || undefined,
    prompt: prompt.message || undefined,
    sqref: validation.address.replace(/,/g, " "),
  });
  const formulas = rule.formulas.map(
    (formula, index) => `<formula${index + 1}>${escapeXml(formula)}</formula${index + 1}>`,
  );
  return `<dataValidation${attributeText}>${formulas.join("")}</dataValidation>`;
}

function flag(value: boolean): string | undefined {
  return value ? "1" : undefined;
}

interface RuleParts {
  type: string | undefined;
  operator: string | undefined;
  formulas: string[];
  hideDropDown: boolean;
}

function ruleParts(rule: ValidationRuleSnapshot | Record<string, never>): RuleParts {
  const none = { operator: undefined, formulas: [], hideDropDown: false };
  if ("list" in rule) {
    const { source, inCellDropDown } = rule.list;
    return { ...none, type: "list", formulas: [listSource(source)], hideDropDown: !inCellDropDown };
  }
  if ("custom" in rule)
    return { ...none, type: "custom", formulas: [operand(rule.custom.formula)] };
  if ("wholeNumber" in rule) return criterionParts("whole", rule.wholeNumber);
  if ("decimal" in rule) return criterionParts("decimal", rule.decimal);
  if ("date" in rule) return criterionParts("date", rule.date);
  if ("time" in rule) return criterionParts("time", rule.time);
  if ("textLength" in rule) return criterionParts("textLength", rule.textLength);
  // Only an alert or a prompt was set: SpreadsheetML's default type "none" allows any value.
  return { ...none, type: undefined };
}

function criterionParts(type: string, criterion: CriterionSnapshot): RuleParts {
  const formulas = [criterion.formula1, criterion.formula2]
    .filter((value): value is string | number => value !== undefined)
    .map((value) => operand(value, type));
  return { type, operator: OPERATORS[criterion.operator], formulas, hideDropDown: false };
}

/** A list source: a reference or formula after "=", else a comma-separated list of items. */
function listSource(source: string): string {
  if (source.startsWith("=")) return source.slice(1);
  return `"${source.replace(/"/g, '""')}"`;
}

/**
 * An operand as SpreadsheetML stores it: a formula without its "=", a number as written, and
 * for date and time rules the ISO date or time Office.js accepts as a serial number.
 */
function operand(value: string | number, type = ""): string {
  if (typeof value === "number") return String(value);
  if (value.startsWith("=")) return value.slice(1);
  if (type === "date") return String(isoToSerial(value) ?? value);
  if (type === "time") return timeFraction(value) ?? value;
  return value;
}

function timeFraction(text: string): string | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) return null;
  const [, hours = "0", minutes = "0", seconds = "0"] = match;
  return String((Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) / 86_400);
}
