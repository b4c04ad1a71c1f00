/** The steps of the guided flow, in the order of the method. */
export const STEP_IDS = ["start", "card", "goals", "strategies", "indicators", "review"] as const;

export type StepId = (typeof STEP_IDS)[number];
