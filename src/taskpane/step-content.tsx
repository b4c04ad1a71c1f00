import { lazy } from "react";
import type { StepId } from "./step-ids";
import { StartStep, type StartStepProps } from "./steps/start-step";
import type { StepProps } from "./steps/step-props";
import type { ReviewStepProps } from "./steps/review-step";

// The editing steps load when the person leaves the first screen; one chunk holds them
// all, fetched while the browser is idle, so moving between steps never waits twice.
const steps = () => import(/* webpackChunkName: "steps", webpackPrefetch: true */ "./steps");
const CardStep = lazy(() => steps().then((module) => ({ default: module.CardStep })));
const GoalsStep = lazy(() => steps().then((module) => ({ default: module.GoalsStep })));
const StrategiesStep = lazy(() => steps().then((module) => ({ default: module.StrategiesStep })));
const IndicatorsStep = lazy(() => steps().then((module) => ({ default: module.IndicatorsStep })));
const ReviewStep = lazy(() => steps().then((module) => ({ default: module.ReviewStep })));

/** Everything the steps need, gathered by the pane. */
export interface StepContentProps {
  step: StepId;
  editing: StepProps;
  start: StartStepProps;
  review: Omit<ReviewStepProps, keyof StepProps>;
}

/** The current step; the editing steps are loaded on first use. */
export function StepContent({ step, editing, start, review }: StepContentProps) {
  switch (step) {
    case "start":
      return <StartStep {...start} />;
    case "card":
      return <CardStep {...editing} />;
    case "goals":
      return <GoalsStep {...editing} />;
    case "strategies":
      return <StrategiesStep {...editing} />;
    case "indicators":
      return <IndicatorsStep {...editing} />;
    case "review":
      return <ReviewStep {...editing} {...review} />;
  }
}
