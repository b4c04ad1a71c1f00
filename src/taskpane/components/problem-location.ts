import type { ProblemLocation } from "../../core/problems/problem";
import type { PaneMessages } from "../messages";

/** Where a problem is, as a person reads it: `Sheet!A1`, a JSON path, or the workbook. */
export function describeLocation(location: ProblemLocation, text: PaneMessages): string {
  if (location.kind === "json") return location.path;
  if (location.kind === "workbook") return text.problems.workbook;
  return `${quoteSheet(location.sheet)}!${location.address}`;
}

// Excel quotes a sheet name that is not a plain word, doubling any apostrophe in it.
function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
