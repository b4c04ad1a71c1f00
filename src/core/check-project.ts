import type { CatalogueIndex } from "./catalogue/catalogue-index";
import type { Project } from "./project/model";
import { parseProject } from "./project/parse-project";
import { validateProject, type ValidationOptions } from "./project/validate-project";
import type { Problem } from "./problems/problem";

export interface ProjectCheck {
  /** The project as far as it could be read; null when its structure is broken. */
  project: Project | null;
  problems: Problem[];
}

/** Reads a project file's JSON and validates it against the catalogue: every problem found. */
export function checkProjectFile(
  input: unknown,
  index: CatalogueIndex,
  options: ValidationOptions,
): ProjectCheck {
  const { project, problems } = parseProject(input);
  if (!project) return { project, problems };
  return { project, problems: [...problems, ...validateProject(project, index, options)] };
}
