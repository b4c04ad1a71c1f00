import type { Project } from "../core/project/model";
import { fieldId, type IndicatorField } from "./field-ids";
import { CARD_FIELDS, type CardField } from "./state";
import type { StepId } from "./step-ids";

/** Where a problem can be fixed: a step, and the elements to focus there, best first. */
export interface FieldLocation {
  step: StepId;
  ids: string[];
}

type PathPart = string | number;

/** Maps a JSON path such as `$.goals[0].strategies[1].number` to its step and field. */
export function locateJsonPath(path: string, project: Project): FieldLocation | null {
  const parts = splitPath(path);
  if (parts === null) return null;
  const [root, ...rest] = parts;
  if (root === "card") return locateCard(rest);
  if (root === "goals") return locateGoals(rest, project);
  return null;
}

function splitPath(path: string): PathPart[] | null {
  if (!path.startsWith("$")) return null;
  const parts: PathPart[] = [];
  for (const match of path.slice(1).matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
    const [, key, position] = match;
    parts.push(key ?? Number(position));
  }
  return parts;
}

function locateCard([field, index, part]: PathPart[]): FieldLocation {
  if (field === "stakeholders" && typeof index === "number") {
    const which = part === "role" ? "role" : "name";
    return { step: "card", ids: [fieldId.stakeholder(index, which)] };
  }
  if (isCardField(field)) return { step: "card", ids: [fieldId.card(field)] };
  return { step: "card", ids: [fieldId.card("name")] };
}

function isCardField(value: PathPart | undefined): value is CardField {
  return (CARD_FIELDS as readonly PathPart[]).includes(value ?? "");
}

function locateGoals([index, kind, ...rest]: PathPart[], project: Project): FieldLocation {
  const goal = typeof index === "number" ? project.goals[index] : undefined;
  if (!goal) return { step: "goals", ids: [fieldId.goals()] };
  const letter = goal.goal;
  if (kind === "strategies") {
    const position = rest[0];
    const strategy = typeof position === "number" ? goal.strategies[position] : undefined;
    const section = fieldId.strategies(letter);
    if (!strategy) return { step: "strategies", ids: [section] };
    const ids = [fieldId.strategy(letter, strategy.number), section];
    if (rest[1] === "note") ids.unshift(fieldId.strategyNote(letter, strategy.number));
    return { step: "strategies", ids };
  }
  if (kind === "indicators") return locateIndicator(letter, rest);
  return { step: "goals", ids: [fieldId.goal(letter), fieldId.goals()] };
}

const INDICATOR_FIELDS: readonly PathPart[] = [
  "name",
  "unit",
  "direction",
  "baselineDate",
  "endDate",
  "evidence",
  "baseline",
  "contract",
  "end",
] satisfies IndicatorField[];

function locateIndicator(letter: string, [index, field]: PathPart[]): FieldLocation {
  const section = [fieldId.indicatorPicker(letter), fieldId.indicators(letter)];
  if (typeof index !== "number") return { step: "indicators", ids: section };
  const ids = [fieldId.indicator(letter, index), ...section];
  if (field !== undefined && INDICATOR_FIELDS.includes(field)) {
    ids.unshift(fieldId.indicatorField(letter, index, field as IndicatorField));
  }
  return { step: "indicators", ids };
}
