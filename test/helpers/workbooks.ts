import { defaultCatalogue } from "../../src/core/catalogue";
import type { Language } from "../../src/core/language";
import { parseProject, type Project } from "../../src/core/project";
import { MemoryWorkbook } from "../../src/office/memory";
import { buildWorkbook, type BuildOutcome } from "../../src/office/workbook-actions";
import { readJson } from "./projects";

/** An example project from examples/, parsed. */
export function exampleProject(name: string): Project {
  const { project } = parseProject(readJson(`examples/${name}.json`));
  if (!project) throw new Error(`examples/${name}.json does not read`);
  return project;
}

/** Builds a project into a workbook and fails the test when the build does not succeed. */
export async function build(
  workbook: MemoryWorkbook,
  project: Project,
  options: { language?: Language; base?: Project | null } = {},
): Promise<Extract<BuildOutcome, { ok: true }>> {
  const outcome = await buildWorkbook(workbook, {
    project,
    catalogue: defaultCatalogue(),
    language: options.language ?? "nl",
    base: options.base ?? null,
  });
  if (!outcome.ok) {
    const messages = outcome.problems.map((problem) => problem.message.en).join("\n");
    throw new Error(`the build failed:\n${messages}`);
  }
  return outcome;
}

/** The measurement cases of test/engine/fixtures: every kind of indicator, parsed. */
export function measurementCases(): Project {
  const { project } = parseProject(readJson("test/engine/fixtures/measurement-cases.json"));
  if (!project) throw new Error("the measurement cases read");
  return project;
}

/** A project built into its own workbook, named for the messages of a failing check. */
export interface BuiltProject {
  name: string;
  project: Project;
  workbook: MemoryWorkbook;
}

/**
 * The two examples and the measurement cases, each built into a new workbook: the projects
 * whose formulas both the workbench's engine and LibreOffice are checked against src/core.
 */
export async function buildFormulaCases(): Promise<BuiltProject[]> {
  const projects: [string, Project][] = [
    ["office-chairs", exampleProject("office-chairs")],
    ["laptops", exampleProject("laptops")],
    ["measurement-cases", measurementCases()],
  ];
  const built: BuiltProject[] = [];
  for (const [name, project] of projects) {
    const workbook = new MemoryWorkbook();
    await build(workbook, project);
    built.push({ name, project, workbook });
  }
  return built;
}

/** A project with `count` indicators spread over goals A–E, for size tests. */
export function projectWithIndicators(count: number): Project {
  const letters = ["A", "B", "C", "D", "E"];
  const strategies: Record<string, number[]> = {
    A: [1, 2, 3, 4, 5],
    B: [4, 6, 7, 13],
    C: [1, 2, 3, 8, 9, 10],
    D: [3, 9, 10, 11, 12, 13],
    E: [3, 11, 12, 13],
  };
  return {
    card: {
      name: `Project met ${count} indicatoren`,
      organisation: "Stad Lindebeek",
      productCategory: "other",
      contractStart: "2026-01-01",
      contractEnd: "2029-12-31",
      stakeholders: [],
    },
    goals: letters.map((goal, g) => ({
      goal,
      strategies: (strategies[goal] ?? []).map((number) => ({ number })),
      indicators: Array.from(
        { length: Math.floor(count / 5) + (g < count % 5 ? 1 : 0) },
        (_, i) => ({
          name: `Indicator ${goal}${i + 1}`,
          unit: "kg",
          direction: "lower",
          baseline: 100 + i,
          contract: 50 + i,
          end: i % 3 === 0 ? null : 60 + i,
        }),
      ),
    })),
  };
}
