import type { CatalogueIndex } from "../catalogue/catalogue-index";
import { DIRECTIONS, type Direction } from "../catalogue/schema";
import type { LocalText } from "../language";
import type { ProjectIndicator } from "./model";

/** What an indicator is, wherever it is defined: the catalogue or the project itself. */
export interface IndicatorDefinition {
  source: "catalogue" | "custom";
  /** The catalogue id, or the custom name: how the CLI and messages refer to it. */
  key: string;
  name: LocalText | string;
  unit: LocalText | string;
  direction: Direction | null;
  /** The goal the catalogue places it under; null for a custom indicator. */
  goal: string | null;
}

/** Looks an indicator up in the catalogue, or takes its custom fields; null for an unknown id. */
export function resolveIndicator(
  indicator: ProjectIndicator,
  index: CatalogueIndex,
): IndicatorDefinition | null {
  if (indicator.id !== undefined) {
    const entry = index.indicators.get(indicator.id);
    if (!entry) return null;
    const { id, name, unit, direction, goal } = entry;
    return { source: "catalogue", key: id, name, unit, direction, goal };
  }
  const name = indicator.name?.trim() ?? "";
  return {
    source: "custom",
    key: name,
    name,
    unit: indicator.unit?.trim() ?? "",
    direction: parseDirection(indicator.direction),
    goal: null,
  };
}

/** A direction from its text, or null when it is neither "higher" nor "lower". */
export function parseDirection(text: string | undefined): Direction | null {
  const trimmed = text?.trim().toLowerCase();
  return DIRECTIONS.find((direction) => direction === trimmed) ?? null;
}
