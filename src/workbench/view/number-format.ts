import type { CellValue } from "../../office/memory";
import { serialToIso } from "../../core/util/excel-dates";

const PERCENT = /(0+)(?:\.(0+))?%/;
const DECIMALS = /0\.(0+)/;
const DATE_PARTS = /[dmy]/i;

/**
 * The text Excel shows for a value under a number format, for the formats the add-in
 * writes (General, text, percentages, fixed decimals, dates); other formats show as General.
 */
export function displayText(value: CellValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const format = numberFormat.trim();
  if (format === "@" || format === "" || format.toLowerCase() === "general") {
    return general(value);
  }
  const percent = PERCENT.exec(format);
  if (percent) return `${fixed(value * 100, percent[2]?.length ?? 0)}%`;
  if (DATE_PARTS.test(format.replace(/"[^"]*"/g, ""))) return serialToIso(value) ?? general(value);
  const decimals = DECIMALS.exec(format);
  return decimals ? fixed(value, decimals[1]?.length ?? 0) : general(value);
}

// Rounds as Excel shows it: 0.8765 as a percentage is 87.65, which binary floating point
// holds as 87.6499…; cutting to 15 significant digits first restores the decimal value.
function fixed(value: number, decimals: number): string {
  return Number(value.toPrecision(15)).toFixed(decimals);
}

// Excel's General shows at most about eleven significant digits in a standard-width cell.
function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}
