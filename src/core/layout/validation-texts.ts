import type { UnitKind } from "../catalogue/units";
import type { Language } from "../language";
import { workbookTexts } from "../messages/workbook";
import { EXCEL_FIRST_DATE_SERIAL, EXCEL_LAST_DATE_SERIAL } from "../util/excel-dates";
import type { CellRect } from "../util/a1";
import type { ValidationPlan } from "./plan";

type ListKind = "goal" | "strategy" | "indicator" | "direction" | "category";

/** A dropdown from a catalogue list; indicators warn instead of refusing (custom names). */
export function listValidation(
  kind: ListKind,
  rect: CellRect,
  source: string,
  language: Language,
): ValidationPlan {
  const v = workbookTexts(language).validation;
  const texts = {
    goal: [v.goalTitle, v.goalPrompt, v.goalError],
    strategy: [v.strategyTitle, v.strategyPrompt, v.strategyError],
    indicator: [v.indicatorTitle, v.indicatorPrompt, v.indicatorError],
    direction: [v.directionTitle, v.directionPrompt, v.directionError],
    category: [v.categoryTitle, v.categoryPrompt, v.categoryError],
  }[kind];
  const [title, prompt, error] = texts as [string, string, string];
  return {
    rect,
    rule: { kind: "list", source },
    alertStyle: kind === "indicator" ? "Warning" : "Stop",
    errorTitle: title,
    errorMessage: error,
    promptTitle: title,
    promptMessage: prompt,
  };
}

/** A measurement: a percentage within 0–100, a mass, count or time of 0 or more, or any number. */
export function measurementValidation(
  kind: UnitKind,
  rect: CellRect,
  language: Language,
): ValidationPlan {
  const v = workbookTexts(language).validation;
  const base = { rect, alertStyle: "Stop" as const };
  if (kind === "percent") {
    return {
      ...base,
      rule: { kind: "decimal", operator: "Between", formula1: "0", formula2: "100" },
      errorTitle: v.percentTitle,
      errorMessage: v.percentError,
      promptTitle: v.percentTitle,
      promptMessage: v.percentPrompt,
    };
  }
  if (kind === "non-negative") {
    return {
      ...base,
      rule: { kind: "decimal", operator: "GreaterThanOrEqualTo", formula1: "0" },
      errorTitle: v.nonNegativeTitle,
      errorMessage: v.nonNegativeError,
      promptTitle: v.nonNegativeTitle,
      promptMessage: v.nonNegativePrompt,
    };
  }
  return {
    ...base,
    // Excel's decimal rule needs bounds; these are the largest numbers a cell holds.
    rule: { kind: "decimal", operator: "Between", formula1: "-9.99E+307", formula2: "9.99E+307" },
    errorTitle: v.numberTitle,
    errorMessage: v.numberError,
    promptTitle: v.numberTitle,
    promptMessage: v.numberPrompt,
  };
}

/** A date between the first and the last date Excel's calendar holds. */
export function dateValidation(rect: CellRect, language: Language): ValidationPlan {
  const v = workbookTexts(language).validation;
  return {
    rect,
    rule: {
      kind: "date",
      operator: "Between",
      formula1: String(EXCEL_FIRST_DATE_SERIAL),
      formula2: String(EXCEL_LAST_DATE_SERIAL),
    },
    alertStyle: "Stop",
    errorTitle: v.dateTitle,
    errorMessage: v.dateError,
    promptTitle: v.dateTitle,
    promptMessage: v.datePrompt,
  };
}
