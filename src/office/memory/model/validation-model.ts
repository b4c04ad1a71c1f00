import type { CellRect } from "../../../core/util/a1";

/** A basic or date/time criterion of `Excel.DataValidationRule`: operands and operator. */
export interface ValidationCriterion {
  formula1: string | number;
  formula2?: string | number;
  operator: string;
}

/** A stored validation rule: exactly one kind, as `Excel.DataValidationRule` allows. */
export type ValidationRule =
  | { list: { inCellDropDown: boolean; source: string } }
  | { custom: { formula: string } }
  | { wholeNumber: ValidationCriterion }
  | { decimal: ValidationCriterion }
  | { date: ValidationCriterion }
  | { time: ValidationCriterion }
  | { textLength: ValidationCriterion };

/** The error alert of a validation, all fields present. */
export interface ValidationErrorAlert {
  message: string;
  showAlert: boolean;
  style: "Stop" | "Warning" | "Information";
  title: string;
}

/** The input prompt of a validation, all fields present. */
export interface ValidationPrompt {
  message: string;
  showPrompt: boolean;
  title: string;
}

/** One data validation: the cells it covers and its settings. */
export interface ValidationModel {
  areas: CellRect[];
  rule: ValidationRule | null;
  errorAlert: ValidationErrorAlert;
  prompt: ValidationPrompt;
  ignoreBlanks: boolean;
}
