import type { Language } from "../core/language";
import {
  formatLocation,
  sortProblems,
  type Problem,
  type Severity,
} from "../core/problems/problem";
import { fill, type CliMessages } from "./messages";

/** Problems as text lines: severity, where, and the message in the chosen language. */
export function formatProblems(
  problems: readonly Problem[],
  language: Language,
  messages: CliMessages,
): string[] {
  const labels = messages.severity;
  const width = Math.max(...Object.values(labels).map((label) => label.length));
  return sortProblems(problems).map(
    (problem) =>
      `${labels[problem.severity].padEnd(width)}  ${formatLocation(problem.location)}  ` +
      `${problem.message[language]} (${problem.code})`,
  );
}

/** The closing line: how many problems of each severity the file has. */
export function formatSummary(file: string, problems: readonly Problem[], messages: CliMessages) {
  const count = (severity: Severity) => problems.filter((p) => p.severity === severity).length;
  if (problems.length === 0) return fill(messages.noProblems, { file });
  return fill(messages.summary, {
    file,
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
  });
}

/** A number for a table: at most four decimals, `null` when there is none. */
export function formatNumber(value: number | null): string {
  if (value === null) return "null";
  return String(Number(value.toFixed(4)));
}

/** Lays rows out in columns padded to their widest cell. */
export function formatTable(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, Array.from(cell).length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd(),
  );
}
