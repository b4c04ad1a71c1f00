import { checkFileHeader } from "../files/file-header";
import { word } from "../messages";
import { jsonProblem, type JsonPath, type Problem } from "../problems/problem";
import { describeValue, problemsFromIssues } from "../problems/schema-problems";
import { MEASUREMENTS, type Project, type ProjectIndicator } from "./model";
import { PROJECT_FORMAT, PROJECT_VERSION, projectFileSchema, type ProjectFile } from "./schema";

/** A project as far as it could be read, with what was wrong in the file. */
export interface ProjectReadResult {
  project: Project | null;
  problems: Problem[];
}

const lenientSchema = projectFileSchema(false);
const strictSchema = projectFileSchema(true);

/**
 * Reads a project from parsed JSON. A file whose structure is broken gives no
 * project; unknown fields and measurements that are not numbers are reported
 * and the rest of the project is still read, so what can be computed is.
 */
export function parseProject(input: unknown): ProjectReadResult {
  const headerProblems = checkFileHeader(input, {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    label: "project-file",
  });
  if (headerProblems.length > 0) return { project: null, problems: headerProblems };

  const parsed = lenientSchema.safeParse(input);
  if (!parsed.success) {
    return { project: null, problems: problemsFromIssues(parsed.error.issues, input) };
  }
  const strict = strictSchema.safeParse(input);
  const unknownKeys = strict.success
    ? []
    : strict.error.issues.filter((issue) => issue.code === "unrecognized_keys");
  const problems = problemsFromIssues(unknownKeys, input);
  const project = normaliseProject(parsed.data, problems);
  return { project, problems };
}

function normaliseProject(file: ProjectFile, problems: Problem[]): Project {
  const { stakeholders, ...card } = file.card;
  return {
    card: { ...card, stakeholders: stakeholders ?? [] },
    goals: file.goals.map((goal, goalIndex) => ({
      goal: goal.goal,
      strategies: goal.strategies,
      indicators: goal.indicators.map((indicator, index) =>
        normaliseIndicator(indicator, ["goals", goalIndex, "indicators", index], problems),
      ),
    })),
  };
}

type IndicatorFile = ProjectFile["goals"][number]["indicators"][number];

function normaliseIndicator(
  indicator: IndicatorFile,
  path: JsonPath,
  problems: Problem[],
): ProjectIndicator {
  const measured = { baseline: null, contract: null, end: null } as Record<
    (typeof MEASUREMENTS)[number],
    number | null
  >;
  for (const field of MEASUREMENTS) {
    const value = indicator[field];
    if (typeof value === "number" && Number.isFinite(value)) measured[field] = value;
    else if (value !== null && value !== undefined) {
      problems.push(
        jsonProblem("measurement-not-number", "error", [...path, field], {
          field: word(field),
          value: describeValue(value),
        }),
      );
    }
  }
  const { baseline: _b, contract: _c, end: _e, ...rest } = indicator;
  return { ...rest, ...measured };
}

/** Writes a project as the JSON object of a project file. */
export function toProjectFile(project: Project): ProjectFile {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    card: project.card,
    goals: project.goals,
  };
}
