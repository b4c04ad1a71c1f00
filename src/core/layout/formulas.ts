import type { WorkbookTexts } from "../messages/workbook";
import { columnLetters, quoteSheetName } from "../util/a1";
import {
  AMBITIONS,
  CATALOGUE,
  INDICATOR_COLUMNS,
  INDICATORS,
  STRATEGY_COLUMNS,
  type IndicatorColumn,
  type StrategyColumn,
} from "./geometry";

// Every formula here computes what src/core/progress computes: a value that is not a
// number counts as missing, and an empty result is "" (text), which AVERAGE skips.

/** `$E7`: an indicator column of one row, column fixed so the formula reads well when copied. */
export function indicatorCell(column: IndicatorColumn, row: number): string {
  return `$${columnLetters(INDICATORS.column + INDICATOR_COLUMNS.indexOf(column))}${row + 1}`;
}

function strategyCell(column: StrategyColumn, row: number): string {
  return `$${columnLetters(AMBITIONS.column + STRATEGY_COLUMNS.indexOf(column))}${row + 1}`;
}

/** A whole column of another sheet: `Catalogus!$M:$M`. */
export function wholeColumn(sheet: string, column: number): string {
  const letters = columnLetters(column);
  return `${quoteSheetName(sheet)}!$${letters}:$${letters}`;
}

/**
 * The four computed cells of an indicator row (0-based sheet row). Progress and status
 * build on the ambition and realised-change cells of the same row, which keeps every
 * formula short: a thousand rows travel to Excel on the web in one request.
 */
export function indicatorFormulas(row: number, texts: WorkbookTexts) {
  const b = indicatorCell("baseline", row);
  const c = indicatorCell("contract", row);
  const e = indicatorCell("end", row);
  const a = indicatorCell("ambition", row);
  const r = indicatorCell("realisedChange", row);
  const p = indicatorCell("progress", row);
  const s = mapValues(texts.statuses, quoteText);
  return {
    ambition: `=IF(AND(ISNUMBER(${b}),ISNUMBER(${c})),${c}-${b},"")`,
    realisedChange: `=IF(AND(ISNUMBER(${b}),ISNUMBER(${e})),${e}-${b},"")`,
    progress: `=IF(AND(ISNUMBER(${a}),ISNUMBER(${r})),IF(${a}=0,"",${r}/${a}),"")`,
    // An ambition that is "" (a value missing) or 0 (nothing contracted) leaves nothing to
    // measure progress against; with an ambition, a missing end value means still running.
    status:
      `=IF(OR(${a}="",${a}=0),${s.incomplete},IF(${r}="",${s.running},` +
      `IF(${p}>=1,${s.achieved},IF(${p}>0,${s["partly-achieved"]},${s["not-achieved"]}))))`,
  };
}

/** Unit and direction of a catalogue indicator, looked up live in the indicator table. */
export function indicatorLookups(row: number, catalogueSheet: string) {
  const id = indicatorCell("indicator", row);
  const ids = wholeColumn(catalogueSheet, CATALOGUE.indicators);
  const lookup = (offset: number) =>
    `=IFERROR(INDEX(${wholeColumn(catalogueSheet, CATALOGUE.indicators + offset)},` +
    `MATCH(${id},${ids},0)),"")`;
  return { unit: lookup(3), direction: lookup(4) };
}

/** The strategy's name and whether it supports the row's goal, from the catalogue. */
export function strategyFormulas(row: number, catalogueSheet: string, texts: WorkbookTexts) {
  const goal = strategyCell("goal", row);
  const number = strategyCell("strategy", row);
  const numbers = wholeColumn(catalogueSheet, CATALOGUE.strategies);
  const names = wholeColumn(catalogueSheet, CATALOGUE.strategies + 1);
  const supportNumbers = wholeColumn(catalogueSheet, CATALOGUE.support);
  const supportGoals = wholeColumn(catalogueSheet, CATALOGUE.support + 1);
  const [yes, no] = [quoteText(texts.yes), quoteText(texts.no)];
  return {
    strategyName: `=IFERROR(INDEX(${names},MATCH(${number},${numbers},0)),"")`,
    supports:
      `=IF(OR(${goal}="",${number}=""),"",` +
      `IF(COUNTIFS(${supportNumbers},${number},${supportGoals},${goal})>0,${yes},${no}))`,
  };
}

/** A mark in the ambition matrix where the project chose this goal and strategy. */
export function matrixMark(goalCell: string, numberCell: string, ambitionsSheet: string): string {
  const goals = wholeColumn(ambitionsSheet, AMBITIONS.column);
  const numbers = wholeColumn(ambitionsSheet, AMBITIONS.column + 1);
  return `=IF(COUNTIFS(${goals},${goalCell},${numbers},${numberCell})>0,"●","")`;
}

/** A goal's progress: the mean of its indicators' progress where there is one. */
export function goalProgress(goalCell: string, indicatorsSheet: string): string {
  const progress = wholeColumn(
    indicatorsSheet,
    INDICATORS.column + INDICATOR_COLUMNS.indexOf("progress"),
  );
  const goals = wholeColumn(indicatorsSheet, INDICATORS.column);
  return `=IFERROR(AVERAGEIFS(${progress},${goals},${goalCell}),"")`;
}

/** The project's progress: the mean over the goals that have progress. */
export function projectProgress(goalProgressRange: string): string {
  return `=IFERROR(AVERAGE(${goalProgressRange}),"")`;
}

/** A text as a formula literal: in quotes, with inner quotes doubled. */
export function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function mapValues<K extends string>(
  record: Record<K, string>,
  map: (value: string) => string,
): Record<K, string> {
  const result = {} as Record<K, string>;
  for (const key of Object.keys(record) as K[]) result[key] = map(record[key]);
  return result;
}
