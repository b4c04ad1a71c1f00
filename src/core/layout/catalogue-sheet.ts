import type { Catalogue } from "../catalogue/schema";
import type { Language } from "../language";
import { workbookTexts } from "../messages/workbook";
import { sheetReference, type CellRect } from "../util/a1";
import { blockOf, FORMATS, label, rect, type FormattedCell } from "./cells";
import { CATALOGUE, TABLE_NAMES, TITLE_ROW } from "./geometry";
import type { CellBlock, SheetPlan, TablePlan } from "./plan";

const STYLE = "TableStyleLight14";

/** Where the lists that validation rules and lookups read lie on the catalogue sheet. */
export interface CatalogueRanges {
  goalLetters: CellRect;
  strategyNumbers: CellRect;
  indicatorIds: CellRect;
  categoryNames: CellRect;
  directions: CellRect;
}

/** The body ranges of the catalogue's lists, given its size. */
export function catalogueRanges(catalogue: Catalogue): CatalogueRanges {
  const first = CATALOGUE.headerRow + 1;
  return {
    goalLetters: rect(first, CATALOGUE.goals, catalogue.goals.length),
    strategyNumbers: rect(first, CATALOGUE.strategies, catalogue.strategies.length),
    indicatorIds: rect(first, CATALOGUE.indicators, Math.max(1, catalogue.indicators.length)),
    categoryNames: rect(first, CATALOGUE.categories + 1, catalogue.productCategories.length),
    directions: rect(first, CATALOGUE.directions, 2),
  };
}

/** A list source for data validation: `=Catalogus!$A$5:$A$9`. */
export function listSource(sheet: string, range: CellRect): string {
  return `=${sheetReference(sheet, range)}`;
}

/** The catalogue sheet: goals, strategies, support, indicator table and categories. */
export function planCatalogueSheet(
  catalogue: Catalogue,
  language: Language,
  name: string,
): SheetPlan {
  const texts = workbookTexts(language);
  const columns = texts.columns;
  const tables: { table: TablePlan; block: CellBlock }[] = [
    tableOf(
      TABLE_NAMES.goals,
      CATALOGUE.goals,
      [columns.letter, columns.phase, columns.name, columns.description],
      catalogue.goals.map((goal) => [
        label(goal.letter),
        label(texts.phases[goal.phase]),
        label(goal.name[language]),
        label(goal.description[language]),
      ]),
    ),
    tableOf(
      TABLE_NAMES.catalogueStrategies,
      CATALOGUE.strategies,
      [columns.number, columns.name, columns.description],
      catalogue.strategies.map((strategy) => [
        numberCell(strategy.number),
        label(strategy.name[language]),
        label(strategy.description[language]),
      ]),
    ),
    tableOf(
      TABLE_NAMES.support,
      CATALOGUE.support,
      [columns.strategy, columns.goal],
      catalogue.strategies.flatMap((strategy) =>
        strategy.goals.map((letter) => [numberCell(strategy.number), label(letter)]),
      ),
    ),
    tableOf(
      TABLE_NAMES.indicatorLibrary,
      CATALOGUE.indicators,
      [columns.id, columns.goal, columns.name, columns.unit, columns.direction, columns.definition],
      libraryRows(catalogue, language),
    ),
    tableOf(
      TABLE_NAMES.categories,
      CATALOGUE.categories,
      [columns.id, columns.name],
      catalogue.productCategories.map((category) => [
        label(category.id),
        label(category.name[language]),
      ]),
    ),
  ];
  const directions = blockOf(CATALOGUE.headerRow, CATALOGUE.directions, [
    [label(columns.direction)],
    [label(texts.directions.higher)],
    [label(texts.directions.lower)],
  ]);
  const heading = blockOf(TITLE_ROW, 0, [
    [label(catalogue.name[language])],
    [label(catalogue.description[language])],
  ]);
  return {
    key: "catalogue",
    name,
    tabColor: "#7F7F7F",
    blocks: [heading, ...tables.map((entry) => entry.block), directions],
    columnWidths: CATALOGUE_WIDTHS,
    formats: [
      { rect: rect(TITLE_ROW, 0), bold: true, fontSize: 14 },
      { rect: rect(CATALOGUE.headerRow, CATALOGUE.directions), bold: true },
      { rect: rect(CATALOGUE.headerRow + 1, 0, 200, 23), wrap: true },
    ],
    tables: tables.map((entry) => entry.table),
    validations: [],
    conditionalFormats: [],
    charts: [],
    freeze: { rows: CATALOGUE.headerRow + 1, columns: 0 },
    protect: true,
  };
}

function libraryRows(catalogue: Catalogue, language: Language): FormattedCell[][] {
  const texts = workbookTexts(language);
  if (catalogue.indicators.length === 0) return [[0, 1, 2, 3, 4, 5].map(() => label(""))];
  return catalogue.indicators.map((indicator) => [
    label(indicator.id),
    label(indicator.goal),
    label(indicator.name[language]),
    label(indicator.unit[language]),
    label(texts.directions[indicator.direction]),
    label(indicator.definition[language]),
  ]);
}

function tableOf(
  name: string,
  column: number,
  headers: string[],
  rows: FormattedCell[][],
): { table: TablePlan; block: CellBlock } {
  const all = [headers.map(label), ...rows];
  return {
    table: {
      name,
      rect: rect(CATALOGUE.headerRow, column, all.length, headers.length),
      style: STYLE,
      columns: headers,
    },
    block: blockOf(CATALOGUE.headerRow, column, all),
  };
}

function numberCell(value: number): FormattedCell {
  return { cell: { kind: "fixed", value }, format: FORMATS.general };
}

const CATALOGUE_WIDTHS = [
  [0, 45],
  [1, 60],
  [2, 220],
  [3, 320],
  [5, 55],
  [6, 260],
  [7, 320],
  [9, 55],
  [10, 70],
  [12, 45],
  [13, 70],
  [14, 220],
  [15, 80],
  [16, 60],
  [17, 320],
  [19, 140],
  [20, 180],
  [22, 70],
].map(([column, width]) => ({ column: column ?? 0, width: width ?? 0 }));
