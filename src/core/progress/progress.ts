/** Where an indicator stands, as DESIGN.md defines it. */
export const STATUSES = [
  "incomplete",
  "running",
  "achieved",
  "partly-achieved",
  "not-achieved",
] as const;

export type Status = (typeof STATUSES)[number];

export interface Measurements {
  baseline: number | null;
  contract: number | null;
  end: number | null;
}

export interface IndicatorProgress {
  /** contract − baseline; null when either is missing. */
  ambition: number | null;
  /** end − baseline; null when either is missing. */
  realisedChange: number | null;
  /** (end − baseline) / (contract − baseline) as a fraction; null when undefined. */
  progress: number | null;
  status: Status;
}

/**
 * Computes ambition, realised change, progress and status of one indicator. The
 * workbook's formulas compute the same; the direction does not enter here because
 * the ratio already rewards movement towards the contract value either way.
 */
export function computeIndicatorProgress(values: Measurements): IndicatorProgress {
  const { baseline, contract, end } = values;
  const ambition = baseline !== null && contract !== null ? contract - baseline : null;
  const realisedChange = baseline !== null && end !== null ? end - baseline : null;
  const progress =
    ambition !== null && ambition !== 0 && realisedChange !== null
      ? realisedChange / ambition
      : null;
  return { ambition, realisedChange, progress, status: statusOf(ambition, end, progress) };
}

// Without an ambition (a missing value, or a contract value equal to the baseline)
// there is nothing to measure progress against, so the indicator is incomplete.
function statusOf(ambition: number | null, end: number | null, progress: number | null): Status {
  if (ambition === null || ambition === 0) return "incomplete";
  if (end === null || progress === null) return "running";
  if (progress >= 1) return "achieved";
  if (progress > 0) return "partly-achieved";
  return "not-achieved";
}

/** The mean of the values that are known; null when none is. */
export function meanOfKnown(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  if (known.length === 0) return null;
  return known.reduce((sum, value) => sum + value, 0) / known.length;
}
