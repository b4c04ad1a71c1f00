import type { Catalogue } from "../core/catalogue/schema";
import type { Language } from "../core/language";
import type { Problem } from "../core/problems/problem";
import { parseProject } from "../core/project";
import { MemoryWorkbook } from "../office/memory";
import { buildWorkbook } from "../office/workbook-actions";
import laptops from "../../examples/laptops.json";
import officeChairs from "../../examples/office-chairs.json";
import problems from "../../examples/problems.json";

/** An example project file shipped in examples/. */
export interface Example {
  file: string;
  /** The project's name, or the file name when the file has no usable name. */
  label: string;
  json: unknown;
}

/** The examples the workbench offers, in the order of the README. */
export const EXAMPLES: Example[] = [
  example("office-chairs.json", officeChairs),
  example("laptops.json", laptops),
  example("problems.json", problems),
];

/** What opening an example gives: a built workbook, or the problems that stop it. */
export type ExampleOutcome =
  | { ok: true; workbook: MemoryWorkbook; name: string }
  | { ok: false; problems: Problem[]; built: boolean };

/**
 * Builds an example into a fresh in-memory workbook with the office code, as the pane's
 * "build" does in Excel. A file that does not read as a project is not built at all: the
 * office code builds whole projects only, so its problems are returned instead.
 */
export async function openExample(
  entry: Example,
  catalogue: Catalogue,
  language: Language,
): Promise<ExampleOutcome> {
  const read = parseProject(entry.json);
  const errors = read.problems.filter((problem) => problem.severity === "error");
  if (!read.project || errors.length > 0) {
    return { ok: false, problems: errors.length > 0 ? errors : read.problems, built: false };
  }
  const workbook = new MemoryWorkbook();
  const outcome = await buildWorkbook(workbook, {
    project: read.project,
    catalogue,
    language,
    base: null,
  });
  if (!outcome.ok) return { ok: false, problems: outcome.problems, built: true };
  return { ok: true, workbook, name: read.project.card.name ?? entry.label };
}

function example(file: string, json: unknown): Example {
  const card = (json as { card?: { name?: unknown } }).card;
  const name = typeof card?.name === "string" ? card.name.trim() : "";
  return { file, label: name === "" ? file : name, json };
}
