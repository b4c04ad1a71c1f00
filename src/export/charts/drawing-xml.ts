import { parseAddress, type CellRect } from "../../core/util/a1";
import type { ChartSnapshot } from "../../office/memory/snapshot";
import { attributes, XML_DECLARATION } from "../xml";
import { CHART_NS, DRAWING_NS, RELATIONSHIPS_NS } from "./chart-xml";

const SPREADSHEET_DRAWING_NS =
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

// DrawingML measures in EMU: 914,400 per inch, so 12,700 per point.
const EMU_PER_POINT = 12_700;

/** A chart and the id of the drawing's relationship to its chart part. */
export interface PlacedChart {
  chart: ChartSnapshot;
  relationshipId: string;
}

/** The drawing part of a sheet: one anchored graphic frame per chart. */
export function drawingXml(charts: readonly PlacedChart[]): string {
  const anchors = charts.map((placed, index) => anchorXml(placed, index + 1)).join("");
  const namespaces = `xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWING_NS}"`;
  return `${XML_DECLARATION}<xdr:wsDr ${namespaces}>${anchors}</xdr:wsDr>`;
}

/**
 * The anchor of a chart. A chart placed with `setPosition(start, end)` covers the end cell
 * completely, so its bottom-right corner is the top-left of the cell after the end cell; a
 * chart placed at a start cell only keeps its size; one never placed keeps its offsets.
 */
function anchorXml({ chart, relationshipId }: PlacedChart, id: number): string {
  const frame = graphicFrameXml(chart.name, id, relationshipId) + "<xdr:clientData/>";
  const size = `<xdr:ext cx="${emu(chart.width)}" cy="${emu(chart.height)}"/>`;
  const start = chart.position ? parseAddress(chart.position.start) : null;
  if (!chart.position || !start) {
    const at = `<xdr:pos x="${emu(chart.left)}" y="${emu(chart.top)}"/>`;
    return `<xdr:absoluteAnchor>${at}${size}${frame}</xdr:absoluteAnchor>`;
  }
  const from = markerXml("from", start.row, start.column);
  const end = chart.position.end === null ? null : parseAddress(chart.position.end);
  if (!end) return `<xdr:oneCellAnchor>${from}${size}${frame}</xdr:oneCellAnchor>`;
  const to = markerXml("to", lastRow(end) + 1, lastColumn(end) + 1);
  return `<xdr:twoCellAnchor>${from}${to}${frame}</xdr:twoCellAnchor>`;
}

function markerXml(tag: "from" | "to", row: number, column: number): string {
  const cell =
    `<xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `<xdr:${tag}>${cell}</xdr:${tag}>`;
}

function graphicFrameXml(name: string, id: number, relationshipId: string): string {
  const properties =
    `<xdr:nvGraphicFramePr><xdr:cNvPr${attributes({ id, name })}/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`;
  // The anchor sets the frame's place; Excel writes a zero transform for charts in a cell.
  const transform = '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>';
  const namespaces = `xmlns:c="${CHART_NS}" xmlns:r="${RELATIONSHIPS_NS}"`;
  const reference = `<c:chart ${namespaces} r:id="${relationshipId}"/>`;
  const data = `<a:graphicData uri="${CHART_NS}">${reference}</a:graphicData>`;
  const graphic = `<a:graphic>${data}</a:graphic>`;
  return `<xdr:graphicFrame macro="">${properties}${transform}${graphic}</xdr:graphicFrame>`;
}

function emu(points: number): number {
  return Math.round(points * EMU_PER_POINT);
}

function lastRow(rect: CellRect): number {
  return rect.row + rect.rowCount - 1;
}

function lastColumn(rect: CellRect): number {
  return rect.column + rect.columnCount - 1;
}
