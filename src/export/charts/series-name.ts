import { cellAddress, parseAddress, sheetReference } from "../../core/util/a1";
import type { ChartSnapshot, SeriesSnapshot, WorkbookSnapshot } from "../../office/memory/snapshot";

/** Where a series gets its name: a cell of the workbook, or a text of its own. */
export type SeriesName = { reference: string } | { text: string };

/**
 * The name of a series as Excel keeps it. A series drawn from a source with a header takes
 * its name from the header cell, the way `charts.add` reads the source; the name stays a
 * reference so that it follows the cell. A name that differs from the cell (set through
 * `ChartSeries.name`) or a source without a header gives a literal text.
 */
export function seriesName(
  chart: ChartSnapshot,
  series: SeriesSnapshot,
  workbook: WorkbookSnapshot,
): SeriesName {
  const text = { text: series.name };
  const source = parseAddress(chart.source);
  const values = parseAddress(series.values);
  if (!source?.sheet || !values) return text;
  const byColumns =
    chart.seriesBy === "Columns" ||
    (chart.seriesBy === "Auto" && source.rowCount >= source.columnCount);
  const headed = byColumns ? source.rowCount >= 2 : source.columnCount >= 2;
  if (!headed) return text;
  const row = byColumns ? source.row : values.row;
  const column = byColumns ? values.column : source.column;
  const sheet = workbook.sheets.find((item) => item.name === source.sheet);
  const cell = sheet?.cells[cellAddress(row, column)];
  // A header formula has a value only when the workbook had an evaluator; Excel computes it.
  const matches = Boolean(cell?.formula) || String(cell?.value ?? "") === series.name;
  if (!matches) return text;
  return { reference: sheetReference(source.sheet, { row, column, rowCount: 1, columnCount: 1 }) };
}
