/**
 * Where the add-in puts things on its sheets (0-based rows and columns). The plan,
 * the formulas and the reader share these, so a change here moves all of them.
 */
export const TITLE_ROW = 0;

/** Project sheet: the card as a two-column table, then the stakeholders. */
export const PROJECT = {
  headerRow: 2,
  column: 0,
  stakeholdersTitleRow: 11,
  stakeholdersHeaderRow: 12,
};

/** Ambitions and Indicators sheets: one table whose header is on the third row. */
export const AMBITIONS = { headerRow: 2, column: 0 };
export const INDICATORS = { headerRow: 2, column: 0 };

/** Catalogue sheet: five tables side by side, so whole-column lookups see one table each. */
export const CATALOGUE = {
  descriptionRow: 1,
  headerRow: 3,
  goals: 0,
  strategies: 5,
  support: 9,
  indicators: 12,
  categories: 19,
  directions: 22,
};

/** Dashboard: project progress, the ambition matrix, then charts and their data. */
export const DASHBOARD = {
  projectProgressRow: 2,
  matrixTitleRow: 4,
  matrixHeaderRow: 5,
  chartGapRows: 2,
  /** Columns left free between the matrix and the chart data. */
  dataGapColumns: 3,
};

/** The indicator table's columns, in the order the workbook contract fixes. */
export const INDICATOR_COLUMNS = [
  "goal",
  "indicator",
  "unit",
  "direction",
  "baseline",
  "baselineDate",
  "contract",
  "end",
  "endDate",
  "evidence",
  "ambition",
  "realisedChange",
  "progress",
  "status",
] as const;

export const STRATEGY_COLUMNS = ["goal", "strategy", "strategyName", "supports", "note"] as const;

export const PROJECT_FIELDS = [
  "name",
  "organisation",
  "productCategory",
  "product",
  "buyer",
  "contractStart",
  "contractEnd",
] as const;

export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number];
export type StrategyColumn = (typeof STRATEGY_COLUMNS)[number];
export type ProjectField = (typeof PROJECT_FIELDS)[number];

/** The 0-based column of a key in a list of columns. */
export function columnOf<K extends string>(columns: readonly K[], key: K): number {
  return columns.indexOf(key);
}

/** Table names: the add-in finds its tables by these, never by sheet name. */
export const TABLE_NAMES = {
  project: "AK_Project",
  stakeholders: "AK_Stakeholders",
  strategies: "AK_Strategies",
  indicators: "AK_Indicators",
  goals: "AK_Goals",
  catalogueStrategies: "AK_CatalogueStrategies",
  support: "AK_Support",
  indicatorLibrary: "AK_IndicatorLibrary",
  categories: "AK_Categories",
} as const;

/** Workbook-level names: the layout version, the dashboard's anchor and the language. */
export const NAME_KEYS = {
  layoutVersion: "AK_LayoutVersion",
  dashboard: "AK_Dashboard",
  language: "AK_Language",
  layoutHash: "AK_LayoutHash",
} as const;

export const LAYOUT_VERSION = 1;
