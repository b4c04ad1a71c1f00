import { invalidArgument, itemNotFound } from "../errors";
import { booleanArgument, numberArgument, oneOf, stringArgument } from "../model/arguments";
import type { ChartAxisModel, ChartModel } from "../model/chart-model";
import { addChart, CHART_TYPES, chartSeries, setChartPosition } from "../model/charts";
import { guardChange } from "../model/protection";
import type { SheetModel } from "../model/sheet-model";
import { rangeAddress, RangeObject } from "./range-object";
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  fixedOrigin,
  type PropertySpec,
  type PropertyTable,
} from "./client-object";

/** A chart property that protected sheets refuse to change unless objects may be edited. */
function chartProperty<T extends { chart: ChartModel } | ChartModel>(
  get: (target: T) => unknown,
  set: (target: T, value: unknown, location: string) => void,
): PropertySpec<T> {
  return {
    get,
    set: (target, value, at) => {
      guardChange(chartOf(target).sheet, "editObjects", at);
      set(target, value, at);
    },
  };
}

function chartOf(target: { chart: ChartModel } | ChartModel): ChartModel {
  return isChartModel(target) ? target : target.chart;
}

function isChartModel(target: { chart: ChartModel } | ChartModel): target is ChartModel {
  return !("chart" in target);
}

function findChart(sheet: SheetModel, name: string): ChartModel | undefined {
  const lower = name.toLowerCase();
  return sheet.charts.find((chart) => chart.name.toLowerCase() === lower || chart.id === name);
}

const CHARTS_PROPERTIES: PropertyTable<SheetModel> = {
  count: { get: (sheet) => sheet.charts.length },
};

/** The Office.js `ChartCollection` of a worksheet. */
export class ChartCollectionObject extends ClientCollection<SheetModel, ChartModel, ChartObject> {
  readonly officeClass = "ChartCollection";
  readonly propertyTable = CHARTS_PROPERTIES;

  /** Adds a chart of a range; `seriesBy` "Auto", "Columns" or "Rows". */
  add(type: string, sourceData: RangeObject, seriesBy?: string): ChartObject {
    return this.chart("add", [type, sourceData, seriesBy ?? null], (sheet, at) => {
      if (!(sourceData instanceof RangeObject)) throw invalidArgument(at, "The source is a Range.");
      const source = sourceData.origin.resolve();
      return addChart(this.model, sheet, type, source, seriesBy, at);
    });
  }

  /** A chart by name (ignoring case) or id; ItemNotFound at sync when missing. */
  getItem(name: string): ChartObject {
    return this.chart("getItem", [name], (sheet, at) => {
      const chart = findChart(sheet, name);
      if (!chart) throw itemNotFound(at, `There is no chart "${name}".`);
      return chart;
    });
  }

  /** A chart by name or id, or a null object. */
  getItemOrNullObject(name: string): ChartObject {
    return this.chart("getItemOrNullObject", [name], (sheet) => findChart(sheet, name) ?? null);
  }

  /** A chart by position. */
  getItemAt(index: number): ChartObject {
    return this.chart("getItemAt", [index], (sheet, at) => {
      const chart = sheet.charts[index];
      if (!chart) throw itemNotFound(at, `There is no chart ${index}.`);
      return chart;
    });
  }

  /** The number of charts, after the sync. */
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(this.officeClass);
    this.command("getCount", [], (sheet) => {
      result.fill(sheet.charts.length);
    });
    return result;
  }

  protected itemTargets(sheet: SheetModel): ChartModel[] {
    return sheet.charts;
  }

  protected makeItem(chart: ChartModel, index: number): ChartObject {
    return new ChartObject(this.session, `${this.route}.items[${index}]`, fixedOrigin(chart));
  }

  private chart(
    member: string,
    args: readonly unknown[],
    compute: (sheet: SheetModel, location: string) => ChartModel | null,
  ): ChartObject {
    return this.spawn(member, args, compute, (origin, route) => {
      return new ChartObject(this.session, route, origin);
    });
  }
}

function place(key: "top" | "left" | "width" | "height"): PropertySpec<ChartModel> {
  return chartProperty(
    (chart: ChartModel) => chart[key],
    (chart, value, at) => {
      const number = numberArgument(value, at);
      if (number < 0) throw invalidArgument(at, "A position or size is not negative.");
      chart[key] = number;
    },
  );
}

const CHART_PROPERTIES: PropertyTable<ChartModel> = {
  id: { get: (chart) => chart.id },
  name: chartProperty(
    (chart: ChartModel) => chart.name,
    (chart, value, at) => {
      const name = stringArgument(value, at);
      if (name.trim() === "") throw invalidArgument(at, "A chart name is not empty.");
      chart.name = name;
    },
  ),
  chartType: chartProperty(
    (chart: ChartModel) => chart.type,
    (chart, value, at) => {
      chart.type = oneOf(CHART_TYPES, value, at);
    },
  ),
  top: place("top"),
  left: place("left"),
  width: place("width"),
  height: place("height"),
};

/** The Office.js `Chart`. */
export class ChartObject extends ClientObject<ChartModel> {
  readonly officeClass = "Chart";
  readonly propertyTable = CHART_PROPERTIES;

  /** The title. */
  get title(): ChartTitleObject {
    return this.navigation("title", same, (origin, route) => {
      return new ChartTitleObject(this.session, route, origin);
    });
  }

  /** The axes. */
  get axes(): ChartAxesObject {
    return this.navigation("axes", same, (origin, route) => {
      return new ChartAxesObject(this.session, route, origin);
    });
  }

  /** The data labels of all series. */
  get dataLabels(): ChartDataLabelsObject {
    return this.navigation("dataLabels", same, (origin, route) => {
      return new ChartDataLabelsObject(this.session, route, origin);
    });
  }

  /** The legend. */
  get legend(): ChartLegendObject {
    return this.navigation("legend", same, (origin, route) => {
      return new ChartLegendObject(this.session, route, origin);
    });
  }

  /** The series, derived from the source range. */
  get series(): ChartSeriesCollectionObject {
    return this.navigation("series", same, (origin, route) => {
      return new ChartSeriesCollectionObject(this.session, route, origin);
    });
  }

  /** Places the chart over cells, from a start cell to an optional end cell. */
  setPosition(startCell: RangeObject | string, endCell?: RangeObject | string): void {
    this.command("setPosition", [startCell, endCell ?? null], (chart, at) => {
      guardChange(chart.sheet, "editObjects", at);
      const end = endCell === undefined ? null : cellAddressOf(endCell);
      setChartPosition(chart, cellAddressOf(startCell), end, at);
    });
  }

  /** Deletes the chart. */
  delete(): void {
    this.command("delete", [], (chart, at) => {
      guardChange(chart.sheet, "editObjects", at);
      chart.removed = true;
      chart.sheet.charts = chart.sheet.charts.filter((item) => item !== chart);
    });
  }
}

function cellAddressOf(cell: RangeObject | string): string {
  if (typeof cell === "string") return cell;
  return rangeAddress(cell.origin.resolve()).split("!").pop() ?? "";
}

function same(chart: ChartModel): ChartModel {
  return chart;
}

const TITLE_PROPERTIES: PropertyTable<ChartModel> = {
  // Setting a title's text shows it, as in Excel.
  text: chartProperty(
    (chart: ChartModel) => chart.title.text,
    (chart, value, at) => {
      chart.title = { text: stringArgument(value, at), visible: true };
    },
  ),
  visible: chartProperty(
    (chart: ChartModel) => chart.title.visible,
    (chart, value, at) => {
      chart.title = { ...chart.title, visible: booleanArgument(value, at) };
    },
  ),
};

/** The Office.js `ChartTitle`. */
export class ChartTitleObject extends ClientObject<ChartModel> {
  readonly officeClass = "ChartTitle";
  readonly propertyTable = TITLE_PROPERTIES;
}

/** The Office.js `ChartAxes`: the value and category axes. */
export class ChartAxesObject extends ClientObject<ChartModel> {
  readonly officeClass = "ChartAxes";
  readonly propertyTable: PropertyTable<ChartModel> = {};

  /** The value axis. */
  get valueAxis(): ChartAxisObject {
    return this.axis("valueAxis");
  }

  /** The category axis. */
  get categoryAxis(): ChartAxisObject {
    return this.axis("categoryAxis");
  }

  private axis(key: AxisKey): ChartAxisObject {
    return this.navigation(
      key,
      (chart) => ({ chart, key }),
      (origin, route) => new ChartAxisObject(this.session, route, origin),
    );
  }
}

type AxisKey = "valueAxis" | "categoryAxis";

/** One axis of a chart. */
export interface AxisTarget {
  chart: ChartModel;
  key: AxisKey;
}

function axisOf(target: AxisTarget): ChartAxisModel {
  return target.chart[target.key];
}

function scale(key: "minimum" | "maximum"): PropertySpec<AxisTarget> {
  return chartProperty(
    (target: AxisTarget) => axisOf(target)[key],
    (target, value, at) => {
      const number = value === null ? null : numberArgument(value, at);
      target.chart[target.key] = { ...axisOf(target), [key]: number };
    },
  );
}

const AXIS_PROPERTIES: PropertyTable<AxisTarget> = {
  minimum: scale("minimum"),
  maximum: scale("maximum"),
};

/** The Office.js `ChartAxis` (title and scale). */
export class ChartAxisObject extends ClientObject<AxisTarget> {
  readonly officeClass = "ChartAxis";
  readonly propertyTable = AXIS_PROPERTIES;

  /** The axis title. */
  get title(): ChartAxisTitleObject {
    return this.navigation(
      "title",
      (target) => target,
      (origin, route) => {
        return new ChartAxisTitleObject(this.session, route, origin);
      },
    );
  }
}

const AXIS_TITLE_PROPERTIES: PropertyTable<AxisTarget> = {
  text: chartProperty(
    (target: AxisTarget) => axisOf(target).title,
    (target, value, at) => {
      const title = stringArgument(value, at);
      target.chart[target.key] = { ...axisOf(target), title, titleVisible: true };
    },
  ),
  visible: chartProperty(
    (target: AxisTarget) => axisOf(target).titleVisible,
    (target, value, at) => {
      const titleVisible = booleanArgument(value, at);
      target.chart[target.key] = { ...axisOf(target), titleVisible };
    },
  ),
};

/** The Office.js `ChartAxisTitle`. */
export class ChartAxisTitleObject extends ClientObject<AxisTarget> {
  readonly officeClass = "ChartAxisTitle";
  readonly propertyTable = AXIS_TITLE_PROPERTIES;
}

const LABEL_PROPERTIES: PropertyTable<ChartModel> = {
  showValue: chartProperty(
    (chart: ChartModel) => chart.dataLabels.showValue,
    (chart, value, at) => {
      chart.dataLabels = { showValue: booleanArgument(value, at) };
    },
  ),
};

/** The Office.js `ChartDataLabels` (showValue). */
export class ChartDataLabelsObject extends ClientObject<ChartModel> {
  readonly officeClass = "ChartDataLabels";
  readonly propertyTable = LABEL_PROPERTIES;
}

const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"];

const LEGEND_PROPERTIES: PropertyTable<ChartModel> = {
  visible: chartProperty(
    (chart: ChartModel) => chart.legend.visible,
    (chart, value, at) => {
      chart.legend = { ...chart.legend, visible: booleanArgument(value, at) };
    },
  ),
  position: chartProperty(
    (chart: ChartModel) => chart.legend.position,
    (chart, value, at) => {
      chart.legend = { ...chart.legend, position: oneOf(LEGEND_POSITIONS, value, at) };
    },
  ),
};

/** The Office.js `ChartLegend`. */
export class ChartLegendObject extends ClientObject<ChartModel> {
  readonly officeClass = "ChartLegend";
  readonly propertyTable = LEGEND_PROPERTIES;
}

/** One series of a chart, by position. */
export interface SeriesTarget {
  chart: ChartModel;
  index: number;
}

const SERIES_COLLECTION_PROPERTIES: PropertyTable<ChartModel> = {
  count: { get: (chart, model) => chartSeries(model, chart).length },
};

/** The Office.js `ChartSeriesCollection`. */
export class ChartSeriesCollectionObject extends ClientCollection<
  ChartModel,
  SeriesTarget,
  ChartSeriesObject
> {
  readonly officeClass = "ChartSeriesCollection";
  readonly propertyTable = SERIES_COLLECTION_PROPERTIES;

  /** A series by position. */
  getItemAt(index: number): ChartSeriesObject {
    return this.spawn(
      "getItemAt",
      [index],
      (chart, at) => {
        if (!chartSeries(this.model, chart)[index]) {
          throw itemNotFound(at, `The chart has no series ${index}.`);
        }
        return { chart, index };
      },
      (origin, route) => new ChartSeriesObject(this.session, route, origin),
    );
  }

  /** The number of series, after the sync. */
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(this.officeClass);
    this.command("getCount", [], (chart) => {
      result.fill(chartSeries(this.model, chart).length);
    });
    return result;
  }

  protected itemTargets(chart: ChartModel): SeriesTarget[] {
    return chartSeries(this.model, chart).map((_, index) => ({ chart, index }));
  }

  protected makeItem(target: SeriesTarget, index: number): ChartSeriesObject {
    return new ChartSeriesObject(
      this.session,
      `${this.route}.items[${index}]`,
      fixedOrigin(target),
    );
  }
}

const SERIES_PROPERTIES: PropertyTable<SeriesTarget> = {
  name: {
    get: (target, model) => chartSeries(model, target.chart)[target.index]?.name ?? "",
    set: (target, value, at) => {
      guardChange(target.chart.sheet, "editObjects", at);
      target.chart.seriesNames = {
        ...target.chart.seriesNames,
        [target.index]: stringArgument(value, at),
      };
    },
  },
};

/** The Office.js `ChartSeries` (its name). */
export class ChartSeriesObject extends ClientObject<SeriesTarget> {
  readonly officeClass = "ChartSeries";
  readonly propertyTable = SERIES_PROPERTIES;
}
