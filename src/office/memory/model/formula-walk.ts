import type { ConditionalFormatKind } from "./conditional-format-model";
import type { SheetModel } from "./sheet-model";
import type { ValidationCriterion, ValidationModel, ValidationRule } from "./validation-model";
import type { WorkbookModel } from "./workbook-model";

/** Rewrites one formula; `host` is the sheet its unqualified references point at. */
export type FormulaChange = (formula: string, host: SheetModel | null) => string;

/**
 * Passes every formula in the workbook through `change`: cell formulas, defined names,
 * validation rules and list sources, conditional-format rules and chart sources. Excel keeps
 * all of these pointing at the same cells when sheets are renamed or deleted and rows move.
 */
export function rewriteFormulas(workbook: WorkbookModel, change: FormulaChange): void {
  for (const name of workbook.names) name.formula = change(name.formula, null);
  for (const sheet of workbook.sheets) rewriteSheet(sheet, change);
}

function rewriteSheet(sheet: SheetModel, change: FormulaChange): void {
  for (const [key, cell] of sheet.cells) {
    if (cell.formula === null) continue;
    const formula = change(cell.formula, sheet);
    if (formula !== cell.formula) sheet.cells.set(key, { ...cell, formula });
  }
  for (const name of sheet.names) name.formula = change(name.formula, sheet);
  for (const validation of sheet.validations) rewriteValidation(validation, sheet, change);
  for (const format of sheet.conditionalFormats) {
    format.kind = rewriteConditionalFormat(format.kind, sheet, change);
  }
  for (const chart of sheet.charts) chart.source = change(chart.source, sheet);
}

function rewriteValidation(validation: ValidationModel, sheet: SheetModel, change: FormulaChange) {
  const rule = validation.rule;
  if (rule) validation.rule = rewriteRule(rule, (text) => ifFormula(text, sheet, change));
}

function rewriteRule(rule: ValidationRule, change: (text: string) => string): ValidationRule {
  if ("list" in rule) return { list: { ...rule.list, source: change(rule.list.source) } };
  if ("custom" in rule) return { custom: { formula: change(rule.custom.formula) } };
  if ("wholeNumber" in rule) return { wholeNumber: rewriteCriterion(rule.wholeNumber, change) };
  if ("decimal" in rule) return { decimal: rewriteCriterion(rule.decimal, change) };
  if ("date" in rule) return { date: rewriteCriterion(rule.date, change) };
  if ("time" in rule) return { time: rewriteCriterion(rule.time, change) };
  return { textLength: rewriteCriterion(rule.textLength, change) };
}

function rewriteCriterion(
  criterion: ValidationCriterion,
  change: (text: string) => string,
): ValidationCriterion {
  const result: ValidationCriterion = { ...criterion, formula1: operand(criterion.formula1) };
  if (criterion.formula2 !== undefined) result.formula2 = operand(criterion.formula2);
  return result;

  function operand(value: string | number): string | number {
    return typeof value === "string" ? change(value) : value;
  }
}

function rewriteConditionalFormat(
  kind: ConditionalFormatKind,
  sheet: SheetModel,
  change: FormulaChange,
): ConditionalFormatKind {
  const rewrite = (text: string) => ifFormula(text, sheet, change);
  if (kind.type === "Custom") {
    return { ...kind, formula: kind.formula === null ? null : rewrite(kind.formula) };
  }
  if (kind.type === "IconSet") {
    const criteria = kind.criteria.map((item) => ({ ...item, formula: rewrite(item.formula) }));
    return { ...kind, criteria };
  }
  if (!kind.rule) return kind;
  const rule = { ...kind.rule, formula1: rewrite(kind.rule.formula1) };
  if (kind.rule.formula2 !== undefined) rule.formula2 = rewrite(kind.rule.formula2);
  return { ...kind, rule };
}

// Literal operands ("Sue, Ricky, Liz", "2024-01-01", "10") can look like references; only
// text that starts with "=" is a formula.
function ifFormula(text: string, sheet: SheetModel, change: FormulaChange): string {
  return text.startsWith("=") ? change(text, sheet) : text;
}
