import type { CellRect } from "../../../core/util/a1";
import { invalidArgument } from "../errors";
import { booleanArgument, objectArgument, oneOf, stringArgument } from "./arguments";
import { guardChange } from "./protection";
import { cellCount, intersect, sameRect, subtract } from "./rects";
import type { SheetModel } from "./sheet-model";
import type {
  ValidationCriterion,
  ValidationErrorAlert,
  ValidationModel,
  ValidationPrompt,
  ValidationRule,
} from "./validation-model";

/** Excel's alert when only a rule was set (the DataValidation page: showAlert true). */
export const DEFAULT_ERROR_ALERT: ValidationErrorAlert = Object.freeze({
  message: "",
  showAlert: true,
  style: "Stop",
  title: "",
});
/** Excel's prompt when only a rule was set: none shown. */
export const DEFAULT_PROMPT: ValidationPrompt = Object.freeze({
  message: "",
  showPrompt: false,
  title: "",
});

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
] as const;
const CRITERION_KINDS = ["wholeNumber", "decimal", "date", "time", "textLength"] as const;
const RULE_KINDS = ["list", "custom", ...CRITERION_KINDS] as const;

/** The validations covering part of a range, and whether some cells have none. */
export interface ValidationCoverage {
  validations: ValidationModel[];
  uncovered: boolean;
}

/** Which validations cover the cells of a range; validations never overlap one another. */
export function coverage(sheet: SheetModel, rect: CellRect): ValidationCoverage {
  let covered = 0;
  const validations: ValidationModel[] = [];
  for (const validation of sheet.validations) {
    const shared = validation.areas.map((area) => intersect(area, rect));
    const cells = shared.reduce((sum, part) => sum + (part ? cellCount(part) : 0), 0);
    if (cells > 0) validations.push(validation);
    covered += cells;
  }
  return { validations, uncovered: covered < cellCount(rect) };
}

/** `DataValidation.type`: the rule's kind, None, Inconsistent or MixedCriteria (see the enum). */
export function validationType(sheet: SheetModel, rect: CellRect): string {
  const { validations, uncovered } = coverage(sheet, rect);
  const first = validations[0];
  if (!first) return "None";
  if (validations.length === 1 && !uncovered) return first.rule ? ruleKind(first.rule) : "None";
  return uncovered ? "MixedCriteria" : "Inconsistent";
}

/** The single validation of a range, or null when it has none or several. */
export function uniformValidation(sheet: SheetModel, rect: CellRect): ValidationModel | null {
  const { validations, uncovered } = coverage(sheet, rect);
  return validations.length === 1 && !uncovered ? (validations[0] ?? null) : null;
}

/** The capitalised kind of a rule, as `DataValidationType` names it. */
export function ruleKind(rule: ValidationRule): string {
  const key = Object.keys(rule)[0] ?? "";
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/**
 * Sets the rule of a range's validation. Microsoft's DataValidation sample clears validation
 * before setting a rule, and Excel refuses a rule over cells whose validation differs (office-js
 * issue 2594), so a range that already has a rule, or mixed validation, is InvalidArgument.
 */
export function setValidationRule(
  sheet: SheetModel,
  rect: CellRect,
  input: unknown,
  location: string,
): void {
  guardChange(sheet, "validation", location);
  const rule = parseRule(input, location);
  const { validations, uncovered } = coverage(sheet, rect);
  if (validations.some((validation) => validation.rule !== null)) {
    throw invalidArgument(location, "The range already has a rule; call dataValidation.clear().");
  }
  if (validations.length > 1 || (validations.length === 1 && uncovered)) {
    throw invalidArgument(location, "The cells of the range have different data validation.");
  }
  const target = isolate(sheet, rect, validations[0]);
  target.rule = rule;
}

// Gives the range its own validation object: a part split off the one covering it, or a new one.
function isolate(sheet: SheetModel, rect: CellRect, from: ValidationModel | undefined) {
  const only = from?.areas.length === 1 ? from.areas[0] : undefined;
  if (from && only && sameRect(only, rect)) return from;
  const part: ValidationModel = from ? { ...from, areas: [rect] } : newValidation([rect]);
  if (from) from.areas = from.areas.flatMap((area) => subtract(area, rect));
  sheet.validations = [...sheet.validations.filter((item) => item.areas.length > 0), part];
  return part;
}

function newValidation(areas: CellRect[]): ValidationModel {
  return {
    areas,
    rule: null,
    errorAlert: DEFAULT_ERROR_ALERT,
    prompt: DEFAULT_PROMPT,
    ignoreBlanks: true,
  };
}

/** Changes the alert, prompt or ignoreBlanks of every validation in a range (or adds one). */
export function setValidationSetting(
  sheet: SheetModel,
  rect: CellRect,
  change: (validation: ValidationModel) => void,
  location: string,
): void {
  guardChange(sheet, "validation", location);
  const { validations, uncovered } = coverage(sheet, rect);
  for (const validation of validations) {
    const inside = validation.areas.flatMap((area) => intersect(area, rect) ?? []);
    const outside = validation.areas.flatMap((area) => subtract(area, rect));
    if (outside.length === 0) {
      change(validation);
      continue;
    }
    validation.areas = outside;
    const part = { ...validation, areas: inside };
    change(part);
    sheet.validations.push(part);
  }
  if (uncovered) {
    let free = [rect];
    for (const validation of sheet.validations) {
      for (const area of validation.areas) free = free.flatMap((part) => subtract(part, area));
    }
    const added = newValidation(free);
    change(added);
    sheet.validations.push(added);
  }
}

/** Removes validation from the cells of a range; other cells keep theirs (DataValidation.clear). */
export function clearValidation(sheet: SheetModel, rect: CellRect, location: string): void {
  guardChange(sheet, "validation", location);
  for (const validation of sheet.validations) {
    validation.areas = validation.areas.flatMap((area) => subtract(area, rect));
  }
  sheet.validations = sheet.validations.filter((validation) => validation.areas.length > 0);
}

/** An error alert merged over the current one, checked as `DataValidationErrorAlert`. */
export function parseErrorAlert(
  input: unknown,
  current: ValidationErrorAlert,
  location: string,
): ValidationErrorAlert {
  const fields = objectArgument(input, location);
  const alert = { ...current };
  if (fields.message !== undefined) alert.message = stringArgument(fields.message, location);
  if (fields.title !== undefined) alert.title = stringArgument(fields.title, location);
  if (fields.showAlert !== undefined) alert.showAlert = booleanArgument(fields.showAlert, location);
  if (fields.style !== undefined) {
    alert.style = oneOf(["Stop", "Warning", "Information"], fields.style, location);
  }
  return alert;
}

/** A prompt merged over the current one, checked as `DataValidationPrompt`. */
export function parsePrompt(
  input: unknown,
  current: ValidationPrompt,
  location: string,
): ValidationPrompt {
  const fields = objectArgument(input, location);
  const prompt = { ...current };
  if (fields.message !== undefined) prompt.message = stringArgument(fields.message, location);
  if (fields.title !== undefined) prompt.title = stringArgument(fields.title, location);
  if (fields.showPrompt !== undefined) {
    prompt.showPrompt = booleanArgument(fields.showPrompt, location);
  }
  return prompt;
}

/** A `DataValidationRule` checked: exactly one kind, with the fields that kind needs. */
export function parseRule(input: unknown, location: string): ValidationRule {
  const fields = objectArgument(input, location);
  const kinds = RULE_KINDS.filter((kind) => fields[kind] !== undefined && fields[kind] !== null);
  const [kind] = kinds;
  if (kind === undefined || kinds.length > 1) {
    throw invalidArgument(location, "A data validation rule has exactly one kind.");
  }
  const body = objectArgument(fields[kind], `${location}.${kind}`);
  if (kind === "list") return { list: parseList(body, location) };
  if (kind === "custom") {
    const formula = stringArgument(body.formula, `${location}.custom.formula`);
    if (formula.trim() === "") throw invalidArgument(location, "A custom rule needs a formula.");
    return { custom: { formula } };
  }
  return { [kind]: parseCriterion(body, `${location}.${kind}`) } as ValidationRule;
}

function parseList(body: Record<string, unknown>, location: string) {
  const source = stringArgument(body.source, `${location}.list.source`);
  if (source.trim() === "" || source.trim() === "=") {
    throw invalidArgument(location, "A list rule needs a source.");
  }
  const dropDown = body.inCellDropDown;
  const inCellDropDown = dropDown === undefined ? true : booleanArgument(dropDown, location);
  return { inCellDropDown, source };
}

function parseCriterion(body: Record<string, unknown>, location: string): ValidationCriterion {
  const operator = oneOf(OPERATORS, body.operator, `${location}.operator`);
  const criterion: ValidationCriterion = { formula1: operand(body.formula1, location), operator };
  const needsTwo = operator === "Between" || operator === "NotBetween";
  if (needsTwo) criterion.formula2 = operand(body.formula2, `${location}.formula2`);
  return criterion;
}

function operand(value: unknown, location: string): string | number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "") return value;
  throw invalidArgument(location, "A criterion needs a number or a formula.");
}
