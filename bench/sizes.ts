import type { Project } from "../src/core/project/model";

/** The project sizes the budgets are checked at: 5 goals, 13 strategies, n indicators. */
export const SIZES = [1, 10, 100, 1000] as const;

const STRATEGIES: Record<string, number[]> = {
  A: [1, 2, 4, 5],
  B: [6, 7, 13],
  C: [8, 9],
  D: [10, 11],
  E: [3, 12],
};

/** A valid project with `count` custom indicators spread over goals A–E. */
export function benchProject(count: number): Project {
  const letters = Object.keys(STRATEGIES);
  return {
    card: {
      name: `Benchmark ${count}`,
      organisation: "Stad Lindebeek",
      productCategory: "other",
      product: "Meetproject",
      contractStart: "2026-01-01",
      contractEnd: "2029-12-31",
      stakeholders: [{ name: "Aankoopdienst", role: "aankoper" }],
    },
    goals: letters.map((goal, g) => ({
      goal,
      strategies: (STRATEGIES[goal] ?? []).map((number) => ({
        number,
        note: `Strategie ${number}`,
      })),
      indicators: Array.from({ length: share(count, g, letters.length) }, (_, i) => ({
        name: `Indicator ${goal}${i + 1}`,
        unit: "kg",
        direction: "lower",
        baseline: 1000 + i,
        contract: 500 + i,
        end: i % 4 === 0 ? null : 600 + i,
        baselineDate: "2025-12-01",
        evidence: `Meetrapport ${goal}${i + 1}`,
      })),
    })),
  };
}

// Indicators are dealt over the goals, the first goals taking the remainder.
function share(count: number, goal: number, goals: number): number {
  return Math.floor(count / goals) + (goal < count % goals ? 1 : 0);
}
