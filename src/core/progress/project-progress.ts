import type { CatalogueIndex } from "../catalogue/catalogue-index";
import type { Direction } from "../catalogue/schema";
import type { Project } from "../project/model";
import { resolveIndicator } from "../project/resolve-indicator";
import { computeIndicatorProgress, meanOfKnown, type IndicatorProgress } from "./progress";

export interface IndicatorProgressRow extends IndicatorProgress {
  goal: string;
  /** The catalogue id, or the custom indicator's name. */
  indicator: string;
  direction: Direction | null;
  baseline: number | null;
  contract: number | null;
  end: number | null;
}

export interface GoalProgress {
  goal: string;
  /** Mean progress of the goal's indicators that have one; null when none has. */
  progress: number | null;
}

export interface ProjectProgress {
  indicators: IndicatorProgressRow[];
  goals: GoalProgress[];
  /** Mean of the goals' progress that is known; null when no goal has progress. */
  project: number | null;
}

/** Progress of every indicator, every goal and the whole project. */
export function computeProjectProgress(project: Project, index: CatalogueIndex): ProjectProgress {
  const perGoal = project.goals.map((goal) => {
    const rows = goal.indicators.map((indicator): IndicatorProgressRow => {
      const definition = resolveIndicator(indicator, index);
      const { baseline, contract, end } = indicator;
      return {
        goal: goal.goal,
        indicator: definition?.key ?? indicator.id ?? indicator.name ?? "",
        direction: definition?.direction ?? null,
        baseline,
        contract,
        end,
        ...computeIndicatorProgress(indicator),
      };
    });
    return {
      rows,
      goal: { goal: goal.goal, progress: meanOfKnown(rows.map((row) => row.progress)) },
    };
  });
  const goals = perGoal.map((entry) => entry.goal);
  return {
    indicators: perGoal.flatMap((entry) => entry.rows),
    goals,
    project: meanOfKnown(goals.map((goal) => goal.progress)),
  };
}
