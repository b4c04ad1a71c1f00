import { checkFileHeader } from "../files/file-header";
import { jsonProblem, type Problem } from "../problems/problem";
import { problemsFromIssues } from "../problems/schema-problems";
import {
  CATALOGUE_FORMAT,
  CATALOGUE_VERSION,
  catalogueSchema,
  type Catalogue,
  type CatalogueStrategy,
} from "./schema";

export type CatalogueResult =
  { ok: true; catalogue: Catalogue } | { ok: false; problems: Problem[] };

/**
 * Reads a catalogue from parsed JSON. A catalogue is all or nothing: with any
 * problem, of form or of consistency, nothing of it is returned.
 */
export function parseCatalogue(input: unknown): CatalogueResult {
  const headerProblems = checkFileHeader(input, {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_VERSION,
    label: "catalogue-file",
  });
  if (headerProblems.length > 0) return { ok: false, problems: headerProblems };

  const parsed = catalogueSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: problemsFromIssues(parsed.error.issues, input) };
  }
  const problems = checkCatalogueConsistency(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalogue: parsed.data };
}

/** The rules a catalogue must follow beyond its schema: unique keys and known goals. */
export function checkCatalogueConsistency(catalogue: Catalogue): Problem[] {
  const { goals, strategies, indicators, productCategories } = catalogue;
  const letters = new Set(goals.map((goal) => goal.letter));
  const supported = new Set(strategies.flatMap((strategy) => strategy.goals));
  return [
    ...findDuplicates(
      goals,
      (goal) => goal.letter,
      (goal, index) =>
        jsonProblem("catalogue-goal-duplicate", "error", ["goals", index, "letter"], {
          letter: goal.letter,
        }),
    ),
    ...findDuplicates(
      strategies,
      (strategy) => strategy.number,
      (strategy, index) =>
        jsonProblem("catalogue-strategy-duplicate", "error", ["strategies", index, "number"], {
          number: strategy.number,
        }),
    ),
    ...strategies.flatMap((strategy, index) => checkStrategyGoals(strategy, index, letters)),
    ...goals.flatMap((goal, index) =>
      supported.has(goal.letter)
        ? []
        : [
            jsonProblem("catalogue-goal-unsupported", "error", ["goals", index, "letter"], {
              letter: goal.letter,
            }),
          ],
    ),
    ...findDuplicates(
      indicators,
      (indicator) => indicator.id,
      (indicator, index) =>
        jsonProblem("catalogue-indicator-duplicate", "error", ["indicators", index, "id"], {
          id: indicator.id,
        }),
    ),
    ...indicators.flatMap((indicator, index) =>
      letters.has(indicator.goal)
        ? []
        : [
            jsonProblem(
              "catalogue-indicator-unknown-goal",
              "error",
              ["indicators", index, "goal"],
              {
                id: indicator.id,
                letter: indicator.goal,
              },
            ),
          ],
    ),
    ...findDuplicates(
      productCategories,
      (category) => category.id,
      (category, index) =>
        jsonProblem("catalogue-category-duplicate", "error", ["productCategories", index, "id"], {
          id: category.id,
        }),
    ),
  ];
}

function checkStrategyGoals(
  strategy: CatalogueStrategy,
  index: number,
  letters: ReadonlySet<string>,
): Problem[] {
  const { number } = strategy;
  const path = (goalIndex: number) => ["strategies", index, "goals", goalIndex];
  const repeated = findDuplicates(
    strategy.goals,
    (letter) => letter,
    (letter, goalIndex) =>
      jsonProblem("catalogue-strategy-goal-duplicate", "error", path(goalIndex), {
        number,
        letter,
      }),
  );
  const unknown = strategy.goals.flatMap((letter, goalIndex) =>
    letters.has(letter)
      ? []
      : [
          jsonProblem("catalogue-strategy-unknown-goal", "error", path(goalIndex), {
            number,
            letter,
          }),
        ],
  );
  return [...repeated, ...unknown];
}

/** Reports every item whose key an earlier item already has. */
export function findDuplicates<T>(
  items: readonly T[],
  keyOf: (item: T) => string | number,
  report: (item: T, index: number) => Problem,
): Problem[] {
  const seen = new Set<string | number>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) problems.push(report(item, index));
    seen.add(key);
  });
  return problems;
}
