import type { CatalogueIndex } from "../catalogue/catalogue-index";
import { unitKind } from "../catalogue/units";
import { goalList, word } from "../messages";
import { jsonProblem, type JsonPath, type Problem } from "../problems/problem";
import { isIsoDate } from "../util/dates";
import { MEASUREMENTS, type ChosenGoal, type Project, type ProjectIndicator } from "./model";
import { resolveIndicator, type IndicatorDefinition } from "./resolve-indicator";

export interface ValidationOptions {
  /** Today as `YYYY-MM-DD`: a contract that ended before it should have end values. */
  today: string;
}

/** Checks a project against the catalogue and the method's rules; problems are data. */
export function validateProject(
  project: Project,
  index: CatalogueIndex,
  options: ValidationOptions,
): Problem[] {
  const chosen = new Set(project.goals.map((goal) => goal.goal));
  const ended = contractEndedBefore(project, options.today);
  return [
    ...checkTextLengths(project),
    ...checkCard(project, index),
    ...checkGoalCount(project),
    ...project.goals.flatMap((goal, goalIndex) => [
      ...checkGoal(project, goalIndex, index),
      ...checkStrategies(goal, ["goals", goalIndex], index, chosen),
      ...goal.indicators.flatMap((indicator, indicatorIndex) =>
        checkIndicator(indicator, goal.goal, ["goals", goalIndex, "indicators", indicatorIndex], {
          index,
          ended,
        }),
      ),
    ]),
  ];
}

/** The most characters an Excel cell holds ("Excel specifications and limits"). */
export const CELL_TEXT_LIMIT = 32_767;

// A longer text cannot be written into its cell; Excel would refuse the whole build.
function checkTextLengths(project: Project): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: JsonPath) => {
    if (typeof value === "string" && value.length > CELL_TEXT_LIMIT) {
      const params = { length: value.length, maximum: CELL_TEXT_LIMIT };
      problems.push(jsonProblem("text-too-long", "error", path, params));
    } else if (Array.isArray(value)) {
      value.forEach((item, position) => {
        visit(item, [...path, position]);
      });
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(project, []);
  return problems;
}

function checkCard(project: Project, index: CatalogueIndex): Problem[] {
  const { card } = project;
  const problems: Problem[] = [];
  if (!card.name?.trim())
    problems.push(jsonProblem("project-name-missing", "error", ["card", "name"]));
  const category = card.productCategory?.trim();
  if (!category) {
    problems.push(jsonProblem("category-missing", "warning", ["card", "productCategory"]));
  } else if (!index.categories.has(category)) {
    problems.push(
      jsonProblem("category-unknown", "error", ["card", "productCategory"], { id: category }),
    );
  }
  problems.push(...checkDate(card.contractStart, ["card", "contractStart"]));
  problems.push(...checkDate(card.contractEnd, ["card", "contractEnd"]));
  const { contractStart: start, contractEnd: end } = card;
  if (start && end && isIsoDate(start) && isIsoDate(end) && end < start) {
    problems.push(
      jsonProblem("contract-dates-order", "error", ["card", "contractEnd"], { start, end }),
    );
  }
  return problems;
}

function checkGoalCount(project: Project): Problem[] {
  if (project.goals.length === 0) return [jsonProblem("goals-missing", "error", ["goals"])];
  if (project.goals.length === 1) return [jsonProblem("single-goal", "warning", ["goals"])];
  return [];
}

function checkGoal(project: Project, goalIndex: number, index: CatalogueIndex): Problem[] {
  const goal = project.goals[goalIndex];
  if (!goal) return [];
  const path = ["goals", goalIndex];
  const letter = goal.goal;
  const problems: Problem[] = [];
  if (!index.goals.has(letter)) {
    const known = [...index.goals.keys()].join(", ");
    problems.push(jsonProblem("goal-unknown", "error", [...path, "goal"], { letter, known }));
  } else if (project.goals.slice(0, goalIndex).some((earlier) => earlier.goal === letter)) {
    problems.push(jsonProblem("goal-duplicate", "error", [...path, "goal"], { letter }));
  }
  if (goal.strategies.length === 0) {
    problems.push(
      jsonProblem("goal-without-strategy", "error", [...path, "strategies"], { goal: letter }),
    );
  } else if (goal.strategies.length === 1) {
    problems.push(
      jsonProblem("single-strategy", "warning", [...path, "strategies"], { goal: letter }),
    );
  }
  if (goal.indicators.length === 0) {
    problems.push(
      jsonProblem("goal-without-indicator", "error", [...path, "indicators"], { goal: letter }),
    );
  }
  return problems;
}

function checkStrategies(
  goal: ChosenGoal,
  goalPath: JsonPath,
  index: CatalogueIndex,
  chosen: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<number>();
  goal.strategies.forEach(({ number }, strategyIndex) => {
    const path = [...goalPath, "strategies", strategyIndex, "number"];
    const strategy = index.strategies.get(number);
    const params = { number, goal: goal.goal };
    if (seen.has(number)) {
      problems.push(jsonProblem("strategy-duplicate", "error", path, params));
      return;
    }
    seen.add(number);
    if (!strategy) {
      problems.push(jsonProblem("strategy-unknown", "error", path, params));
      return;
    }
    if (!index.goals.has(goal.goal)) return;
    if (!strategy.goals.includes(goal.goal)) {
      const supported = goalList(strategy.goals);
      problems.push(
        jsonProblem("strategy-not-supporting", "error", path, { ...params, supported }),
      );
      return;
    }
    const others = strategy.goals.filter((letter) => letter !== goal.goal && chosen.has(letter));
    if (others.length > 0) {
      problems.push(
        jsonProblem("strategy-shared", "info", path, { number, goals: goalList(others) }),
      );
    }
  });
  return problems;
}

interface IndicatorContext {
  index: CatalogueIndex;
  /** The contract end date when it lies before today; null otherwise. */
  ended: string | null;
}

function checkIndicator(
  indicator: ProjectIndicator,
  goal: string,
  path: JsonPath,
  context: IndicatorContext,
): Problem[] {
  const definition = resolveIndicator(indicator, context.index);
  const problems =
    indicator.id === undefined
      ? checkCustomIndicator(indicator, path)
      : checkCatalogueIndicator(indicator, indicator.id, goal, path, definition);
  problems.push(...checkDate(indicator.baselineDate, [...path, "baselineDate"]));
  problems.push(...checkDate(indicator.endDate, [...path, "endDate"]));
  if (definition) problems.push(...checkMeasurements(indicator, definition, path));
  if (context.ended && indicator.end === null) {
    problems.push(
      jsonProblem("end-values-missing", "warning", [...path, "end"], { end: context.ended }),
    );
  }
  return problems;
}

const CUSTOM_FIELDS = ["name", "unit", "direction"] as const;

function checkCatalogueIndicator(
  indicator: ProjectIndicator,
  id: string,
  goal: string,
  path: JsonPath,
  definition: IndicatorDefinition | null,
): Problem[] {
  const problems = CUSTOM_FIELDS.filter((field) => indicator[field] !== undefined).map((field) =>
    jsonProblem("indicator-id-and-custom", "error", [...path, field], { id, field: word(field) }),
  );
  if (!definition) {
    problems.push(jsonProblem("indicator-unknown", "error", [...path, "id"], { id }));
  } else if (definition.goal !== goal) {
    const params = { id, goal, indicatorGoal: definition.goal ?? "" };
    problems.push(jsonProblem("indicator-wrong-goal", "error", [...path, "id"], params));
  }
  return problems;
}

function checkCustomIndicator(indicator: ProjectIndicator, path: JsonPath): Problem[] {
  const problems: Problem[] = [];
  const name = indicator.name?.trim() ?? "";
  if (!name) problems.push(jsonProblem("indicator-custom-no-name", "error", [...path, "name"]));
  if (!indicator.unit?.trim()) {
    problems.push(jsonProblem("indicator-custom-no-unit", "error", [...path, "unit"], { name }));
  }
  const direction = indicator.direction?.trim();
  if (!direction) {
    problems.push(
      jsonProblem("indicator-custom-no-direction", "error", [...path, "direction"], { name }),
    );
  } else if (direction !== "higher" && direction !== "lower") {
    problems.push(
      jsonProblem("indicator-direction-invalid", "error", [...path, "direction"], {
        value: JSON.stringify(indicator.direction),
      }),
    );
  }
  return problems;
}

function checkMeasurements(
  indicator: ProjectIndicator,
  definition: IndicatorDefinition,
  path: JsonPath,
): Problem[] {
  const kind = unitKind(definition.unit);
  const problems: Problem[] = [];
  for (const field of MEASUREMENTS) {
    const value = indicator[field];
    if (value === null) continue;
    const params = { field: word(field), value, unit: definition.unit };
    if (kind === "percent" && (value < 0 || value > 100)) {
      problems.push(jsonProblem("measurement-percent-range", "error", [...path, field], params));
    } else if (kind === "non-negative" && value < 0) {
      problems.push(jsonProblem("measurement-negative", "error", [...path, field], params));
    }
  }
  const { baseline, contract } = indicator;
  const { direction } = definition;
  if (baseline !== null && contract !== null && direction !== null) {
    const improves = direction === "higher" ? contract > baseline : contract < baseline;
    if (!improves) {
      const params = { baseline, contract, direction: word(direction) };
      problems.push(
        jsonProblem("contract-no-improvement", "warning", [...path, "contract"], params),
      );
    }
  }
  return problems;
}

function checkDate(value: string | undefined, path: JsonPath): Problem[] {
  if (value === undefined || value === "" || isIsoDate(value)) return [];
  return [jsonProblem("date-invalid", "error", path, { value: JSON.stringify(value) })];
}

function contractEndedBefore(project: Project, today: string): string | null {
  const end = project.card.contractEnd;
  return end && isIsoDate(end) && end < today ? end : null;
}
