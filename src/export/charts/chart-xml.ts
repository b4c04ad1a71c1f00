import type { ChartSnapshot, WorkbookSnapshot } from "../../office/memory/snapshot";
import { cellAddress, columnLetters, parseAddress } from "../../core/util/a1";
import { escapeXml, XML_DECLARATION } from "../xml";
import { seriesName, type SeriesName } from "./series-name";

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const RELATIONSHIPS_NS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface BarKind {
  direction: "bar" | "col";
  grouping: "clustered" | "stacked" | "percentStacked";
}

/** The `Excel.ChartType` values this export draws, as DrawingML bar charts. */
const BAR_KINDS: Record<string, BarKind> = {
  BarClustered: { direction: "bar", grouping: "clustered" },
  BarStacked: { direction: "bar", grouping: "stacked" },
  BarStacked100: { direction: "bar", grouping: "percentStacked" },
  ColumnClustered: { direction: "col", grouping: "clustered" },
  ColumnStacked: { direction: "col", grouping: "stacked" },
  ColumnStacked100: { direction: "col", grouping: "percentStacked" },
};

// Axis ids only have to pair the two axes within one chart; these numbers are arbitrary.
const CATEGORY_AXIS = 500_000_001;
const VALUE_AXIS = 500_000_002;

/** `Excel.ChartLegendPosition` values and DrawingML's `legendPos`. */
const LEGEND_POSITIONS: Record<string, string> = {
  Top: "t",
  Bottom: "b",
  Left: "l",
  Right: "r",
  Corner: "tr",
};

/**
 * The chart part of a snapshot chart: a `c:chartSpace` with one bar chart whose series refer
 * to the workbook's cells. No cached values are written; Excel and LibreOffice read the
 * cells when they open the file.
 */
export function chartXml(chart: ChartSnapshot, workbook: WorkbookSnapshot): string {
  const kind = BAR_KINDS[chart.type];
  if (!kind) throw new Error(`a chart of type ${chart.type} cannot be written to .xlsx`);
  const series = chart.series
    .map((item, index) => seriesXml(item, index, seriesName(chart, item, workbook)))
    .join("");
  const valueFormat = sourceNumberFormat(chart, workbook);
  const plot = barChartXml(kind, series, chart) + axesXml(kind, chart, valueFormat);
  const plotArea = `<c:plotArea><c:layout/>${plot}</c:plotArea>`;
  const title = chart.title === null ? "" : titleXml(chart.title);
  const deleted = `<c:autoTitleDeleted val="${chart.title === null ? 1 : 0}"/>`;
  const legend = chart.legend.visible ? legendXml(chart.legend.position) : "";
  const tail = '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>';
  const namespaces = `xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${RELATIONSHIPS_NS}"`;
  return (
    `${XML_DECLARATION}<c:chartSpace ${namespaces}><c:roundedCorners val="0"/>` +
    `<c:chart>${title}${deleted}${plotArea}${legend}${tail}</c:chart></c:chartSpace>`
  );
}

function seriesXml(
  series: ChartSnapshot["series"][number],
  index: number,
  name: SeriesName,
): string {
  const tx =
    "reference" in name
      ? `<c:tx><c:strRef><c:f>${escapeXml(name.reference)}</c:f></c:strRef></c:tx>`
      : `<c:tx><c:v>${escapeXml(name.text)}</c:v></c:tx>`;
  const categories =
    series.categories === null
      ? ""
      : `<c:cat><c:strRef><c:f>${escapeXml(series.categories)}</c:f></c:strRef></c:cat>`;
  const values = `<c:val><c:numRef><c:f>${escapeXml(series.values)}</c:f></c:numRef></c:val>`;
  const order = `<c:idx val="${index}"/><c:order val="${index}"/>`;
  return `<c:ser>${order}${tx}<c:invertIfNegative val="0"/>${categories}${values}</c:ser>`;
}

function barChartXml(kind: BarKind, series: string, chart: ChartSnapshot): string {
  const labels = chart.dataLabels.showValue ? dataLabelsXml() : "";
  // Stacked bars must overlap fully, or Excel draws the stack's parts side by side.
  const overlap = kind.grouping === "clustered" ? "" : '<c:overlap val="100"/>';
  const axes = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  return (
    `<c:barChart><c:barDir val="${kind.direction}"/><c:grouping val="${kind.grouping}"/>` +
    `<c:varyColors val="0"/>${series}${labels}<c:gapWidth val="150"/>${overlap}${axes}` +
    `</c:barChart>`
  );
}

function dataLabelsXml(): string {
  const shown = ["LegendKey", "Val", "CatName", "SerName", "Percent", "BubbleSize"]
    .map((part) => `<c:show${part} val="${part === "Val" ? 1 : 0}"/>`)
    .join("");
  return `<c:dLbls>${shown}</c:dLbls>`;
}

function axesXml(kind: BarKind, chart: ChartSnapshot, valueFormat: string): string {
  // A column chart has its categories along the bottom, a bar chart along the left.
  const [categoryPosition, valuePosition] = kind.direction === "col" ? ["b", "l"] : ["l", "b"];
  const ticks = (format: string) =>
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  const categoryTitle = chart.categoryAxisTitle === null ? "" : titleXml(chart.categoryAxisTitle);
  const valueTitle = chart.valueAxisTitle === null ? "" : titleXml(chart.valueAxisTitle);
  const category =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/>` +
    `</c:scaling><c:delete val="0"/><c:axPos val="${categoryPosition}"/>${categoryTitle}` +
    `${ticks("General")}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const value =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/>${scalingXml(chart.valueAxis)}<c:delete val="0"/>` +
    `<c:axPos val="${valuePosition}"/><c:majorGridlines/>${valueTitle}${ticks(valueFormat)}` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  return category + value;
}

/**
 * The number format of the first value cell of the chart's first series, as Excel writes it
 * beside `sourceLinked="1"`. Excel follows the source cells either way, but LibreOffice labels
 * the axis with this code, so without it a percentage axis would read 0 to 1.4.
 */
function sourceNumberFormat(chart: ChartSnapshot, workbook: WorkbookSnapshot): string {
  const first = chart.series[0];
  const values = first ? parseAddress(first.values) : null;
  const sheet = workbook.sheets.find((item) => item.name === values?.sheet);
  if (!values || !sheet) return "General";
  const format =
    sheet.cells[cellAddress(values.row, values.column)] ??
    sheet.rowFormats[String(values.row + 1)] ??
    sheet.columnFormats[columnLetters(values.column)];
  return format?.numberFormat || "General";
}

/** The scale of the value axis; `max` comes before `min` in CT_Scaling. */
function scalingXml(axis: ChartSnapshot["valueAxis"]): string {
  const maximum = axis.maximum === null ? "" : `<c:max val="${axis.maximum}"/>`;
  const minimum = axis.minimum === null ? "" : `<c:min val="${axis.minimum}"/>`;
  return `<c:scaling><c:orientation val="minMax"/>${maximum}${minimum}</c:scaling>`;
}

function titleXml(text: string): string {
  const paragraph = `<a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p>`;
  const rich = `<c:rich><a:bodyPr/><a:lstStyle/>${paragraph}</c:rich>`;
  return `<c:title><c:tx>${rich}</c:tx><c:overlay val="0"/></c:title>`;
}

function legendXml(position: string): string {
  const at = LEGEND_POSITIONS[position] ?? "r";
  return `<c:legend><c:legendPos val="${at}"/><c:overlay val="0"/></c:legend>`;
}
