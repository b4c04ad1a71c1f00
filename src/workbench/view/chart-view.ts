import { cellAddress } from "../../core/util/a1";
import type { SheetSnapshot, WorkbookSnapshot } from "../../office/memory";
import type { FormulaEngine } from "../engine/formula-engine";
import { displayText } from "./number-format";
import { sheetRange } from "./references";
import { shownValue } from "./shown-value";

/** How a chart is drawn: horizontal bars, vertical columns, or not at all. */
export type ChartShape = "bar" | "column" | "unsupported";

/** A chart's data, read from its series' ranges through the engine. */
export interface ChartView {
  name: string;
  /** The title, or the chart's name when the title is hidden. */
  title: string;
  type: string;
  shape: ChartShape;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  valueAxisTitle: string | null;
  categoryAxisTitle: string | null;
  showValues: boolean;
  valueFormat: string;
}

/** The charts of one sheet with the values their series point at. */
export function chartsOf(
  workbook: WorkbookSnapshot,
  sheet: SheetSnapshot,
  engine: FormulaEngine,
): ChartView[] {
  return sheet.charts.map((chart) => {
    const series = chart.series.map((entry) => ({
      name: entry.name,
      values: rangeCells(workbook, entry.values, engine).map(({ value }) =>
        typeof value === "number" ? value : null,
      ),
    }));
    const first = chart.series[0];
    const categories = first?.categories
      ? rangeCells(workbook, first.categories, engine).map(({ text }) => text)
      : (series[0]?.values.map((_, i) => String(i + 1)) ?? []);
    const firstValues = first ? rangeCells(workbook, first.values, engine)[0] : undefined;
    return {
      name: chart.name,
      title: chart.title ?? chart.name,
      type: chart.type,
      shape: shapeOf(chart.type),
      categories,
      series,
      valueAxisTitle: chart.valueAxisTitle,
      categoryAxisTitle: chart.categoryAxisTitle,
      showValues: chart.dataLabels.showValue,
      valueFormat: firstValues?.format ?? "General",
    };
  });
}

function shapeOf(type: string): ChartShape {
  if (type.startsWith("Bar")) return "bar";
  if (type.startsWith("Column")) return "column";
  return "unsupported";
}

interface RangeCell {
  value: unknown;
  text: string;
  format: string;
}

// The cells of a one-row or one-column range, left to right or top to bottom.
function rangeCells(
  workbook: WorkbookSnapshot,
  reference: string,
  engine: FormulaEngine,
): RangeCell[] {
  const range = sheetRange(reference);
  const sheet = range && workbook.sheets.find((candidate) => candidate.name === range.sheet);
  if (!range || !sheet) return [];
  const cells: RangeCell[] = [];
  for (let row = range.rect.row; row < range.rect.row + range.rect.rowCount; row += 1) {
    for (let col = range.rect.column; col < range.rect.column + range.rect.columnCount; col += 1) {
      const address = cellAddress(row, col);
      const cell = sheet.cells[address];
      const value = cell ? shownValue(cell, engine.evaluate(sheet.name, address)) : null;
      const format = cell?.numberFormat ?? "General";
      cells.push({ value, text: value === null ? "" : displayText(value, format), format });
    }
  }
  return cells;
}
