import type {
  ChosenGoal,
  Measurement,
  Project,
  ProjectIndicator,
  Stakeholder,
} from "../core/project/model";
import { parseNumberText } from "./numbers";

/** The fields of the project card that hold one text each. */
export const CARD_FIELDS = [
  "name",
  "organisation",
  "productCategory",
  "product",
  "buyer",
  "contractStart",
  "contractEnd",
] as const;

export type CardField = (typeof CARD_FIELDS)[number];

/** The fields of an indicator that hold a text. */
export type IndicatorTextField =
  "name" | "unit" | "direction" | "baselineDate" | "endDate" | "evidence";

/** A measurement typed as text that is not a number, kept so nothing typed is lost. */
export interface MeasurementDraft {
  goal: string;
  index: number;
  field: Measurement;
  text: string;
}

/** What the pane edits: the project, and what it knows of the workbook. */
export interface EditorState {
  project: Project;
  /** The project as last read from or written to the workbook; null when neither happened. */
  base: Project | null;
  /** Goals unchosen in this session, kept so that choosing one again restores its work. */
  parked: ChosenGoal[];
  drafts: MeasurementDraft[];
}

/** Everything a person or the workbook does to the project being edited. */
export type EditorAction =
  | { type: "new-project" }
  | { type: "loaded"; project: Project }
  | { type: "written"; sent: Project; result: Project }
  | { type: "refreshed"; sent: Project; merged: Project; base: Project }
  | { type: "card-field"; field: CardField; value: string }
  | { type: "stakeholder-add" }
  | { type: "stakeholder-edit"; index: number; field: keyof Stakeholder; value: string }
  | { type: "stakeholder-remove"; index: number }
  | { type: "goal-toggle"; goal: string; order: readonly string[] }
  | { type: "strategy-toggle"; goal: string; number: number }
  | { type: "strategy-note"; goal: string; number: number; note: string }
  | { type: "indicator-add"; goal: string; id: string | null }
  | { type: "indicator-remove"; goal: string; index: number }
  | IndicatorTextAction
  | { type: "indicator-measure"; goal: string; index: number; field: Measurement; text: string };

type IndicatorTextAction = {
  type: "indicator-text";
  goal: string;
  index: number;
  field: IndicatorTextField;
  value: string;
};

/** A project with nothing filled in. */
export function emptyProject(): Project {
  return { card: { stakeholders: [] }, goals: [] };
}

/** The state of a pane that has not read or written a workbook yet. */
export function initialEditorState(): EditorState {
  return { project: emptyProject(), base: null, parked: [], drafts: [] };
}

/** Applies one action to the editor state; pure, so it is tested without React. */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case "new-project":
      return { ...initialEditorState(), base: state.base };
    case "loaded":
      return { project: action.project, base: action.project, parked: [], drafts: [] };
    case "written":
      return afterWrite(state, action.sent, action.result);
    case "refreshed":
      return afterRefresh(state, action);
    case "card-field":
      return withProject(state, setCardField(state.project, action.field, action.value));
    case "stakeholder-add":
    case "stakeholder-edit":
    case "stakeholder-remove":
      return withProject(state, editStakeholders(state.project, action));
    case "goal-toggle":
      return toggleGoal(state, action.goal, action.order);
    case "strategy-toggle":
      return withGoal(state, action.goal, (goal) => toggleStrategy(goal, action.number));
    case "strategy-note":
      return withGoal(state, action.goal, (goal) => setNote(goal, action.number, action.note));
    case "indicator-add":
      return withGoal(state, action.goal, (goal) => addIndicator(goal, action.id));
    case "indicator-remove":
      return removeIndicator(state, action.goal, action.index);
    case "indicator-text":
      return withIndicator(state, action, (indicator) => setText(indicator, action));
    case "indicator-measure":
      return measure(state, action);
  }
}

// A build or refresh that finishes after the person typed on keeps what they typed: only
// the base moves, and the next build merges the rest.
function afterWrite(state: EditorState, sent: Project, result: Project): EditorState {
  if (state.project !== sent) return { ...state, base: result };
  return { ...state, project: result, base: result, drafts: [] };
}

function afterRefresh(
  state: EditorState,
  action: { sent: Project; merged: Project; base: Project },
): EditorState {
  if (state.project !== action.sent) return { ...state, base: action.base };
  return { ...state, project: action.merged, base: action.base };
}

function withProject(state: EditorState, project: Project): EditorState {
  return { ...state, project };
}

// An emptied field becomes undefined, as if it was never filled in.
function setCardField(project: Project, field: CardField, value: string): Project {
  return { ...project, card: { ...project.card, [field]: value === "" ? undefined : value } };
}

type StakeholderAction = Extract<
  EditorAction,
  { type: "stakeholder-add" | "stakeholder-edit" | "stakeholder-remove" }
>;

function editStakeholders(project: Project, action: StakeholderAction): Project {
  const people = project.card.stakeholders;
  let stakeholders: Stakeholder[];
  if (action.type === "stakeholder-add") stakeholders = [...people, { name: "" }];
  else if (action.type === "stakeholder-remove") {
    stakeholders = people.filter((_, index) => index !== action.index);
  } else {
    stakeholders = people.map((person, index) =>
      index === action.index ? setPersonField(person, action.field, action.value) : person,
    );
  }
  return { ...project, card: { ...project.card, stakeholders } };
}

function setPersonField(person: Stakeholder, field: keyof Stakeholder, value: string) {
  if (field === "name") return { ...person, name: value };
  const { role: _role, ...rest } = person;
  return value === "" ? rest : { ...rest, role: value };
}

function toggleGoal(state: EditorState, letter: string, order: readonly string[]): EditorState {
  const { project, parked } = state;
  const chosen = project.goals.find((goal) => goal.goal === letter);
  const others = parked.filter((goal) => goal.goal !== letter);
  if (chosen) {
    const goals = project.goals.filter((goal) => goal !== chosen);
    return { ...state, project: { ...project, goals }, parked: [...others, chosen] };
  }
  const restored = parked.find((goal) => goal.goal === letter) ?? {
    goal: letter,
    strategies: [],
    indicators: [],
  };
  const goals = sortGoals([...project.goals, restored], order);
  return { ...state, project: { ...project, goals }, parked: others };
}

// Goals follow the map's order (input, use, output) whatever order they were chosen in.
function sortGoals(goals: ChosenGoal[], order: readonly string[]): ChosenGoal[] {
  const rank = (letter: string) => {
    const position = order.indexOf(letter);
    return position === -1 ? order.length : position;
  };
  return [...goals].sort((a, b) => rank(a.goal) - rank(b.goal));
}

function withGoal(
  state: EditorState,
  letter: string,
  change: (goal: ChosenGoal) => ChosenGoal,
): EditorState {
  const goals = state.project.goals.map((goal) => (goal.goal === letter ? change(goal) : goal));
  return withProject(state, { ...state.project, goals });
}

function toggleStrategy(goal: ChosenGoal, number: number): ChosenGoal {
  const chosen = goal.strategies.some((strategy) => strategy.number === number);
  const strategies = chosen
    ? goal.strategies.filter((strategy) => strategy.number !== number)
    : [...goal.strategies, { number }].sort((a, b) => a.number - b.number);
  return { ...goal, strategies };
}

function setNote(goal: ChosenGoal, number: number, note: string): ChosenGoal {
  const strategies = goal.strategies.map((strategy) => {
    if (strategy.number !== number) return strategy;
    return note === "" ? { number } : { number, note };
  });
  return { ...goal, strategies };
}

function addIndicator(goal: ChosenGoal, id: string | null): ChosenGoal {
  const measured = { baseline: null, contract: null, end: null };
  const indicator: ProjectIndicator = id === null ? { name: "", ...measured } : { id, ...measured };
  return { ...goal, indicators: [...goal.indicators, indicator] };
}

function removeIndicator(state: EditorState, letter: string, index: number): EditorState {
  const next = withGoal(state, letter, (goal) => ({
    ...goal,
    indicators: goal.indicators.filter((_, position) => position !== index),
  }));
  // Drafts are keyed by position, so those after the removed indicator move up by one.
  const drafts = state.drafts
    .filter((draft) => draft.goal !== letter || draft.index !== index)
    .map((draft) =>
      draft.goal === letter && draft.index > index ? { ...draft, index: draft.index - 1 } : draft,
    );
  return { ...next, drafts };
}

interface IndicatorAddress {
  goal: string;
  index: number;
}

function withIndicator(
  state: EditorState,
  address: IndicatorAddress,
  change: (indicator: ProjectIndicator) => ProjectIndicator,
): EditorState {
  return withGoal(state, address.goal, (goal) => ({
    ...goal,
    indicators: goal.indicators.map((indicator, index) =>
      index === address.index ? change(indicator) : indicator,
    ),
  }));
}

function setText(indicator: ProjectIndicator, action: IndicatorTextAction): ProjectIndicator {
  return { ...indicator, [action.field]: action.value === "" ? undefined : action.value };
}

function measure(
  state: EditorState,
  action: Extract<EditorAction, { type: "indicator-measure" }>,
): EditorState {
  const parsed = parseNumberText(action.text);
  const value = parsed.ok ? parsed.value : null;
  const next = withIndicator(state, action, (indicator) => ({
    ...indicator,
    [action.field]: value,
  }));
  const same = (draft: MeasurementDraft) =>
    draft.goal === action.goal && draft.index === action.index && draft.field === action.field;
  const drafts = state.drafts.filter((draft) => !same(draft));
  if (!parsed.ok) {
    const { goal, index, field, text } = action;
    drafts.push({ goal, index, field, text });
  }
  return { ...next, drafts };
}

/** The text a person typed for a measurement that is not a number, if any. */
export function draftFor(
  state: EditorState,
  goal: string,
  index: number,
  field: Measurement,
): string | undefined {
  return state.drafts.find(
    (draft) => draft.goal === goal && draft.index === index && draft.field === field,
  )?.text;
}

/** The project without stakeholder rows left blank, as it is written to the workbook. */
export function withoutBlankStakeholders(project: Project): Project {
  const stakeholders = project.card.stakeholders.filter(
    (person) => person.name.trim() !== "" || (person.role ?? "").trim() !== "",
  );
  if (stakeholders.length === project.card.stakeholders.length) return project;
  return { ...project, card: { ...project.card, stakeholders } };
}
