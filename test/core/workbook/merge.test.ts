import type { Project } from "../../../src/core/project";
import { mergeProjects } from "../../../src/core/workbook/merge";

function project(end: number | null, evidence?: string): Project {
  return {
    card: { name: "Stoelen", stakeholders: [] },
    goals: [
      {
        goal: "A",
        strategies: [{ number: 4 }],
        indicators: [
          { id: "A2", baseline: 400, contract: 150, end, ...(evidence ? { evidence } : {}) },
        ],
      },
    ],
  };
}

const cells = new Map([["$.goals[0].indicators[0].end", { sheet: "Indicatoren", address: "H4" }]]);

describe("merging the pane's project with the workbook", () => {
  it("takes the pane's change when the workbook still holds the base value", () => {
    const merged = mergeProjects(project(180), project(null), project(null), cells);
    expect(merged.project.goals[0]?.indicators[0]?.end).toBe(180);
    expect(merged.problems).toEqual([]);
  });

  it("keeps a value a person typed in the workbook since the base", () => {
    const merged = mergeProjects(project(null), project(175), project(null), cells);
    expect(merged.project.goals[0]?.indicators[0]?.end).toBe(175);
    expect(merged.problems).toEqual([]);
  });

  it("keeps the workbook's value when both changed, and says where", () => {
    const merged = mergeProjects(project(180), project(175), project(null), cells);
    expect(merged.project.goals[0]?.indicators[0]?.end).toBe(175);
    expect(merged.problems.map((problem) => [problem.code, problem.location])).toEqual([
      ["merge-conflict", { kind: "cell", sheet: "Indicatoren", address: "H4" }],
    ]);
    expect(merged.problems[0]?.message.en).toBe(
      "This cell was changed in the workbook (175) and in the pane (180); " +
        "the workbook's value was kept.",
    );
  });

  it("without a base, never replaces a value the workbook holds", () => {
    const merged = mergeProjects(project(180), project(175), null, cells);
    expect(merged.project.goals[0]?.indicators[0]?.end).toBe(175);
    expect(merged.problems).toHaveLength(1);
  });

  it("without a base, fills what the workbook leaves empty", () => {
    const merged = mergeProjects(project(180, "bon"), project(null), null, cells);
    expect(merged.project.goals[0]?.indicators[0]).toMatchObject({ end: 180, evidence: "bon" });
  });

  it("keeps a row a person added in the workbook", () => {
    const workbook = project(null);
    workbook.goals[0]?.strategies.push({ number: 5, note: "Lichtere onderstellen" });
    const merged = mergeProjects(project(null), workbook, project(null), cells);
    expect(merged.project.goals[0]?.strategies).toEqual([
      { number: 4 },
      { number: 5, note: "Lichtere onderstellen" },
    ]);
  });

  it("drops a row the pane removed", () => {
    const base = project(null);
    base.goals[0]?.strategies.push({ number: 5 });
    const merged = mergeProjects(project(null), structuredClone(base), base, cells);
    expect(merged.project.goals[0]?.strategies).toEqual([{ number: 4 }]);
  });

  it("adds the pane's new goal after keeping the workbook's values", () => {
    const pane = project(null);
    pane.goals.push({ goal: "C", strategies: [{ number: 8 }], indicators: [] });
    const merged = mergeProjects(pane, project(175), project(null), cells);
    expect(merged.project.goals.map((goal) => goal.goal)).toEqual(["A", "C"]);
    expect(merged.project.goals[0]?.indicators[0]?.end).toBe(175);
  });
});
