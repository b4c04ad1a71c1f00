import type { Project, ProjectIndicator } from "../core/project/model";
import { CARD_FIELDS } from "./state";

/** What a changed value belongs to. */
export type ChangePlace =
  | { kind: "card" }
  | { kind: "stakeholder"; index: number }
  | { kind: "goal"; goal: string }
  | { kind: "strategy"; goal: string; number: number }
  | { kind: "indicator"; goal: string; indicator: string };

export type ChangeValue = string | number | boolean | null;

/** One value that differs between two versions of a project. */
export interface ProjectChange {
  place: ChangePlace;
  /** A card, stakeholder or indicator field; "chosen" for a goal or strategy. */
  field: string;
  before: ChangeValue;
  after: ChangeValue;
}

interface Entry {
  place: ChangePlace;
  field: string;
  value: ChangeValue;
}

/** Every value that differs between `before` and `after`, in the order of the project. */
export function listChanges(before: Project, after: Project): ProjectChange[] {
  const old = keyed(flatten(before));
  const changes: ProjectChange[] = [];
  const seen = new Set<string>();
  for (const entry of flatten(after)) {
    const key = keyOf(entry);
    seen.add(key);
    const previous = old.get(key)?.value ?? null;
    if (previous !== entry.value) changes.push({ ...entry, before: previous, after: entry.value });
  }
  for (const [key, entry] of old) {
    if (!seen.has(key)) changes.push({ ...entry, before: entry.value, after: null });
  }
  return changes;
}

function keyed(entries: Entry[]): Map<string, Entry> {
  return new Map(entries.map((entry) => [keyOf(entry), entry]));
}

function keyOf(entry: Entry): string {
  return JSON.stringify([entry.place, entry.field]);
}

function flatten(project: Project): Entry[] {
  const entries: Entry[] = [];
  const add = (place: ChangePlace, field: string, value: ChangeValue | undefined) => {
    if (value !== undefined && value !== null && value !== "") {
      entries.push({ place, field, value });
    }
  };
  for (const field of CARD_FIELDS) add({ kind: "card" }, field, project.card[field]);
  project.card.stakeholders.forEach((person, index) => {
    add({ kind: "stakeholder", index }, "name", person.name);
    add({ kind: "stakeholder", index }, "role", person.role);
  });
  for (const { goal, strategies, indicators } of project.goals) {
    add({ kind: "goal", goal }, "chosen", true);
    for (const { number, note } of strategies) {
      add({ kind: "strategy", goal, number }, "chosen", true);
      add({ kind: "strategy", goal, number }, "note", note);
    }
    for (const indicator of indicators) flattenIndicator(goal, indicator, add);
  }
  return entries;
}

const INDICATOR_FIELDS = [
  "unit",
  "direction",
  "baseline",
  "baselineDate",
  "contract",
  "end",
  "endDate",
  "evidence",
] as const;

function flattenIndicator(
  goal: string,
  indicator: ProjectIndicator,
  add: (place: ChangePlace, field: string, value: ChangeValue | undefined) => void,
): void {
  // The same identity the office code merges on: the catalogue id, else the custom name.
  const name = indicator.id ?? indicator.name?.trim() ?? "";
  const place: ChangePlace = { kind: "indicator", goal, indicator: name };
  for (const field of INDICATOR_FIELDS) add(place, field, indicator[field]);
}
