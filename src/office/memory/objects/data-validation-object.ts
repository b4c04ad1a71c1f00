import { booleanArgument, objectArgument } from "../model/arguments";
import type { RangeTarget } from "../model/range-ops";
import { sheetReference } from "../../../core/util/a1";
import {
  clearValidation,
  DEFAULT_ERROR_ALERT,
  DEFAULT_PROMPT,
  parseErrorAlert,
  parsePrompt,
  setValidationRule,
  setValidationSetting,
  uniformValidation,
  validationType,
} from "../model/validation";
import { ClientObject, type PropertyTable } from "./client-object";
import { RangeObject } from "./range-object";

// Cells without validation read as Excel's defaults; cells whose validation differs read as
// null, as format getters do for differing cells.
function uniformSetting<V>(target: RangeTarget, pick: (v: ValidationSettings) => V): V | null {
  const validation = uniformValidation(target.sheet, target.rect);
  if (validation) return pick(validation);
  return validationType(target.sheet, target.rect) === "None" ? pick(DEFAULTS) : null;
}

interface ValidationSettings {
  errorAlert: typeof DEFAULT_ERROR_ALERT;
  prompt: typeof DEFAULT_PROMPT;
  ignoreBlanks: boolean;
}

const DEFAULTS: ValidationSettings = {
  errorAlert: DEFAULT_ERROR_ALERT,
  prompt: DEFAULT_PROMPT,
  ignoreBlanks: true,
};

const VALIDATION_PROPERTIES: PropertyTable<RangeTarget> = {
  type: { get: (target) => validationType(target.sheet, target.rect) },
  rule: {
    get: (target) => uniformValidation(target.sheet, target.rect)?.rule ?? {},
    set: (target, value, at) => {
      setValidationRule(target.sheet, target.rect, withSourceAddress(value), at);
    },
  },
  errorAlert: {
    get: (target) => uniformSetting(target, (v) => v.errorAlert),
    set: (target, value, at) => {
      setValidationSetting(
        target.sheet,
        target.rect,
        (v) => (v.errorAlert = parseErrorAlert(value, v.errorAlert, at)),
        at,
      );
    },
  },
  prompt: {
    get: (target) => uniformSetting(target, (v) => v.prompt),
    set: (target, value, at) => {
      setValidationSetting(
        target.sheet,
        target.rect,
        (v) => (v.prompt = parsePrompt(value, v.prompt, at)),
        at,
      );
    },
  },
  ignoreBlanks: {
    get: (target) => uniformSetting(target, (v) => v.ignoreBlanks),
    set: (target, value, at) => {
      const ignoreBlanks = booleanArgument(value, at);
      setValidationSetting(target.sheet, target.rect, (v) => (v.ignoreBlanks = ignoreBlanks), at);
    },
  },
};

// `ListDataValidation.source` may be a Range; Excel stores it as an absolute reference.
function withSourceAddress(rule: unknown): unknown {
  if (typeof rule !== "object" || rule === null || !("list" in rule)) return rule;
  const list = objectArgument(rule.list, "DataValidation.rule.list");
  const source: unknown = list.source;
  if (!(source instanceof RangeObject)) return rule;
  const target = source.origin.resolve();
  return { list: { ...list, source: `=${sheetReference(target.sheet.name, target.rect)}` } };
}

/** The Office.js `DataValidation` of a range (ExcelApi 1.8). */
export class DataValidationObject extends ClientObject<RangeTarget> {
  readonly officeClass = "DataValidation";
  readonly propertyTable = VALIDATION_PROPERTIES;

  /** Removes validation from the range's cells; other cells keep theirs. */
  clear(): void {
    this.command("clear", [], (target, at) => {
      clearValidation(target.sheet, target.rect, at);
    });
  }
}
