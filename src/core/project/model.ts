/** A person with a stake in the project, and their role in it. */
export interface Stakeholder {
  name: string;
  role?: string | undefined;
}

/** The project card: what is bought, by whom, and for how long. Dates are ISO `YYYY-MM-DD`. */
export interface ProjectCard {
  name?: string | undefined;
  organisation?: string | undefined;
  productCategory?: string | undefined;
  product?: string | undefined;
  buyer?: string | undefined;
  contractStart?: string | undefined;
  contractEnd?: string | undefined;
  stakeholders: Stakeholder[];
}

export interface ChosenStrategy {
  number: number;
  note?: string | undefined;
}

/**
 * One measured indicator: a catalogue `id`, or a custom `name`, `unit` and
 * `direction`. A measurement that is missing is null.
 */
export interface ProjectIndicator {
  id?: string | undefined;
  name?: string | undefined;
  unit?: string | undefined;
  direction?: string | undefined;
  baseline: number | null;
  contract: number | null;
  end: number | null;
  baselineDate?: string | undefined;
  endDate?: string | undefined;
  evidence?: string | undefined;
}

export interface ChosenGoal {
  goal: string;
  strategies: ChosenStrategy[];
  indicators: ProjectIndicator[];
}

/** A procurement project: its card and, per chosen goal, strategies and indicators. */
export interface Project {
  card: ProjectCard;
  goals: ChosenGoal[];
}

export const MEASUREMENTS = ["baseline", "contract", "end"] as const;
export type Measurement = (typeof MEASUREMENTS)[number];
