import type { Measurement } from "../core/project/model";
import type { CardField, IndicatorTextField } from "./state";

/** A field of an indicator that the pane shows as its own control. */
export type IndicatorField = IndicatorTextField | Measurement;

// Element ids are how a problem in the review finds its field; they are built from the
// goal letter and positions, so the same project always gives the same ids.
/** The element id of every control a problem can point at. */
export const fieldId = {
  card: (field: CardField) => `ak-card-${field}`,
  stakeholder: (index: number, field: "name" | "role") => `ak-stakeholder-${index}-${field}`,
  goals: () => "ak-goals",
  goal: (letter: string) => `ak-goal-${letter}`,
  strategies: (letter: string) => `ak-strategies-${letter}`,
  strategy: (letter: string, number: number) => `ak-strategy-${letter}-${number}`,
  strategyNote: (letter: string, number: number) => `ak-strategy-${letter}-${number}-note`,
  indicators: (letter: string) => `ak-indicators-${letter}`,
  indicatorPicker: (letter: string) => `ak-indicators-${letter}-pick`,
  indicator: (letter: string, index: number) => `ak-indicator-${letter}-${index}`,
  indicatorField: (letter: string, index: number, field: IndicatorField) =>
    `ak-indicator-${letter}-${index}-${field}`,
};
