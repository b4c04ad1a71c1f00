import { workbookTexts } from "../../src/core/messages/workbook";
import type { IndicatorProgress, Status } from "../../src/core/progress";

// A formula and src/core may do the same arithmetic in another order, so the doubles they
// give can differ in their last bits.
const TOLERANCE = 1e-9;
const STATUS_WORDS = workbookTexts("nl").statuses;

/** An indicator's numbers as the workbook's formulas computed them, its status from its word. */
export interface ComputedIndicator {
  ambition: number | null;
  realisedChange: number | null;
  progress: number | null;
  status: Status | undefined;
}

/** Whether the formulas computed an indicator's numbers and status as src/core does. */
export function sameIndicator(actual: ComputedIndicator, expected: IndicatorProgress): boolean {
  return (
    nearlyEqual(actual.ambition, expected.ambition) &&
    nearlyEqual(actual.realisedChange, expected.realisedChange) &&
    nearlyEqual(actual.progress, expected.progress) &&
    actual.status === expected.status
  );
}

/** Whether a computed number is the expected one up to rounding; empty matches only empty. */
export function nearlyEqual(actual: number | null, expected: number | null): boolean {
  if (actual === null || expected === null) return actual === expected;
  return Math.abs(actual - expected) <= TOLERANCE * Math.max(1, Math.abs(expected));
}

/** The status a Dutch workbook shows as `word`; undefined for any other text. */
export function statusOf(word: string): Status | undefined {
  return (Object.keys(STATUS_WORDS) as Status[]).find((status) => STATUS_WORDS[status] === word);
}
