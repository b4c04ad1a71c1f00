import type { CatalogueIndex } from "../catalogue/catalogue-index";
import type { Language } from "../language";
import { workbookTexts } from "../messages/workbook";
import type { Project } from "../project/model";
import { columnLetters } from "../util/a1";
import { blockOf, FORMATS, formula, label, numberInput, rect, textInput } from "./cells";
import { catalogueRanges, listSource } from "./catalogue-sheet";
import { strategyFormulas } from "./formulas";
import { AMBITIONS, STRATEGY_COLUMNS, TABLE_NAMES, TITLE_ROW } from "./geometry";
import type { SheetNames, SheetPlan } from "./plan";
import { listValidation } from "./validation-texts";

/** The ambitions sheet: one row per chosen goal and strategy, with the live support check. */
export function planAmbitionsSheet(
  project: Project,
  index: CatalogueIndex,
  language: Language,
  names: SheetNames,
): SheetPlan {
  const texts = workbookTexts(language);
  const first = AMBITIONS.headerRow + 1;
  const pairs = project.goals.flatMap((goal) =>
    goal.strategies.map((strategy) => ({ goal: goal.goal, strategy })),
  );
  const body = pairs.map(({ goal, strategy }, i) => {
    const computed = strategyFormulas(first + i, names.catalogue, texts);
    return [
      textInput(goal),
      numberInput(strategy.number),
      { cell: formula(computed.strategyName), format: FORMATS.general },
      { cell: formula(computed.supports), format: FORMATS.general },
      textInput(strategy.note),
    ];
  });
  const count = Math.max(1, body.length);
  const cells = body.length > 0 ? body : [STRATEGY_COLUMNS.map(() => textInput(undefined))];
  const headers = STRATEGY_COLUMNS.map((column) => texts.columns[column]);
  const ranges = catalogueRanges(index.catalogue);
  const col = (key: (typeof STRATEGY_COLUMNS)[number]) =>
    AMBITIONS.column + STRATEGY_COLUMNS.indexOf(key);
  const supports = `$${columnLetters(col("supports"))}${first + 1}`;
  return {
    key: "ambitions",
    name: names.ambitions,
    tabColor: "#43A047",
    blocks: [
      blockOf(TITLE_ROW, AMBITIONS.column, [[label(texts.titles.ambitions)]]),
      blockOf(AMBITIONS.headerRow, AMBITIONS.column, [headers.map(label), ...cells]),
    ],
    columnWidths: [70, 70, 320, 110, 260].map((width, i) => ({
      column: AMBITIONS.column + i,
      width,
    })),
    formats: [
      { rect: rect(TITLE_ROW, AMBITIONS.column), bold: true, fontSize: 14 },
      { rect: rect(first, col("goal"), count, 2), locked: false },
      { rect: rect(first, col("note"), count), locked: false, wrap: true },
    ],
    tables: [
      {
        name: TABLE_NAMES.strategies,
        rect: rect(AMBITIONS.headerRow, AMBITIONS.column, 1 + count, headers.length),
        style: "TableStyleMedium7",
        columns: headers,
      },
    ],
    validations: [
      listValidation(
        "goal",
        rect(first, col("goal"), count),
        listSource(names.catalogue, ranges.goalLetters),
        language,
      ),
      listValidation(
        "strategy",
        rect(first, col("strategy"), count),
        listSource(names.catalogue, ranges.strategyNumbers),
        language,
      ),
    ],
    conditionalFormats: [
      {
        rect: rect(first, AMBITIONS.column, count, headers.length),
        formula: `=${supports}="${texts.no.replace(/"/g, '""')}"`,
        fill: "#FFC7CE",
        fontColor: "#9C0006",
      },
    ],
    charts: [],
    freeze: { rows: AMBITIONS.headerRow + 1, columns: 0 },
    protect: true,
  };
}
