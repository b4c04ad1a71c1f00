import type {
  Catalogue,
  CatalogueGoal,
  CatalogueIndicator,
  CatalogueStrategy,
  ProductCategory,
} from "./schema";

/** Lookups into a catalogue by its keys. */
export interface CatalogueIndex {
  catalogue: Catalogue;
  goals: ReadonlyMap<string, CatalogueGoal>;
  strategies: ReadonlyMap<number, CatalogueStrategy>;
  indicators: ReadonlyMap<string, CatalogueIndicator>;
  categories: ReadonlyMap<string, ProductCategory>;
}

/** Builds the lookups of a catalogue that passed its checks (so its keys are unique). */
export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  return {
    catalogue,
    goals: new Map(catalogue.goals.map((goal) => [goal.letter, goal])),
    strategies: new Map(catalogue.strategies.map((strategy) => [strategy.number, strategy])),
    indicators: new Map(catalogue.indicators.map((indicator) => [indicator.id, indicator])),
    categories: new Map(catalogue.productCategories.map((category) => [category.id, category])),
  };
}
