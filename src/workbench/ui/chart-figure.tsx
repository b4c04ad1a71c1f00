import { useId, type ReactNode } from "react";
import type { ChartView } from "../view/chart-view";
import { displayText } from "../view/number-format";

const WIDTH = 520;
const ROW = 26;
const COLORS = ["#2f5597", "#c55a11", "#548235", "#7030a0", "#806000"];

/** A chart drawn from its definition: bars or columns, with title, axis titles and values. */
export function ChartFigure({ chart }: { chart: ChartView }) {
  const captionId = useId();
  return (
    <figure data-testid="chart" aria-labelledby={captionId} className="wb-chart">
      <figcaption id={captionId}>{chart.title}</figcaption>
      {chart.shape === "column" ? <ColumnChart chart={chart} /> : <BarChart chart={chart} />}
    </figure>
  );
}

interface Scale {
  low: number;
  high: number;
}

// Bars grow from zero, so the axis always includes it.
function scaleOf(chart: ChartView): Scale {
  const values = chart.series.flatMap((series) => series.values).filter(isNumber);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  return high === low ? { low, high: low + 1 } : { low, high };
}

function isNumber(value: number | null): value is number {
  return value !== null;
}

function label(chart: ChartView, value: number | null): string {
  return value === null ? "" : displayText(value, chart.valueFormat);
}

function BarChart({ chart }: { chart: ChartView }) {
  const scale = scaleOf(chart);
  const left = 180;
  const plot = WIDTH - left - 60;
  const groups = chart.categories.length;
  const perSeries = ROW / Math.max(1, chart.series.length);
  const height = groups * ROW + 60;
  const x = (value: number) => left + ((value - scale.low) / (scale.high - scale.low)) * plot;
  return (
    <ChartFrame chart={chart} height={height} valueAtBottom>
      {chart.categories.map((category, i) => (
        <text
          key={`c${i}`}
          x={left - 6}
          y={20 + i * ROW + ROW / 2 + 4}
          textAnchor="end"
          className="wb-chart-text"
        >
          {truncate(category, 28)}
        </text>
      ))}
      <Bars
        chart={chart}
        place={(s, i, value) => ({
          bar: {
            x: Math.min(x(0), x(value)),
            y: 20 + i * ROW + s * perSeries + 3,
            width: Math.abs(x(value) - x(0)),
            height: perSeries - 6,
          },
          value: {
            x: Math.max(x(0), x(value)) + 4,
            y: 20 + i * ROW + s * perSeries + perSeries / 2 + 4,
          },
        })}
      />
      <line x1={x(0)} x2={x(0)} y1={14} y2={20 + groups * ROW} className="wb-chart-axis" />
    </ChartFrame>
  );
}

function ColumnChart({ chart }: { chart: ChartView }) {
  const scale = scaleOf(chart);
  const height = 260;
  const top = 16;
  const plot = height - top - 70;
  const left = 60;
  const groupWidth = (WIDTH - left - 20) / Math.max(1, chart.categories.length);
  const barWidth = (groupWidth - 16) / Math.max(1, chart.series.length);
  const y = (value: number) => top + (1 - (value - scale.low) / (scale.high - scale.low)) * plot;
  return (
    <ChartFrame chart={chart} height={height} valueAtBottom={false}>
      {chart.categories.map((category, i) => (
        <text
          key={`c${i}`}
          x={left + i * groupWidth + groupWidth / 2}
          y={top + plot + 16}
          textAnchor="middle"
          className="wb-chart-text"
        >
          {truncate(category, 18)}
        </text>
      ))}
      <Bars
        chart={chart}
        place={(s, i, value) => ({
          bar: {
            x: left + i * groupWidth + 8 + s * barWidth,
            y: Math.min(y(0), y(value)),
            width: barWidth,
            height: Math.abs(y(value) - y(0)),
          },
          value: {
            x: left + i * groupWidth + 8 + s * barWidth + barWidth / 2,
            y: Math.min(y(0), y(value)) - 4,
            textAnchor: "middle",
          },
        })}
      />
      <line x1={left} x2={WIDTH - 20} y1={y(0)} y2={y(0)} className="wb-chart-axis" />
    </ChartFrame>
  );
}

interface BarPlace {
  bar: { x: number; y: number; width: number; height: number };
  value: { x: number; y: number; textAnchor?: "middle" };
}

// Both shapes draw every known value as a bar in its series' colour, with the value beside it
// when the chart shows values; only where each goes differs, and `place` says that.
function Bars(props: {
  chart: ChartView;
  place: (series: number, category: number, value: number) => BarPlace;
}) {
  const { chart, place } = props;
  return (
    <>
      {chart.series.map((series, s) =>
        series.values.map((value, i) => {
          if (value === null) return null;
          const at = place(s, i, value);
          return (
            <g key={`${s}-${i}`}>
              <rect {...at.bar} fill={COLORS[s % COLORS.length]} />
              {chart.showValues ? (
                <text {...at.value} className="wb-chart-text">
                  {label(chart, value)}
                </text>
              ) : null}
            </g>
          );
        }),
      )}
    </>
  );
}

// Both shapes are one image to a screen reader, named by the chart's title, with the axis
// titles drawn over the plot.
function ChartFrame(props: {
  chart: ChartView;
  height: number;
  valueAtBottom: boolean;
  children: ReactNode;
}) {
  const { chart, height, valueAtBottom, children } = props;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      role="img"
      aria-label={chart.title}
    >
      {children}
      <AxisTitles chart={chart} width={WIDTH} height={height} valueAtBottom={valueAtBottom} />
    </svg>
  );
}

// A horizontal bar chart has its value axis along the bottom; a column chart along the side.
function AxisTitles(props: {
  chart: ChartView;
  width: number;
  height: number;
  valueAtBottom: boolean;
}) {
  const { chart, width, height, valueAtBottom } = props;
  const bottom = valueAtBottom ? chart.valueAxisTitle : chart.categoryAxisTitle;
  const side = valueAtBottom ? chart.categoryAxisTitle : chart.valueAxisTitle;
  return (
    <>
      {bottom ? (
        <text x={width / 2} y={height - 8} textAnchor="middle" className="wb-chart-title">
          {bottom}
        </text>
      ) : null}
      {side ? (
        <text
          transform={`translate(14 ${height / 2}) rotate(-90)`}
          textAnchor="middle"
          className="wb-chart-title"
        >
          {side}
        </text>
      ) : null}
    </>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
