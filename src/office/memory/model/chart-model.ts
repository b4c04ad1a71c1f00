import type { SheetModel } from "./sheet-model";

/** How a chart reads series from its source, as `Excel.ChartSeriesBy`. */
export type SeriesBy = "Auto" | "Columns" | "Rows";

/** A chart axis: its title and its scale (null means automatic). */
export interface ChartAxisModel {
  title: string;
  titleVisible: boolean;
  minimum: number | null;
  maximum: number | null;
}

/** One chart and its source range, kept as a sheet-qualified reference. */
export interface ChartModel {
  id: string;
  name: string;
  type: string;
  sheet: SheetModel;
  /** `Sheet!$A$1:$C$4`: rewritten like a formula when sheets are renamed or rows move. */
  source: string;
  seriesBy: SeriesBy;
  title: { text: string; visible: boolean };
  valueAxis: ChartAxisModel;
  categoryAxis: ChartAxisModel;
  dataLabels: { showValue: boolean };
  legend: { visible: boolean; position: string };
  anchor: { start: string; end: string | null } | null;
  /** Series names set through `ChartSeries.name`, by series index; others come from cells. */
  seriesNames: Record<number, string>;
  top: number;
  left: number;
  width: number;
  height: number;
  removed: boolean;
}
