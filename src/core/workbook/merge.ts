import {
  formatJsonPath,
  jsonProblem,
  makeProblem,
  type JsonPath,
  type Problem,
} from "../problems/problem";
import type {
  ChosenGoal,
  ChosenStrategy,
  Project,
  ProjectCard,
  ProjectIndicator,
} from "../project/model";
import { PROJECT_FIELDS } from "../layout/geometry";
import type { CellLocation } from "./read-workbook";

/** The project to write, and the cells where the pane and the workbook disagreed. */
export interface MergeResult {
  project: Project;
  problems: Problem[];
}

type Value = string | number | null | undefined;

/**
 * Merges the pane's project with what the workbook holds now, against `base`, the
 * project the pane last read or wrote (null when it never did). The pane decides the
 * structure; a value a person changed in the workbook since `base` is kept, and a row a
 * person added there is kept. Where both sides changed a value, the workbook wins and
 * the conflict is reported, so nothing typed in the workbook is lost. Paths in `unread`
 * had no cell in the workbook (a table, row or column is missing): the pane's value stays.
 */
export function mergeProjects(
  pane: Project,
  workbook: Project,
  base: Project | null,
  cells: ReadonlyMap<string, CellLocation>,
  unread: ReadonlySet<string> = new Set(),
): MergeResult {
  const merger = new Merger(base, cells, unread);
  const card = merger.card(pane.card, workbook.card, base?.card ?? null);
  const goals = merger.goals(pane, workbook);
  return { project: { card, goals }, problems: merger.problems };
}

class Merger {
  readonly problems: Problem[] = [];

  constructor(
    private readonly base: Project | null,
    private readonly cells: ReadonlyMap<string, CellLocation>,
    private readonly unread: ReadonlySet<string>,
  ) {}

  card(pane: ProjectCard, workbook: ProjectCard, base: ProjectCard | null): ProjectCard {
    const card: ProjectCard = { stakeholders: [] };
    for (const field of PROJECT_FIELDS) {
      const value = this.value(pane[field], workbook[field], base, base?.[field], ["card", field]);
      if (value !== undefined && value !== null) card[field] = String(value);
    }
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const people = [pane.stakeholders, workbook.stakeholders, base?.stakeholders] as const;
    if (this.unread.has("$.card.stakeholders")) card.stakeholders = people[0];
    else if (!base) card.stakeholders = workbook.stakeholders.length > 0 ? people[1] : people[0];
    else if (same(people[1], people[2])) card.stakeholders = people[0];
    else card.stakeholders = people[1];
    return card;
  }

  goals(pane: Project, workbook: Project): ChosenGoal[] {
    const letters = [...pane.goals.map((goal) => goal.goal)];
    for (const goal of workbook.goals) {
      if (!letters.includes(goal.goal)) letters.push(goal.goal);
    }
    return letters
      .map((letter) => this.goal(letter, pane, workbook))
      .filter(
        (goal) =>
          goal.strategies.length + goal.indicators.length > 0 ||
          pane.goals.some((g) => g.goal === goal.goal),
      );
  }

  private goal(letter: string, pane: Project, workbook: Project): ChosenGoal {
    const ours = pane.goals.find((goal) => goal.goal === letter);
    const theirsIndex = workbook.goals.findIndex((goal) => goal.goal === letter);
    const theirs = workbook.goals[theirsIndex];
    const before = this.base?.goals.find((goal) => goal.goal === letter);
    const path = ["goals", theirsIndex];
    const ourPath = ["goals", pane.goals.findIndex((goal) => goal.goal === letter)];
    return {
      goal: letter,
      strategies: this.rows(
        ours?.strategies ?? [],
        theirs?.strategies ?? [],
        before?.strategies,
        [...ourPath, "strategies"],
        (strategy) => String(strategy.number),
        (mine, other, old, index) =>
          this.strategy(mine, other, old, [...path, "strategies", index]),
      ),
      indicators: this.rows(
        ours?.indicators ?? [],
        theirs?.indicators ?? [],
        before?.indicators,
        [...ourPath, "indicators"],
        indicatorKey,
        (mine, other, old, index) =>
          this.indicator(mine, other, old, [...path, "indicators", index]),
      ),
    };
  }

  // Rows of one kind: the pane's, merged with the workbook's where both have them, plus
  // the workbook's rows that the base did not have (a person added them in the sheet).
  private rows<T>(
    ours: readonly T[],
    theirs: readonly T[],
    before: readonly T[] | undefined,
    ourPath: JsonPath,
    keyOf: (row: T) => string,
    merge: (mine: T, other: T, old: T | undefined, theirIndex: number) => T,
  ): T[] {
    // The n-th row with a key matches the n-th row with that key on the other sides, so a
    // copied row is merged with its own cells.
    const ourTags = tagged(ours, keyOf);
    const theirTags = tagged(theirs, keyOf);
    const baseTags = tagged(before ?? [], keyOf);
    const merged = ours.map((row, position) => {
      const tag = ourTags[position] ?? "";
      const index = theirTags.indexOf(tag);
      const other = theirs[index];
      const old = before?.[baseTags.indexOf(tag)];
      // A row deleted in the sheet comes back: the pane decides which rows exist. Saying so
      // lets the person remove it in the pane too, where the problem takes them.
      if (other === undefined && old !== undefined) {
        this.problems.push(jsonProblem("row-kept-from-pane", "info", [...ourPath, position]));
      }
      return other === undefined ? row : merge(row, other, old, index);
    });
    const ourKeys = new Set(ours.map(keyOf));
    const baseKeys = new Set((before ?? []).map(keyOf));
    const added = theirs.filter((row) => !ourKeys.has(keyOf(row)) && !baseKeys.has(keyOf(row)));
    return [...merged, ...added, ...this.copies(theirs, before, ourKeys, keyOf)];
  }

  // A person who copies a row gets two rows with one key; the copies beyond what the base
  // had are theirs and kept. Once the base has them too, the pane may remove them.
  private copies<T>(
    theirs: readonly T[],
    before: readonly T[] | undefined,
    ourKeys: ReadonlySet<string>,
    keyOf: (row: T) => string,
  ): T[] {
    const count = (rows: readonly T[], key: string) =>
      rows.filter((row) => keyOf(row) === key).length;
    const seen = new Map<string, number>();
    return theirs.filter((row) => {
      const key = keyOf(row);
      const position = (seen.get(key) ?? 0) + 1;
      seen.set(key, position);
      const kept = Math.max(count(before ?? [], key), 1);
      return ourKeys.has(key) && position > kept;
    });
  }

  private strategy(
    mine: ChosenStrategy,
    other: ChosenStrategy,
    old: ChosenStrategy | undefined,
    path: JsonPath,
  ): ChosenStrategy {
    const note = this.value(mine.note, other.note, old, old?.note, [...path, "note"]);
    return { number: mine.number, ...(note ? { note: String(note) } : {}) };
  }

  private indicator(
    mine: ProjectIndicator,
    other: ProjectIndicator,
    old: ProjectIndicator | undefined,
    path: JsonPath,
  ): ProjectIndicator {
    const pick = (field: keyof ProjectIndicator) =>
      this.value(mine[field], other[field], old, old?.[field], [...path, field]);
    const result: ProjectIndicator = {
      ...(mine.id !== undefined ? { id: mine.id } : {}),
      baseline: numberOrNull(pick("baseline")),
      contract: numberOrNull(pick("contract")),
      end: numberOrNull(pick("end")),
    };
    for (const field of [
      "name",
      "unit",
      "direction",
      "baselineDate",
      "endDate",
      "evidence",
    ] as const) {
      const value = field === "name" ? mine.name : pick(field);
      if (value !== undefined && value !== null && value !== "") result[field] = String(value);
    }
    return result;
  }

  private value(mine: Value, other: Value, baseRow: unknown, old: Value, path: JsonPath): Value {
    // A missing table, card row or column is not a value a person emptied.
    if (this.unread.has(formatJsonPath(path))) return mine;
    if (baseRow === undefined || baseRow === null) {
      if (isEmpty(other)) return mine;
      if (!isEmpty(mine) && !same(mine, other)) this.conflict(mine, other, path);
      return other;
    }
    if (same(other, old)) return mine;
    if (same(mine, old) || same(mine, other)) return other;
    this.conflict(mine, other, path);
    return other;
  }

  private conflict(mine: Value, other: Value, path: JsonPath) {
    const cell = this.cells.get(formatJsonPath(path));
    const location = cell ? { kind: "cell" as const, ...cell } : { kind: "workbook" as const };
    const params = { pane: JSON.stringify(mine ?? ""), workbook: JSON.stringify(other ?? "") };
    this.problems.push(makeProblem("merge-conflict", "warning", location, params));
  }
}

/** Each row's key with how many rows before it share that key: `id:A2#0`, `id:A2#1`. */
function tagged<T>(rows: readonly T[], keyOf: (row: T) => string): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const count = seen.get(keyOf(row)) ?? 0;
    seen.set(keyOf(row), count + 1);
    return `${keyOf(row)}#${String(count)}`;
  });
}

/** A row's identity within its goal: the catalogue id, or the custom name in any case. */
export function indicatorKey(indicator: ProjectIndicator): string {
  return indicator.id !== undefined
    ? `id:${indicator.id}`
    : `name:${(indicator.name ?? "").trim().toLowerCase()}`;
}

function isEmpty(value: Value): boolean {
  return value === undefined || value === null || value === "";
}

function same(a: Value, b: Value): boolean {
  return isEmpty(a) ? isEmpty(b) : a === b;
}

function numberOrNull(value: Value): number | null {
  return typeof value === "number" ? value : null;
}
