import type { Project } from "../../src/core/project/model";
import { fieldId } from "../../src/taskpane/field-ids";
import { locateJsonPath } from "../../src/taskpane/locate-problem";
import { formatNumberText, parseNumberText } from "../../src/taskpane/numbers";
import { listChanges } from "../../src/taskpane/project-changes";
import { todayIso } from "../../src/taskpane/today";

const PROJECT: Project = {
  card: { name: "Stoelen", stakeholders: [{ name: "Facilitaire dienst" }] },
  goals: [
    {
      goal: "A",
      strategies: [{ number: 4 }, { number: 6, note: "Gerecycleerd" }],
      indicators: [{ id: "A2", baseline: 400, contract: 150, end: null }],
    },
  ],
};

describe("measurements typed as text", () => {
  it.each([
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["-3", -3],
    [",5", 0.5],
    ["  400 ", 400],
    ["", null],
  ])("reads %j as %p", (text, value) => {
    expect(parseNumberText(text)).toEqual({ ok: true, value });
  });

  it.each(["ca. 30", "1.500,25", "12%", "-", "1e3"])("refuses %j", (text) => {
    expect(parseNumberText(text)).toEqual({ ok: false });
  });

  it("writes a number with the language's decimal mark", () => {
    expect(formatNumberText(12.5, "nl")).toBe("12,5");
    expect(formatNumberText(12.5, "en")).toBe("12.5");
    expect(formatNumberText(null, "nl")).toBe("");
  });
});

describe("finding the field of a problem", () => {
  it.each([
    ["$.card.name", "card", fieldId.card("name")],
    ["$.card.contractEnd", "card", fieldId.card("contractEnd")],
    ["$.card.stakeholders[0].role", "card", fieldId.stakeholder(0, "role")],
    ["$.goals", "goals", fieldId.goals()],
    ["$.goals[0].goal", "goals", fieldId.goal("A")],
    ["$.goals[0].strategies", "strategies", fieldId.strategies("A")],
    ["$.goals[0].strategies[1].number", "strategies", fieldId.strategy("A", 6)],
    ["$.goals[0].strategies[1].note", "strategies", fieldId.strategyNote("A", 6)],
    ["$.goals[0].indicators", "indicators", fieldId.indicatorPicker("A")],
    ["$.goals[0].indicators[0].contract", "indicators", "ak-indicator-A-0-contract"],
    ["$.goals[0].indicators[0].id", "indicators", fieldId.indicator("A", 0)],
  ])("sends %s to the %s step, field %s", (path, step, id) => {
    const location = locateJsonPath(path, PROJECT);
    expect(location?.step).toBe(step);
    expect(location?.ids[0]).toBe(id);
  });

  it("knows no field for a path outside the project", () => {
    expect(locateJsonPath("$.format", PROJECT)).toBeNull();
    expect(locateJsonPath("not a path", PROJECT)).toBeNull();
  });
});

describe("changes between two versions of a project", () => {
  it("lists changed, added and removed values by goal, strategy and indicator", () => {
    const after: Project = {
      card: { name: "Stoelen", buyer: "An Peeters", stakeholders: [] },
      goals: [
        {
          goal: "A",
          strategies: [{ number: 4 }, { number: 6 }],
          indicators: [{ id: "A2", baseline: 380, contract: 150, end: null }],
        },
      ],
    };
    const changes = listChanges(PROJECT, after).map(({ place, field, before, after: value }) => [
      place,
      field,
      before,
      value,
    ]);
    expect(changes).toEqual([
      [{ kind: "card" }, "buyer", null, "An Peeters"],
      [{ kind: "indicator", goal: "A", indicator: "A2" }, "baseline", 400, 380],
      [{ kind: "stakeholder", index: 0 }, "name", "Facilitaire dienst", null],
      [{ kind: "strategy", goal: "A", number: 6 }, "note", "Gerecycleerd", null],
    ]);
  });

  it("finds nothing between a project and itself", () => {
    expect(listChanges(PROJECT, structuredClone(PROJECT))).toEqual([]);
  });
});

describe("today", () => {
  it("is the local calendar date", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
