import type {
  ChartPlan,
  ConditionalFormatPlan,
  RangeFormat,
  SheetPlan,
  TablePlan,
  ValidationPlan,
} from "../core/layout/plan";
import type { CellRect } from "../core/util/a1";
import {
  sheetNeedsWork,
  type CellWrite,
  type SheetWrites,
  type WorkbookWrites,
} from "../core/workbook/diff-plan";
import { rangeWrites } from "../core/workbook/range-writes";

/** A sheet to rename before anything else is written. */
export interface SheetRename {
  from: string;
  to: string;
}

/**
 * Queues every write of a build on the context, in the order Excel needs: renames,
 * unprotect, old tables back to ranges, cleared leftovers, number formats before
 * values, tables over their cells, then formats, rules, charts, names and protection.
 * It never syncs; the caller syncs once.
 */
export function queueWrites(
  context: Excel.RequestContext,
  writes: WorkbookWrites,
  renames: readonly SheetRename[],
): void {
  const { workbook } = context;
  for (const rename of renames) workbook.worksheets.getItem(rename.from).name = rename.to;
  for (const sheetWrites of writes.sheets) {
    if (!sheetNeedsWork(sheetWrites)) continue;
    const sheet = sheetWrites.exists
      ? workbook.worksheets.getItem(sheetWrites.plan.name)
      : workbook.worksheets.add(sheetWrites.plan.name);
    queueSheet(workbook, sheet, sheetWrites);
  }
  for (const { plan, exists } of writes.names) {
    if (exists) workbook.names.getItem(plan.name).delete();
    workbook.names.add(plan.name, plan.formula, plan.comment);
  }
}

function queueSheet(workbook: Excel.Workbook, sheet: Excel.Worksheet, writes: SheetWrites) {
  const { plan } = writes;
  const range = (rect: CellRect) =>
    sheet.getRangeByIndexes(rect.row, rect.column, rect.rowCount, rect.columnCount);
  if (writes.unprotect) sheet.protection.unprotect();
  for (const name of writes.tablesToConvert) workbook.tables.getItem(name).convertToRange();
  for (const rect of writes.clear) {
    range(rect).clear("All");
    range(rect).dataValidation.clear();
  }
  for (const write of writes.cells) queueCells(range, write);
  for (const table of writes.tablesToAdd) queueTable(sheet, range, table);
  if (writes.restyle) queueStyle(sheet, range, writes);
  for (const name of writes.chartsToDelete) sheet.charts.getItem(name).delete();
  for (const chart of writes.chartsToAdd) queueChart(sheet, range, chart);
  if (plan.protect) {
    sheet.protection.protect({
      allowFormatColumns: true,
      allowFormatRows: true,
      allowAutoFilter: true,
      allowSort: true,
    });
  }
}

// Number formats first: a text format must be in place before a value that starts with "="
// arrives, or Excel reads the value as a formula. rangeWrites keeps that order.
function queueCells(range: (rect: CellRect) => Excel.Range, write: CellWrite) {
  for (const part of rangeWrites(write)) {
    // Excel applies one value to every cell of a range (shown on the Microsoft 365 developer
    // platform's idea "Allow passing a single value to the Range object Values and Formulas",
    // 2024); the typings only name the 2-D form.
    range(part.rect)[part.property] = ("fill" in part ? part.fill : part.grid) as unknown[][];
  }
}

function queueTable(
  sheet: Excel.Worksheet,
  range: (rect: CellRect) => Excel.Range,
  plan: TablePlan,
) {
  const table = sheet.tables.add(range(plan.rect), true);
  table.name = plan.name;
  table.style = plan.style;
  table.showBandedRows = true;
}

function queueStyle(
  sheet: Excel.Worksheet,
  range: (rect: CellRect) => Excel.Range,
  writes: SheetWrites,
) {
  const { plan } = writes;
  const area = range(extent(plan));
  area.format.protection.locked = true;
  area.dataValidation.clear();
  area.conditionalFormats.clearAll();
  for (const { column, width } of plan.columnWidths) {
    range({ row: 0, column, rowCount: 1, columnCount: 1 }).format.columnWidth = width;
  }
  for (const format of plan.formats) queueFormat(range(format.rect), format);
  for (const validation of plan.validations) queueValidation(range(validation.rect), validation);
  for (const rule of plan.conditionalFormats) queueConditionalFormat(range(rule.rect), rule);
  queueFreeze(sheet, range, plan.freeze);
  sheet.tabColor = plan.tabColor;
}

// freezeAt freezes through the range's bottom-right cell, so a freeze of rows only (or
// columns only) must use freezeRows (freezeColumns), or it would freeze column A too.
function queueFreeze(
  sheet: Excel.Worksheet,
  range: (rect: CellRect) => Excel.Range,
  freeze: SheetPlan["freeze"],
) {
  const panes = sheet.freezePanes;
  panes.unfreeze();
  if (freeze.rows > 0 && freeze.columns > 0) {
    panes.freezeAt(
      range({ row: 0, column: 0, rowCount: freeze.rows, columnCount: freeze.columns }),
    );
  } else if (freeze.rows > 0) {
    panes.freezeRows(freeze.rows);
  } else if (freeze.columns > 0) {
    panes.freezeColumns(freeze.columns);
  }
}

function queueFormat(range: Excel.Range, format: RangeFormat) {
  const { font, fill, protection } = range.format;
  if (format.bold !== undefined) font.bold = format.bold;
  if (format.italic !== undefined) font.italic = format.italic;
  if (format.fontSize !== undefined) font.size = format.fontSize;
  if (format.fontColor !== undefined) font.color = format.fontColor;
  if (format.fill !== undefined) fill.color = format.fill;
  if (format.wrap !== undefined) range.format.wrapText = format.wrap;
  if (format.horizontalAlignment !== undefined) {
    range.format.horizontalAlignment = format.horizontalAlignment;
  }
  if (format.locked !== undefined) protection.locked = format.locked;
}

function queueValidation(range: Excel.Range, plan: ValidationPlan) {
  const { rule } = plan;
  const validation = range.dataValidation;
  if (rule.kind === "list") {
    validation.rule = { list: { inCellDropDown: true, source: rule.source } };
  } else {
    const basic = {
      formula1: rule.formula1,
      operator: rule.operator,
      ...(rule.formula2 === undefined ? {} : { formula2: rule.formula2 }),
    };
    validation.rule = rule.kind === "date" ? { date: basic } : { decimal: basic };
  }
  validation.errorAlert = {
    showAlert: true,
    style: plan.alertStyle,
    title: plan.errorTitle,
    message: plan.errorMessage,
  };
  validation.prompt = { showPrompt: true, title: plan.promptTitle, message: plan.promptMessage };
  validation.ignoreBlanks = true;
}

function queueConditionalFormat(range: Excel.Range, plan: ConditionalFormatPlan) {
  const format = range.conditionalFormats.add("Custom");
  format.custom.rule.formula = plan.formula;
  format.custom.format.fill.color = plan.fill;
  if (plan.fontColor !== undefined) format.custom.format.font.color = plan.fontColor;
  if (plan.bold !== undefined) format.custom.format.font.bold = plan.bold;
}

// seriesBy is always given: "Auto" drew wrongly on the web (OFFICE-JS-NOTES, Charts).
function queueChart(
  sheet: Excel.Worksheet,
  range: (rect: CellRect) => Excel.Range,
  plan: ChartPlan,
) {
  const chart = sheet.charts.add(plan.type, range(plan.source), plan.seriesBy);
  chart.name = plan.name;
  chart.title.text = plan.title;
  chart.axes.valueAxis.title.text = plan.valueAxisTitle;
  chart.axes.categoryAxis.title.text = plan.categoryAxisTitle;
  chart.dataLabels.showValue = plan.showDataLabels;
  chart.legend.visible = false;
  chart.setPosition(plan.position.start, plan.position.end);
}

/** The rectangle that holds everything the plan puts on its sheet. */
function extent(plan: SheetPlan): CellRect {
  const rects = [
    ...plan.blocks.map((block) => ({
      row: block.row,
      column: block.column,
      rowCount: block.cells.length,
      columnCount: block.cells[0]?.length ?? 1,
    })),
    ...plan.tables.map((table) => table.rect),
  ];
  const bottom = Math.max(1, ...rects.map((rect) => rect.row + rect.rowCount));
  const right = Math.max(1, ...rects.map((rect) => rect.column + rect.columnCount));
  return { row: 0, column: 0, rowCount: bottom, columnCount: right };
}
