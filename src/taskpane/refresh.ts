import type { Problem } from "../core/problems/problem";
import type { Project } from "../core/project/model";
import { mergeProjects } from "../core/workbook/merge";
import type { CellLocation } from "../core/workbook/read-workbook";
import { listChanges, type ProjectChange } from "./project-changes";

/** The pane's project after reading the workbook again, and what that changed. */
export interface RefreshResult {
  project: Project;
  changes: ProjectChange[];
  /** Values changed on both sides since the last read or build; the workbook's was kept. */
  conflicts: Problem[];
}

/**
 * Takes what stakeholders changed in the workbook into the pane's project. What the
 * person typed in the pane since `base` and nobody changed in the workbook is kept.
 */
export function refreshProject(
  pane: Project,
  base: Project | null,
  workbook: Project,
  cells: ReadonlyMap<string, CellLocation> = new Map(),
  unread: ReadonlySet<string> = new Set(),
): RefreshResult {
  const merged = mergeProjects(pane, workbook, base, cells, unread);
  return {
    project: merged.project,
    changes: listChanges(pane, merged.project),
    conflicts: merged.problems,
  };
}
