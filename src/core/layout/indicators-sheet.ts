import type { CatalogueIndex } from "../catalogue/catalogue-index";
import { unitKind, type UnitKind } from "../catalogue/units";
import type { Language } from "../language";
import { workbookTexts, type WorkbookTexts } from "../messages/workbook";
import type { Project, ProjectIndicator } from "../project/model";
import { columnLetters } from "../util/a1";
import { parseDirection, resolveIndicator } from "../project/resolve-indicator";
import {
  blockOf,
  dateInput,
  FORMATS,
  formula,
  label,
  numberInput,
  rect,
  runsOf,
  textInput,
  type FormattedCell,
} from "./cells";
import { catalogueRanges, listSource } from "./catalogue-sheet";
import { indicatorFormulas, indicatorLookups } from "./formulas";
import { INDICATOR_COLUMNS, INDICATORS, TABLE_NAMES, TITLE_ROW } from "./geometry";
import type {
  ConditionalFormatPlan,
  RangeFormat,
  SheetNames,
  SheetPlan,
  ValidationPlan,
} from "./plan";
import { dateValidation, listValidation, measurementValidation } from "./validation-texts";

/** One indicator row as the sheets see it: its goal, the indicator, and how to show it. */
export interface IndicatorRow {
  goal: string;
  indicator: ProjectIndicator;
  /** True when the indicator is an id of the catalogue's indicator table. */
  fromCatalogue: boolean;
  kind: UnitKind;
  /** The name charts show: the catalogue's, in the workbook's language, or the custom one. */
  title: string;
  unit: string;
}

/** The project's indicators in workbook order: by goal, then as the project lists them. */
export function indicatorRows(project: Project, index: CatalogueIndex, language: Language) {
  return project.goals.flatMap((goal) =>
    goal.indicators.map((indicator): IndicatorRow => {
      const definition = resolveIndicator(indicator, index);
      const fromCatalogue = definition?.source === "catalogue";
      const text = (value: string | Record<Language, string>) =>
        typeof value === "string" ? value : value[language];
      return {
        goal: goal.goal,
        indicator,
        fromCatalogue,
        kind: definition ? unitKind(definition.unit) : "any",
        title: definition ? text(definition.name) : (indicator.id ?? indicator.name ?? ""),
        unit: definition ? text(definition.unit) : "",
      };
    }),
  );
}

/** The indicators sheet: the table of measurements with its computed columns. */
export function planIndicatorsSheet(
  rows: readonly IndicatorRow[],
  index: CatalogueIndex,
  language: Language,
  names: SheetNames,
): SheetPlan {
  const texts = workbookTexts(language);
  const first = INDICATORS.headerRow + 1;
  const body = rows.length > 0 ? rows.map((row, i) => rowCells(row, first + i, texts, names)) : [];
  const bodyCount = Math.max(1, body.length);
  const cells = body.length > 0 ? body : [INDICATOR_COLUMNS.map(() => textInput(undefined))];
  const headers = INDICATOR_COLUMNS.map((column) => texts.columns[column]);
  return {
    key: "indicators",
    name: names.indicators,
    tabColor: "#558B2F",
    blocks: [
      blockOf(TITLE_ROW, INDICATORS.column, [[label(texts.titles.indicators)]]),
      blockOf(INDICATORS.headerRow, INDICATORS.column, [headers.map(label), ...cells]),
    ],
    columnWidths: WIDTHS.map((width, i) => ({ column: INDICATORS.column + i, width })),
    formats: [
      { rect: rect(TITLE_ROW, INDICATORS.column), bold: true, fontSize: 14 },
      ...unlockedInputs(rows, first, bodyCount),
    ],
    tables: [
      {
        name: TABLE_NAMES.indicators,
        rect: rect(INDICATORS.headerRow, INDICATORS.column, 1 + bodyCount, headers.length),
        style: "TableStyleMedium7",
        columns: headers,
      },
    ],
    validations: validations(rows, first, bodyCount, index, language, names),
    conditionalFormats: conditionalFormats(first, bodyCount, texts),
    charts: [],
    freeze: { rows: INDICATORS.headerRow + 1, columns: 2 },
    protect: true,
  };
}

function rowCells(
  row: IndicatorRow,
  sheetRow: number,
  texts: WorkbookTexts,
  names: SheetNames,
): FormattedCell[] {
  const { indicator } = row;
  const computed = indicatorFormulas(sheetRow, texts);
  const lookups = indicatorLookups(sheetRow, names.catalogue);
  const direction = parseDirection(indicator.direction);
  const key = row.fromCatalogue ? indicator.id : (indicator.id ?? indicator.name);
  const general = (text: string): FormattedCell => ({
    cell: formula(text),
    format: FORMATS.general,
  });
  return [
    textInput(row.goal),
    textInput(key),
    row.fromCatalogue ? general(lookups.unit) : textInput(indicator.unit),
    row.fromCatalogue
      ? general(lookups.direction)
      : textInput(direction ? texts.directions[direction] : indicator.direction),
    numberInput(indicator.baseline),
    dateInput(indicator.baselineDate),
    numberInput(indicator.contract),
    numberInput(indicator.end),
    dateInput(indicator.endDate),
    textInput(indicator.evidence),
    general(computed.ambition),
    general(computed.realisedChange),
    { cell: formula(computed.progress), format: FORMATS.percent },
    general(computed.status),
  ];
}

const column = (key: (typeof INDICATOR_COLUMNS)[number]) =>
  INDICATORS.column + INDICATOR_COLUMNS.indexOf(key);

// Goal, indicator, measurements, dates and evidence are a person's; unit and direction
// only for a custom indicator, because a catalogue indicator looks them up.
function unlockedInputs(
  rows: readonly IndicatorRow[],
  first: number,
  count: number,
): RangeFormat[] {
  const formats: RangeFormat[] = [
    { rect: rect(first, column("goal"), count, 2), locked: false },
    { rect: rect(first, column("baseline"), count, 6), locked: false },
    { rect: rect(first, column("evidence"), count), wrap: true },
  ];
  for (const run of runsOf(rows, (row) => String(row.fromCatalogue))) {
    if (run.key === "false") {
      formats.push({ rect: rect(first + run.start, column("unit"), run.count, 2), locked: false });
    }
  }
  if (rows.length === 0) formats.push({ rect: rect(first, column("unit"), 1, 2), locked: false });
  return formats;
}

function validations(
  rows: readonly IndicatorRow[],
  first: number,
  count: number,
  index: CatalogueIndex,
  language: Language,
  names: SheetNames,
): ValidationPlan[] {
  const ranges = catalogueRanges(index.catalogue);
  const source = (range: typeof ranges.goalLetters) => listSource(names.catalogue, range);
  const plans: ValidationPlan[] = [
    listValidation(
      "goal",
      rect(first, column("goal"), count),
      source(ranges.goalLetters),
      language,
    ),
    listValidation(
      "indicator",
      rect(first, column("indicator"), count),
      source(ranges.indicatorIds),
      language,
    ),
    dateValidation(rect(first, column("baselineDate"), count), language),
    dateValidation(rect(first, column("endDate"), count), language),
  ];
  for (const run of runsOf(rows, (row) => row.kind)) {
    const kind = rows[run.start]?.kind ?? "any";
    for (const key of ["baseline", "contract", "end"] as const) {
      plans.push(
        measurementValidation(kind, rect(first + run.start, column(key), run.count), language),
      );
    }
  }
  for (const run of runsOf(rows, (row) => String(row.fromCatalogue))) {
    if (run.key === "true") continue;
    const range = rect(first + run.start, column("direction"), run.count);
    plans.push(listValidation("direction", range, source(ranges.directions), language));
  }
  return plans;
}

const FILLS = {
  achieved: { fill: "#C6EFCE", fontColor: "#006100" },
  partly: { fill: "#FFEB9C", fontColor: "#9C5700" },
  not: { fill: "#FFC7CE", fontColor: "#9C0006" },
  running: { fill: "#EDEDED", fontColor: "#404040" },
};

function conditionalFormats(
  first: number,
  count: number,
  texts: WorkbookTexts,
): ConditionalFormatPlan[] {
  const status = `$${letter("status")}${first + 1}`;
  const statusRect = rect(first, column("status"), count);
  const is = (word: string) => `=${status}="${word.replace(/"/g, '""')}"`;
  const s = texts.statuses;
  const [b, c, d] = [`$${letter("baseline")}`, `$${letter("contract")}`, `$${letter("direction")}`];
  const r = first + 1;
  const noImprovement =
    `=AND(ISNUMBER(${b}${r}),ISNUMBER(${c}${r}),` +
    `OR(AND(${d}${r}="${texts.directions.higher}",${c}${r}<=${b}${r}),` +
    `AND(${d}${r}="${texts.directions.lower}",${c}${r}>=${b}${r})))`;
  return [
    { rect: statusRect, formula: is(s.achieved), ...FILLS.achieved },
    { rect: statusRect, formula: is(s["partly-achieved"]), ...FILLS.partly },
    { rect: statusRect, formula: is(s["not-achieved"]), ...FILLS.not },
    { rect: statusRect, formula: is(s.running), ...FILLS.running },
    {
      rect: rect(first, column("contract"), count),
      formula: noImprovement,
      fill: "#F8CBAD",
      bold: true,
    },
  ];
}

function letter(key: (typeof INDICATOR_COLUMNS)[number]): string {
  return columnLetters(column(key));
}

const WIDTHS = [70, 150, 80, 70, 80, 90, 90, 90, 90, 200, 80, 110, 80, 100];
