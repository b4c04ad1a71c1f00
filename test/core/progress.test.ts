import { computeProjectProgress } from "../../src/core/progress";
import {
  computeIndicatorProgress,
  meanOfKnown,
  type IndicatorProgress,
  type Measurements,
} from "../../src/core/progress";
import { parseProject } from "../../src/core/project";
import { index, readJson } from "../helpers/projects";

const m = (baseline: number | null, contract: number | null, end: number | null): Measurements => ({
  baseline,
  contract,
  end,
});

describe("progress of one indicator", () => {
  it.each<[string, Measurements, IndicatorProgress]>([
    [
      "all values missing",
      m(null, null, null),
      { ambition: null, realisedChange: null, progress: null, status: "incomplete" },
    ],
    [
      "baseline missing",
      m(null, 10, 8),
      { ambition: null, realisedChange: null, progress: null, status: "incomplete" },
    ],
    [
      "contract missing",
      m(5, null, 8),
      { ambition: null, realisedChange: 3, progress: null, status: "incomplete" },
    ],
    [
      "no end value yet",
      m(10, 40, null),
      { ambition: 30, realisedChange: null, progress: null, status: "running" },
    ],
    [
      "contract equal to baseline: nothing contracted",
      m(10, 10, 12),
      { ambition: 0, realisedChange: 2, progress: null, status: "incomplete" },
    ],
    [
      "higher is better, reached exactly",
      m(10, 40, 40),
      { ambition: 30, realisedChange: 30, progress: 1, status: "achieved" },
    ],
    [
      "higher is better, half way",
      m(10, 40, 25),
      { ambition: 30, realisedChange: 15, progress: 0.5, status: "partly-achieved" },
    ],
    [
      "lower is better, partly reached",
      m(400, 150, 180),
      { ambition: -250, realisedChange: -220, progress: 0.88, status: "partly-achieved" },
    ],
    [
      "lower is better, overshoot past 100 %",
      m(400, 150, 100),
      { ambition: -250, realisedChange: -300, progress: 1.2, status: "achieved" },
    ],
    [
      "regression below the baseline",
      m(10, 40, 4),
      { ambition: 30, realisedChange: -6, progress: -0.2, status: "not-achieved" },
    ],
    [
      "lower is better, regression above the baseline",
      m(100, 50, 120),
      { ambition: -50, realisedChange: 20, progress: -0.4, status: "not-achieved" },
    ],
    [
      "end equal to the baseline",
      m(10, 40, 10),
      { ambition: 30, realisedChange: 0, progress: 0, status: "not-achieved" },
    ],
    [
      "zero baseline",
      m(0, 50, 35),
      { ambition: 50, realisedChange: 35, progress: 0.7, status: "partly-achieved" },
    ],
    [
      "zero baseline, lower is better towards a negative contract",
      m(0, -4, -4),
      { ambition: -4, realisedChange: -4, progress: 1, status: "achieved" },
    ],
  ])("%s", (_name, values, expected) => {
    expect(computeIndicatorProgress(values)).toEqual(expected);
  });

  it("computes decimals as the division they are", () => {
    const result = computeIndicatorProgress(m(0.1, 0.4, 0.3));
    expect(result.progress).toBeCloseTo(2 / 3, 12);
    expect(result.status).toBe("partly-achieved");
  });

  it("handles large numbers", () => {
    const result = computeIndicatorProgress(m(2_000_000_000, 1_000_000_000, 1_500_000_000));
    expect(result.progress).toBe(0.5);
  });
});

describe("means", () => {
  it("ignore unknown values", () => {
    expect(meanOfKnown([0.5, null, 1])).toBe(0.75);
  });

  it("are null when nothing is known", () => {
    expect(meanOfKnown([null, null])).toBeNull();
    expect(meanOfKnown([])).toBeNull();
  });
});

describe("progress of a project", () => {
  it("gives goal means and the mean over goals for the office chairs example", () => {
    const { project } = parseProject(readJson("examples/office-chairs.json"));
    if (!project) throw new Error("the example reads");
    const progress = computeProjectProgress(project, index);
    expect(progress.indicators.map((row) => [row.indicator, row.status])).toEqual([
      ["A2", "partly-achieved"],
      ["B1", "achieved"],
      ["B3", "partly-achieved"],
      ["C2", "achieved"],
    ]);
    const goalB = (35 / 30 + 35 / 50) / 2;
    expect(progress.goals).toEqual([
      { goal: "A", progress: 0.88 },
      { goal: "B", progress: goalB },
      { goal: "C", progress: 1 },
    ]);
    expect(progress.project).toBe((0.88 + goalB + 1) / 3);
  });

  it("gives null progress for goals without any end value", () => {
    const { project } = parseProject(readJson("examples/laptops.json"));
    if (!project) throw new Error("the example reads");
    const progress = computeProjectProgress(project, index);
    expect(progress.goals.map((goal) => goal.progress)).toEqual([null, null, null]);
    expect(progress.project).toBeNull();
    expect(progress.indicators[1]?.indicator).toBe("Gemiddelde batterijcapaciteit na drie jaar");
  });
});
