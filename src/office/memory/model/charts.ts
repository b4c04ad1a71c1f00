import { parseAddress, sheetReference, type CellRect } from "../../../core/util/a1";
import { invalidArgument } from "../errors";
import { oneOf } from "./arguments";
import type { ChartAxisModel, ChartModel, SeriesBy } from "./chart-model";
import { guardChange } from "./protection";
import type { RangeTarget } from "./range-ops";
import { lastColumn, lastRow } from "./rects";
import { resolveReference } from "./resolve";
import type { SheetModel } from "./sheet-model";
import type { WorkbookModel } from "./workbook-model";

/** The chart types `charts.add` accepts: `Excel.ChartType` without "Invalid". */
export const CHART_TYPES: readonly string[] = `
  ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked
  3DColumnStacked100 BarClustered BarStacked BarStacked100 3DBarClustered 3DBarStacked
  3DBarStacked100 LineStacked LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100
  PieOfPie PieExploded 3DPieExploded BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers
  XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked 3DAreaStacked100
  DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView
  SurfaceTopViewWireframe Bubble Bubble3DEffect StockHLC StockOHLC StockVHLC StockVOHLC
  CylinderColClustered CylinderColStacked CylinderColStacked100 CylinderBarClustered
  CylinderBarStacked CylinderBarStacked100 CylinderCol ConeColClustered ConeColStacked
  ConeColStacked100 ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol PyramidColClustered
  PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked
  PyramidBarStacked100 PyramidCol 3DColumn Line 3DLine 3DPie Pie XYScatter 3DArea Area Doughnut
  Radar Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel
`
  .trim()
  .split(/\s+/);

/** Where a chart sits when nobody placed it, and Excel's default size (5 × 3 inches). */
const DEFAULT_PLACE = { top: 0, left: 0, width: 360, height: 216 };

/**
 * Adds a chart of `source` to a sheet (ChartCollection.add). The source is kept as a
 * sheet-qualified reference so renaming sheets and moving rows keep it pointing at its cells.
 */
export function addChart(
  workbook: WorkbookModel,
  sheet: SheetModel,
  type: unknown,
  source: RangeTarget,
  seriesBy: unknown,
  location: string,
): ChartModel {
  const chartType = oneOf(CHART_TYPES, type, `${location}(type)`);
  const by = oneOf<SeriesBy>(["Auto", "Columns", "Rows"], seriesBy ?? "Auto", location);
  guardChange(sheet, "editObjects", location);
  const number = workbook.nextNumber("chart");
  const chart: ChartModel = {
    id: `{CHART-${number}}`,
    name: freeChartName(sheet),
    type: chartType,
    sheet,
    source: sheetReference(source.sheet.name, source.rect, false),
    seriesBy: by,
    title: { text: "", visible: false },
    valueAxis: newAxis(),
    categoryAxis: newAxis(),
    dataLabels: { showValue: false },
    legend: { visible: true, position: "Right" },
    anchor: null,
    seriesNames: {},
    ...DEFAULT_PLACE,
    removed: false,
  };
  sheet.charts.push(chart);
  return chart;
}

function newAxis(): ChartAxisModel {
  return { title: "", titleVisible: false, minimum: null, maximum: null };
}

// Excel names charts "Chart 1", "Chart 2", … within a sheet.
function freeChartName(sheet: SheetModel): string {
  for (let number = 1; ; number++) {
    const name = `Chart ${number}`;
    if (!sheet.charts.some((chart) => chart.name.toLowerCase() === name.toLowerCase())) {
      return name;
    }
  }
}

/** One series of a chart: its name and the addresses of its values and categories. */
export interface SeriesModel {
  name: string;
  values: string;
  categories: string | null;
}

/**
 * The series a chart draws from its source. With "Columns" each column after the first is a
 * series named by its header, the first column holding the categories; "Rows" is the same
 * transposed; "Auto" reads columns when the source has at least as many rows as columns.
 */
export function chartSeries(workbook: WorkbookModel, chart: ChartModel): SeriesModel[] {
  const source = resolveReference(workbook, chart.source, chart.sheet);
  if (!source) return [];
  const { rect } = source;
  const byColumns =
    chart.seriesBy === "Columns" ||
    (chart.seriesBy === "Auto" && rect.rowCount >= rect.columnCount);
  const series = byColumns ? columnSeries(workbook, source) : rowSeries(workbook, source);
  return series.map((item, index) => ({ ...item, name: chart.seriesNames[index] ?? item.name }));
}

function columnSeries(workbook: WorkbookModel, { sheet, rect }: RangeTarget): SeriesModel[] {
  const headed = rect.rowCount >= 2;
  const labelled = rect.columnCount >= 2;
  const firstData = rect.row + (headed ? 1 : 0);
  const rows = { row: firstData, rowCount: lastRow(rect) - firstData + 1 };
  const categories = labelled ? { ...rows, column: rect.column, columnCount: 1 } : null;
  const series: SeriesModel[] = [];
  for (let column = rect.column + (labelled ? 1 : 0); column <= lastColumn(rect); column++) {
    const name = headed ? display(workbook, sheet, rect.row, column) : `Series${series.length + 1}`;
    const values = { ...rows, column, columnCount: 1 };
    series.push(describe(sheet, name, values, categories));
  }
  return series;
}

function rowSeries(workbook: WorkbookModel, { sheet, rect }: RangeTarget): SeriesModel[] {
  const headed = rect.columnCount >= 2;
  const labelled = rect.rowCount >= 2;
  const firstData = rect.column + (headed ? 1 : 0);
  const columns = { column: firstData, columnCount: lastColumn(rect) - firstData + 1 };
  const categories = labelled ? { ...columns, row: rect.row, rowCount: 1 } : null;
  const series: SeriesModel[] = [];
  for (let row = rect.row + (labelled ? 1 : 0); row <= lastRow(rect); row++) {
    const name = headed ? display(workbook, sheet, row, rect.column) : `Series${series.length + 1}`;
    const values = { ...columns, row, rowCount: 1 };
    series.push(describe(sheet, name, values, categories));
  }
  return series;
}

function describe(
  sheet: SheetModel,
  name: string,
  values: CellRect,
  categories: CellRect | null,
): SeriesModel {
  return {
    name,
    values: sheetReference(sheet.name, values),
    categories: categories ? sheetReference(sheet.name, categories) : null,
  };
}

function display(workbook: WorkbookModel, sheet: SheetModel, row: number, column: number) {
  const value = workbook.valueAt(sheet, row, column);
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * Places a chart over cells (Chart.setPosition): its top-left at the start cell's top-left and,
 * with an end cell, its bottom-right at the end cell's bottom-right; without one it keeps its
 * size. Positions come from the sheet's column widths and row heights, in points.
 */
export function setChartPosition(
  chart: ChartModel,
  start: string,
  end: string | null,
  location: string,
): void {
  const from = cellOf(start, location);
  const to = end === null ? null : cellOf(end, location);
  const sheet = chart.sheet;
  chart.top = offset(from.row, (row) => sheet.rowHeight(row));
  chart.left = offset(from.column, (column) => sheet.columnWidth(column));
  if (to) {
    chart.height = offset(lastRow(to) + 1, (row) => sheet.rowHeight(row)) - chart.top;
    chart.width = offset(lastColumn(to) + 1, (column) => sheet.columnWidth(column)) - chart.left;
  }
  chart.anchor = { start, end };
}

function cellOf(address: string, location: string): CellRect {
  const parsed = parseAddress(address);
  if (!parsed) throw invalidArgument(location, `"${address}" is not a cell address.`);
  return parsed;
}

function offset(count: number, size: (index: number) => number): number {
  let total = 0;
  for (let index = 0; index < count; index++) total += size(index);
  return total;
}
