import type { Problem } from "../problems/problem";
import type { CellLocation } from "./read-workbook";

/**
 * Moves problems found in a project read from the workbook from their JSON path to the
 * cell the value came from; a path without a cell goes to its nearest parent that has
 * one, and else to the workbook as a whole.
 */
export function relocateProblems(
  problems: readonly Problem[],
  cells: ReadonlyMap<string, CellLocation>,
): Problem[] {
  return problems.map((problem) => {
    if (problem.location.kind !== "json") return problem;
    const cell = nearestCell(problem.location.path, cells);
    return {
      ...problem,
      location: cell ? { kind: "cell", ...cell } : { kind: "workbook" },
    };
  });
}

function nearestCell(path: string, cells: ReadonlyMap<string, CellLocation>) {
  for (let current = path; current.length > 1; current = parentOf(current)) {
    const cell = cells.get(current) ?? cells.get(`${current}.goal`);
    if (cell) return cell;
  }
  return undefined;
}

function parentOf(path: string): string {
  const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
  return cut > 0 ? path.slice(0, cut) : "$";
}
