import { defaultCatalogue } from "../../../src/core/catalogue";
import { indexCatalogue } from "../../../src/core/catalogue/catalogue-index";
import type { Language } from "../../../src/core/language";
import { workbookTexts } from "../../../src/core/messages/workbook";
import {
  computeIndicatorProgress,
  computeProjectProgress,
  type Measurements,
  type Status,
} from "../../../src/core/progress";
import type { Project } from "../../../src/core/project/model";

/** A number as a cell shows it, and how many decimals it shows. */
export interface ShownNumber {
  value: number;
  decimals: number;
  percent: boolean;
}

/** Reads "60.0%", "60,0%", "-250" or "2.5" as shown in a cell; null for an empty cell. */
export function readShownNumber(text: string): ShownNumber | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const percent = trimmed.endsWith("%");
  const digits = trimmed.replace(/%$/, "").replace(/\s/g, "");
  // One comma and no point is a Dutch decimal comma; the workbook formats use a point.
  const normal = digits.includes(".") ? digits.replace(/,/g, "") : digits.replace(",", ".");
  const value = Number(normal);
  if (Number.isNaN(value)) throw new Error(`"${text}" is not a number as a cell shows one`);
  const decimals = normal.includes(".") ? normal.length - normal.indexOf(".") - 1 : 0;
  return { value: percent ? value / 100 : value, decimals, percent };
}

/**
 * Why a cell's text differs from the expected number, or null when it agrees to the
 * precision it shows (60.0% agrees with 0.6 and with 0.60004, not with 0.61).
 */
export function numberMismatch(text: string, expected: number | null): string | null {
  const shown = readShownNumber(text);
  if (expected === null) return shown === null ? null : `shows "${text}", expected empty`;
  if (shown === null) return `is empty, expected ${expected}`;
  const scale = shown.percent ? 100 : 1;
  const tolerance = 0.5 * 10 ** -shown.decimals + 1e-9;
  const off = Math.abs(shown.value * scale - expected * scale);
  return off <= tolerance ? null : `shows "${text}", expected ${expected}`;
}

/** What the indicator table's computed columns should show for one row. */
export interface ExpectedRow {
  ambition: number | null;
  realisedChange: number | null;
  progress: number | null;
  /** The status as the workbook writes it in the language. */
  status: string;
  statusKey: Status;
}

/** The computed columns of an indicator row, by src/core/progress, in a language. */
export function expectedRow(values: Measurements, language: Language): ExpectedRow {
  const progress = computeIndicatorProgress(values);
  return {
    ambition: progress.ambition,
    realisedChange: progress.realisedChange,
    progress: progress.progress,
    status: workbookTexts(language).statuses[progress.status],
    statusKey: progress.status,
  };
}

/** The project's progress (mean over goals), by src/core/progress. */
export function expectedProjectProgress(project: Project): number | null {
  return computeProjectProgress(project, indexCatalogue(defaultCatalogue())).project;
}
