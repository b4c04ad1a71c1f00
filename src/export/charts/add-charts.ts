import type JSZip from "jszip";
import type { SheetSnapshot, WorkbookSnapshot } from "../../office/memory/snapshot";
import {
  addContentTypes,
  addRelationship,
  freeNumber,
  readPart,
  relativeTarget,
  RELATIONSHIP,
} from "../package-parts";
import { insertWorksheetChild } from "../worksheet-order";
import { chartXml } from "./chart-xml";
import { drawingXml, type PlacedChart } from "./drawing-xml";

const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

type Override = { part: string; contentType: string };

/**
 * Adds the charts of every sheet to the package, which exceljs cannot do: per sheet a drawing
 * part with its relationship from the sheet, per chart a chart part related from the drawing,
 * and the content types of the new parts.
 */
export async function addCharts(
  zip: JSZip,
  snapshot: WorkbookSnapshot,
  worksheetParts: ReadonlyMap<string, string>,
): Promise<void> {
  const overrides: Override[] = [];
  for (const sheet of snapshot.sheets) {
    if (sheet.charts.length === 0) continue;
    const part = worksheetParts.get(sheet.name);
    if (!part) throw new Error(`the package has no worksheet part for ${sheet.name}`);
    overrides.push(...(await addSheetCharts(zip, sheet, part, snapshot)));
  }
  if (overrides.length > 0) await addContentTypes(zip, overrides);
}

async function addSheetCharts(
  zip: JSZip,
  sheet: SheetSnapshot,
  sheetPart: string,
  snapshot: WorkbookSnapshot,
): Promise<Override[]> {
  const drawing = `xl/drawings/drawing${freeNumber(zip, "xl/drawings/drawing", ".xml")}.xml`;
  const overrides: Override[] = [{ part: drawing, contentType: DRAWING_TYPE }];
  const placed: PlacedChart[] = [];
  for (const chart of sheet.charts) {
    const chartPart = `xl/charts/chart${freeNumber(zip, "xl/charts/chart", ".xml")}.xml`;
    zip.file(chartPart, chartXml(chart, snapshot));
    const target = relativeTarget(drawing, chartPart);
    const relationshipId = await addRelationship(zip, drawing, RELATIONSHIP.chart, target);
    placed.push({ chart, relationshipId });
    overrides.push({ part: chartPart, contentType: CHART_TYPE });
  }
  zip.file(drawing, drawingXml(placed));
  const target = relativeTarget(sheetPart, drawing);
  const drawingId = await addRelationship(zip, sheetPart, RELATIONSHIP.drawing, target);
  const sheetXml = await readPart(zip, sheetPart);
  zip.file(sheetPart, insertWorksheetChild(sheetXml, "drawing", `<drawing r:id="${drawingId}"/>`));
  return overrides;
}
