import type { LocalText } from "../language";

/**
 * What a unit allows: a percentage lies in 0–100, and a mass, a count or a
 * duration cannot be negative. Other units (euro, kg CO2-eq difference, …) take any number.
 */
export type UnitKind = "percent" | "non-negative" | "any";

const PERCENT = /^(%|percent|procent)/i;
// Units of mass, count and time, in Dutch and English, as a buyer tends to type them.
const NON_NEGATIVE = new RegExp(
  "^(kg|g|ton|tonnes?|t|pieces?|pcs|stuks?|units?|eenheden|items?" +
    "|years?|jaar|jaren|months?|maanden|hours?|uren?|days?|dagen)\\b",
  "i",
);

/** Classifies a unit by its text; a catalogue unit counts in any of its languages. */
export function unitKind(unit: string | LocalText): UnitKind {
  const texts = typeof unit === "string" ? [unit] : Object.values(unit);
  const trimmed = texts.map((text) => text.trim());
  if (trimmed.some((text) => PERCENT.test(text))) return "percent";
  if (trimmed.some((text) => NON_NEGATIVE.test(text))) return "non-negative";
  return "any";
}
