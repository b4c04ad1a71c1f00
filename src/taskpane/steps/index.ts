export { CardStep } from "./card-step";
export { GoalsStep } from "./goals-step";
export { IndicatorsStep } from "./indicators-step";
export { ReviewStep } from "./review-step";
export { StrategiesStep } from "./strategies-step";
