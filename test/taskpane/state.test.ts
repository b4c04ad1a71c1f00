import type { Project } from "../../src/core/project/model";
import {
  draftFor,
  editorReducer,
  initialEditorState,
  withoutBlankStakeholders,
  type EditorAction,
  type EditorState,
} from "../../src/taskpane/state";

const ORDER = ["A", "B", "C", "D", "E"];

function apply(...actions: EditorAction[]): EditorState {
  return actions.reduce(editorReducer, initialEditorState());
}

function goal(state: EditorState, letter: string) {
  const found = state.project.goals.find((entry) => entry.goal === letter);
  if (!found) throw new Error(`goal ${letter} is not chosen`);
  return found;
}

describe("the project card", () => {
  it("sets a field, and forgets it when it is emptied", () => {
    const named = apply({ type: "card-field", field: "name", value: "Bureaustoelen" });
    expect(named.project.card.name).toBe("Bureaustoelen");

    const emptied = editorReducer(named, { type: "card-field", field: "name", value: "" });
    expect(emptied.project.card.name).toBeUndefined();
  });

  it("adds, edits and removes stakeholders", () => {
    const state = apply(
      { type: "stakeholder-add" },
      { type: "stakeholder-add" },
      { type: "stakeholder-edit", index: 0, field: "name", value: "Facilitaire dienst" },
      { type: "stakeholder-edit", index: 0, field: "role", value: "gebruiker" },
      { type: "stakeholder-edit", index: 1, field: "name", value: "Aankoopdienst" },
      { type: "stakeholder-remove", index: 0 },
    );
    expect(state.project.card.stakeholders).toEqual([{ name: "Aankoopdienst" }]);
  });

  it("drops a role that is emptied", () => {
    const state = apply(
      { type: "stakeholder-add" },
      { type: "stakeholder-edit", index: 0, field: "role", value: "gebruiker" },
      { type: "stakeholder-edit", index: 0, field: "role", value: "" },
    );
    expect(state.project.card.stakeholders).toEqual([{ name: "" }]);
  });

  it("leaves blank stakeholder rows out of what is written", () => {
    const state = apply(
      { type: "stakeholder-add" },
      { type: "stakeholder-add" },
      { type: "stakeholder-edit", index: 1, field: "name", value: "Preventiedienst" },
    );
    expect(withoutBlankStakeholders(state.project).card.stakeholders).toEqual([
      { name: "Preventiedienst" },
    ]);
  });
});

describe("goals and strategies", () => {
  it("keeps chosen goals in the map's order", () => {
    const state = apply(
      { type: "goal-toggle", goal: "C", order: ORDER },
      { type: "goal-toggle", goal: "A", order: ORDER },
    );
    expect(state.project.goals.map((entry) => entry.goal)).toEqual(["A", "C"]);
  });

  it("restores a goal's strategies and indicators when it is chosen again", () => {
    const chosen = apply(
      { type: "goal-toggle", goal: "A", order: ORDER },
      { type: "strategy-toggle", goal: "A", number: 4 },
      { type: "indicator-add", goal: "A", id: "A2" },
    );
    const unchosen = editorReducer(chosen, { type: "goal-toggle", goal: "A", order: ORDER });
    expect(unchosen.project.goals).toEqual([]);

    const again = editorReducer(unchosen, { type: "goal-toggle", goal: "A", order: ORDER });
    expect(goal(again, "A").strategies).toEqual([{ number: 4 }]);
    expect(goal(again, "A").indicators.map((indicator) => indicator.id)).toEqual(["A2"]);
  });

  it("toggles strategies in number order, and sets and clears a note", () => {
    const state = apply(
      { type: "goal-toggle", goal: "C", order: ORDER },
      { type: "strategy-toggle", goal: "C", number: 9 },
      { type: "strategy-toggle", goal: "C", number: 8 },
      { type: "strategy-toggle", goal: "C", number: 1 },
      { type: "strategy-toggle", goal: "C", number: 1 },
      { type: "strategy-note", goal: "C", number: 9, note: "Wisselstukken tien jaar" },
    );
    expect(goal(state, "C").strategies).toEqual([
      { number: 8 },
      { number: 9, note: "Wisselstukken tien jaar" },
    ]);

    const cleared = editorReducer(state, {
      type: "strategy-note",
      goal: "C",
      number: 9,
      note: "",
    });
    expect(goal(cleared, "C").strategies[1]).toEqual({ number: 9 });
  });
});

describe("indicators", () => {
  const withGoal = () =>
    apply(
      { type: "goal-toggle", goal: "A", order: ORDER },
      { type: "indicator-add", goal: "A", id: "A2" },
      { type: "indicator-add", goal: "A", id: null },
    );

  it("adds a catalogue indicator and a custom one, both unmeasured", () => {
    expect(goal(withGoal(), "A").indicators).toEqual([
      { id: "A2", baseline: null, contract: null, end: null },
      { name: "", baseline: null, contract: null, end: null },
    ]);
  });

  it("reads measurements with a decimal comma or point, and an empty field as null", () => {
    const state = [
      { field: "baseline", text: "12,5" },
      { field: "contract", text: " 7.25 " },
      { field: "end", text: "" },
    ].reduce(
      (current, { field, text }) =>
        editorReducer(current, {
          type: "indicator-measure",
          goal: "A",
          index: 0,
          field: field as "baseline" | "contract" | "end",
          text,
        }),
      withGoal(),
    );
    const indicator = goal(state, "A").indicators[0]!;
    expect([indicator.baseline, indicator.contract, indicator.end]).toEqual([12.5, 7.25, null]);
    expect(state.drafts).toEqual([]);
  });

  it("keeps text that is not a number as a draft until a number replaces it", () => {
    const typed = editorReducer(withGoal(), {
      type: "indicator-measure",
      goal: "A",
      index: 0,
      field: "baseline",
      text: "ca. 30",
    });
    expect(goal(typed, "A").indicators[0]?.baseline).toBeNull();
    expect(draftFor(typed, "A", 0, "baseline")).toBe("ca. 30");

    const fixed = editorReducer(typed, {
      type: "indicator-measure",
      goal: "A",
      index: 0,
      field: "baseline",
      text: "30",
    });
    expect(goal(fixed, "A").indicators[0]?.baseline).toBe(30);
    expect(fixed.drafts).toEqual([]);
  });

  it("moves drafts up when an indicator before them is removed", () => {
    const typed = editorReducer(withGoal(), {
      type: "indicator-measure",
      goal: "A",
      index: 1,
      field: "end",
      text: "veel",
    });
    const removed = editorReducer(typed, { type: "indicator-remove", goal: "A", index: 0 });
    expect(goal(removed, "A").indicators).toHaveLength(1);
    expect(draftFor(removed, "A", 0, "end")).toBe("veel");
  });

  it("sets the text fields of a custom indicator, and forgets an emptied one", () => {
    const state = [
      { field: "name", value: "Herstelde stoelen" },
      { field: "unit", value: "stuks" },
      { field: "direction", value: "higher" },
      { field: "evidence", value: "Onderhoudsrapport" },
      { field: "evidence", value: "" },
    ].reduce(
      (current, { field, value }) =>
        editorReducer(current, {
          type: "indicator-text",
          goal: "A",
          index: 1,
          field: field as "name" | "unit" | "direction" | "evidence",
          value,
        }),
      withGoal(),
    );
    const custom = goal(state, "A").indicators[1]!;
    expect([custom.name, custom.unit, custom.direction]).toEqual([
      "Herstelde stoelen",
      "stuks",
      "higher",
    ]);
    expect(custom.evidence).toBeUndefined();
  });
});

describe("reading and writing the workbook", () => {
  const project: Project = {
    card: { name: "Uit de werkmap", stakeholders: [] },
    goals: [{ goal: "C", strategies: [{ number: 8 }], indicators: [] }],
  };

  it("makes a project read from the workbook both the pane's project and its base", () => {
    const state = editorReducer(initialEditorState(), { type: "loaded", project });
    expect(state.project).toBe(project);
    expect(state.base).toBe(project);
  });

  it("starts a new project without forgetting the workbook's base", () => {
    const loaded = editorReducer(initialEditorState(), { type: "loaded", project });
    const fresh = editorReducer(loaded, { type: "new-project" });
    expect(fresh.project.goals).toEqual([]);
    expect(fresh.base).toBe(project);
  });

  it("takes the written project when nothing was typed during the build", () => {
    const before = apply({ type: "card-field", field: "name", value: "Stoelen" });
    const after = editorReducer(before, { type: "written", sent: before.project, result: project });
    expect(after.project).toBe(project);
    expect(after.base).toBe(project);
  });

  it("keeps what was typed during a build, and only moves the base", () => {
    const sent = apply({ type: "card-field", field: "name", value: "Stoelen" });
    const typed = editorReducer(sent, { type: "card-field", field: "product", value: "Kasten" });
    const after = editorReducer(typed, { type: "written", sent: sent.project, result: project });
    expect(after.project.card.product).toBe("Kasten");
    expect(after.base).toBe(project);
  });

  it("takes the merged project after a refresh, with the workbook's project as base", () => {
    const before = apply({ type: "card-field", field: "name", value: "Stoelen" });
    const merged: Project = { ...project, card: { ...project.card, buyer: "An" } };
    const after = editorReducer(before, {
      type: "refreshed",
      sent: before.project,
      merged,
      base: project,
    });
    expect(after.project).toBe(merged);
    expect(after.base).toBe(project);
  });
});
