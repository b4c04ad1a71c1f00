import type { Catalogue } from "../catalogue/schema";
import type { Language } from "../language";
import { workbookTexts, type WorkbookTexts } from "../messages/workbook";
import { absoluteAddress, cellAddress, columnLetters, quoteSheetName } from "../util/a1";
import { blockOf, fixed, FORMATS, formula, label, rect, type FormattedCell } from "./cells";
import { goalProgress, indicatorCell, matrixMark, projectProgress } from "./formulas";
import { DASHBOARD, INDICATORS, TITLE_ROW } from "./geometry";
import type { IndicatorRow } from "./indicators-sheet";
import type { CellBlock, ChartPlan, ConditionalFormatPlan, SheetNames, SheetPlan } from "./plan";

/**
 * The most indicators that get a measurement chart of their own. The method asks for one
 * indicator per goal, so a project rarely has more; past this a page of charts stops being
 * readable, and Excel slows with every chart. The progress chart shows every indicator.
 */
export const MEASUREMENT_CHARTS = 20;

/** Where the dashboard's parts are, for a catalogue and a number of indicators. */
export function dashboardGeometry(catalogue: Catalogue, indicatorCount: number) {
  const firstGoalRow = DASHBOARD.matrixHeaderRow + 1;
  const progressColumn = 2 + catalogue.strategies.length;
  const dataColumn = progressColumn + 1 + DASHBOARD.dataGapColumns;
  const chartTop = firstGoalRow + catalogue.goals.length + DASHBOARD.chartGapRows;
  const progressChartRows = Math.min(60, Math.max(16, indicatorCount + 8));
  const measurementTop = chartTop + progressChartRows + 1;
  return { firstGoalRow, progressColumn, dataColumn, chartTop, progressChartRows, measurementTop };
}

/**
 * The dashboard: project progress, the project's ambition map (goals × strategies,
 * shaded by goal progress), a bar chart of progress per indicator and a column chart of
 * the measurements of each of the first MEASUREMENT_CHARTS indicators. Everything is a
 * formula over the other sheets, so it stays live.
 */
export function planDashboardSheet(
  catalogue: Catalogue,
  rows: readonly IndicatorRow[],
  language: Language,
  names: SheetNames,
): SheetPlan {
  const texts = workbookTexts(language);
  const geometry = dashboardGeometry(catalogue, rows.length);
  const { firstGoalRow, progressColumn } = geometry;
  const goalCount = catalogue.goals.length;
  const progressRange = absoluteAddress(rect(firstGoalRow, progressColumn, goalCount));
  const percent = (text: string): FormattedCell => ({
    cell: formula(text),
    format: FORMATS.percent,
  });
  return {
    key: "dashboard",
    name: names.dashboard,
    tabColor: "#1B5E20",
    blocks: [
      blockOf(TITLE_ROW, 0, [[label(texts.titles.dashboard)]]),
      blockOf(DASHBOARD.projectProgressRow, 0, [
        [label(texts.dashboard.projectProgress), percent(projectProgress(progressRange))],
      ]),
      blockOf(DASHBOARD.matrixTitleRow, 0, [[label(texts.titles.matrix)]]),
      matrixBlock(catalogue, language, names),
      ...chartDataBlocks(rows, texts, names, geometry.dataColumn),
      ...chartLimitNote(rows.length, texts, geometry.measurementTop),
    ],
    columnWidths: [
      { column: 0, width: 120 },
      { column: 1, width: 260 },
      ...catalogue.strategies.map((_, i) => ({ column: 2 + i, width: 24 })),
      { column: progressColumn, width: 70 },
      { column: geometry.dataColumn, width: 200 },
    ],
    formats: [
      { rect: rect(TITLE_ROW, 0), bold: true, fontSize: 16 },
      { rect: rect(DASHBOARD.projectProgressRow, 0, 1, 2), bold: true, fontSize: 12 },
      { rect: rect(DASHBOARD.matrixTitleRow, 0), bold: true, fontSize: 12 },
      { rect: rect(DASHBOARD.matrixHeaderRow, 0, 1, progressColumn + 1), bold: true },
      {
        rect: rect(DASHBOARD.matrixHeaderRow, 2, goalCount + 1, catalogue.strategies.length),
        horizontalAlignment: "Center",
      },
      { rect: rect(DASHBOARD.matrixTitleRow, geometry.dataColumn), bold: true },
    ],
    tables: [],
    validations: [],
    conditionalFormats: goalShading(firstGoalRow, goalCount, progressColumn),
    charts: charts(rows, texts, geometry),
    freeze: { rows: 0, columns: 0 },
    protect: true,
  };
}

function matrixBlock(catalogue: Catalogue, language: Language, names: SheetNames): CellBlock {
  const texts = workbookTexts(language);
  const header: FormattedCell[] = [
    label(texts.columns.goal),
    label(texts.columns.name),
    ...catalogue.strategies.map((s) => ({ cell: fixed(s.number), format: FORMATS.general })),
    label(texts.columns.progress),
  ];
  const headerRow = DASHBOARD.matrixHeaderRow;
  const goalRows = catalogue.goals.map((goal, i): FormattedCell[] => {
    const row = headerRow + 1 + i;
    const goalCell = `$A${row + 1}`;
    return [
      label(goal.letter),
      label(goal.name[language]),
      ...catalogue.strategies.map((_, s) => ({
        cell: formula(
          matrixMark(goalCell, `${columnLetters(2 + s)}$${headerRow + 1}`, names.ambitions),
        ),
        format: FORMATS.general,
      })),
      { cell: formula(goalProgress(goalCell, names.indicators)), format: FORMATS.percent },
    ];
  });
  return blockOf(headerRow, 0, [header, ...goalRows]);
}

// The charts read a small table of their own beside the matrix: a chart needs one
// rectangular source, and the indicator table's columns are not next to each other.
function chartDataBlocks(
  rows: readonly IndicatorRow[],
  texts: WorkbookTexts,
  names: SheetNames,
  dataColumn: number,
): CellBlock[] {
  const sheet = quoteSheetName(names.indicators);
  const ref = (column: Parameters<typeof indicatorCell>[0], i: number) =>
    `${sheet}!${indicatorCell(column, INDICATORS.headerRow + 1 + i)}`;
  const asNumber = (cell: string) => `=IF(ISNUMBER(${cell}),${cell},NA())`;
  const general = (text: string): FormattedCell => ({
    cell: formula(text),
    format: FORMATS.general,
  });
  const title = (i: number) => `=${ref("goal", i)}&" "&${ref("indicator", i)}`;
  const progress = blockOf(DASHBOARD.matrixTitleRow, dataColumn, [
    [label(texts.titles.chartData), label("")],
    [label(texts.columns.indicator), label(texts.columns.progress)],
    ...rows.map((_, i) => [
      general(title(i)),
      { cell: formula(asNumber(ref("progress", i))), format: FORMATS.percent },
    ]),
  ]);
  const measurements = rows.slice(0, MEASUREMENT_CHARTS).map((_, i) =>
    blockOf(DASHBOARD.matrixHeaderRow + 3 * i, dataColumn + 3, [
      [
        label(""),
        label(texts.columns.baseline),
        label(texts.columns.contract),
        label(texts.columns.end),
      ],
      [
        general(title(i)),
        general(asNumber(ref("baseline", i))),
        general(asNumber(ref("contract", i))),
        general(asNumber(ref("end", i))),
      ],
    ]),
  );
  return [progress, ...measurements];
}

function charts(
  rows: readonly IndicatorRow[],
  texts: WorkbookTexts,
  geometry: ReturnType<typeof dashboardGeometry>,
): ChartPlan[] {
  const { chartTop, progressColumn, dataColumn, progressChartRows, measurementTop } = geometry;
  const progressChart: ChartPlan = {
    name: "AK_ProgressChart",
    type: "BarClustered",
    source: rect(DASHBOARD.matrixHeaderRow, dataColumn, 1 + rows.length, 2),
    seriesBy: "Columns",
    title: texts.dashboard.progressChart,
    valueAxisTitle: texts.dashboard.progressAxis,
    categoryAxisTitle: texts.columns.indicator,
    showDataLabels: true,
    position: {
      start: cellAddress(chartTop, 0),
      end: cellAddress(chartTop + progressChartRows - 1, progressColumn),
    },
  };
  // Two charts side by side: the goal and name columns on the left are about as wide as
  // the strategy columns and the progress column on the right.
  const spans = [
    [0, 1],
    [2, progressColumn],
  ] as const;
  const top = measurementTop + (rows.length > MEASUREMENT_CHARTS ? 1 : 0);
  const perIndicator = rows.slice(0, MEASUREMENT_CHARTS).map((row, i): ChartPlan => {
    const chartRow = top + Math.floor(i / 2) * 16;
    const [left, right] = spans[i % 2] ?? spans[0];
    return {
      name: `AK_IndicatorChart${i + 1}`,
      type: "ColumnClustered",
      source: rect(DASHBOARD.matrixHeaderRow + 3 * i, dataColumn + 3, 2, 4),
      seriesBy: "Rows",
      title: `${row.goal} · ${row.title}`,
      valueAxisTitle: row.unit || row.indicator.unit || "",
      categoryAxisTitle: texts.dashboard.measurement,
      showDataLabels: true,
      position: {
        start: cellAddress(chartRow, left),
        end: cellAddress(chartRow + 14, right),
      },
    };
  });
  return rows.length > 0 ? [progressChart, ...perIndicator] : [];
}

// Said on the sheet, so a person with many indicators knows why the charts stop.
function chartLimitNote(count: number, texts: WorkbookTexts, row: number): CellBlock[] {
  if (count <= MEASUREMENT_CHARTS) return [];
  const note = texts.dashboard.measurementChartsLimited
    .replace("{shown}", String(MEASUREMENT_CHARTS))
    .replace("{count}", String(count));
  return [blockOf(row, 0, [[label(note)]])];
}

function goalShading(
  first: number,
  count: number,
  progressColumn: number,
): ConditionalFormatPlan[] {
  const cell = `$${columnLetters(progressColumn)}${first + 1}`;
  const area = rect(first, 0, count, progressColumn + 1);
  return [
    { rect: area, formula: `=AND(ISNUMBER(${cell}),${cell}>=1)`, fill: "#C6EFCE" },
    { rect: area, formula: `=AND(ISNUMBER(${cell}),${cell}>0,${cell}<1)`, fill: "#FFEB9C" },
    { rect: area, formula: `=AND(ISNUMBER(${cell}),${cell}<=0)`, fill: "#FFC7CE" },
  ];
}
