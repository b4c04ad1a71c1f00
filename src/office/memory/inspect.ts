import { cellAddress, columnLetters } from "../../core/util/a1";
import type { CellStyle } from "./model/cell-style";
import type { ChartModel } from "./model/chart-model";
import { chartSeries } from "./model/charts";
import type { ConditionalFormatModel } from "./model/conditional-format-model";
import type { NamedItemModel } from "./model/named-item-model";
import { evaluateName } from "./model/named-items";
import { areasAddress, localAddress } from "./model/rects";
import { keyPosition, type SheetModel } from "./model/sheet-model";
import type { TableModel } from "./model/table-model";
import type { ValidationModel } from "./model/validation-model";
import type { WorkbookModel } from "./model/workbook-model";
import type {
  CellSnapshot,
  ChartSnapshot,
  ConditionalFormatSnapshot,
  FormatSnapshot,
  NameSnapshot,
  SheetSnapshot,
  TableSnapshot,
  ValidationSnapshot,
  WorkbookSnapshot,
} from "./snapshot";

/** Everything in the workbook as plain data (see snapshot.ts). */
export function inspectWorkbook(workbook: WorkbookModel): WorkbookSnapshot {
  const snapshot: WorkbookSnapshot = {
    sheets: workbook.sheets.map((sheet, position) => inspectSheet(workbook, sheet, position)),
    names: workbook.names.map((item) => inspectName(workbook, item)),
    activeSheet: workbook.activeSheet?.name ?? null,
  };
  return structuredClone(snapshot);
}

function inspectSheet(workbook: WorkbookModel, sheet: SheetModel, position: number) {
  const result: SheetSnapshot = {
    name: sheet.name,
    id: sheet.id,
    position,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    showGridlines: sheet.showGridlines,
    protected: sheet.protection.protected,
    protectionOptions: { ...sheet.protection.options },
    freeze: { ...sheet.freeze },
    columnWidths: keyed(sheet.columnWidths, columnLetters, (width) => width),
    rowHeights: keyed(sheet.rowHeights, rowNumber, (height) => height),
    standardHeight: sheet.standardHeight,
    columnFormats: keyed(sheet.columnStyles, columnLetters, formatOf),
    rowFormats: keyed(sheet.rowStyles, rowNumber, formatOf),
    cells: inspectCells(workbook, sheet),
    tables: workbook.tablesOn(sheet).map(inspectTable),
    validations: sheet.validations.map(inspectValidation),
    conditionalFormats: sheet.conditionalFormats.map(inspectConditionalFormat),
    charts: sheet.charts.map((chart) => inspectChart(workbook, chart)),
    names: sheet.names.map((item) => inspectName(workbook, item)),
  };
  return result;
}

function rowNumber(row: number): string {
  return String(row + 1);
}

function keyed<V, R>(
  map: ReadonlyMap<number, V>,
  key: (index: number) => string,
  value: (item: V) => R,
): Record<string, R> {
  const sorted = [...map].sort(([a], [b]) => a - b);
  return Object.fromEntries(sorted.map(([index, item]) => [key(index), value(item)]));
}

function inspectCells(workbook: WorkbookModel, sheet: SheetModel): Record<string, CellSnapshot> {
  const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
  const cells: Record<string, CellSnapshot> = {};
  for (const key of keys) {
    const cell = sheet.cells.get(key);
    if (!cell) continue;
    const { row, column } = keyPosition(key);
    cells[cellAddress(row, column)] = {
      value: workbook.valueAt(sheet, row, column) ?? "",
      formula: cell.formula,
      quotePrefix: cell.quotePrefix,
      ...formatOf(cell.style),
    };
  }
  return cells;
}

function formatOf(style: CellStyle): FormatSnapshot {
  return {
    numberFormat: style.numberFormat,
    locked: style.locked,
    fill: style.fill,
    font: { ...style.font },
    wrap: style.wrap,
    horizontalAlignment: style.horizontalAlignment,
    verticalAlignment: style.verticalAlignment,
  };
}

function inspectTable(table: TableModel): TableSnapshot {
  return {
    name: table.name,
    id: table.id,
    address: localAddress(table.rect),
    style: table.style,
    showBandedRows: table.showBandedRows,
    showBandedColumns: table.showBandedColumns,
    showFilterButton: table.showFilterButton,
    columns: table.columns.map((column) => column.name),
  };
}

function inspectValidation(validation: ValidationModel): ValidationSnapshot {
  return {
    address: areasAddress(validation.areas),
    rule: validation.rule ?? {},
    errorAlert: { ...validation.errorAlert },
    prompt: { ...validation.prompt },
    ignoreBlanks: validation.ignoreBlanks,
  };
}

function inspectConditionalFormat(
  format: ConditionalFormatModel,
  priority: number,
): ConditionalFormatSnapshot {
  const base = { address: areasAddress(format.areas), priority, stopIfTrue: format.stopIfTrue };
  const { kind } = format;
  if (kind.type === "CellValue")
    return { ...base, type: kind.type, rule: kind.rule, format: kind.format };
  if (kind.type === "Custom") {
    return { ...base, type: kind.type, rule: { formula: kind.formula }, format: kind.format };
  }
  return {
    ...base,
    type: kind.type,
    style: kind.style,
    criteria: kind.criteria,
    showIconOnly: kind.showIconOnly,
    reverseIconOrder: kind.reverseIconOrder,
  };
}

function inspectChart(workbook: WorkbookModel, chart: ChartModel): ChartSnapshot {
  const visible = (title: string, shown: boolean) => (shown ? title : null);
  return {
    name: chart.name,
    id: chart.id,
    type: chart.type,
    source: chart.source,
    seriesBy: chart.seriesBy,
    title: visible(chart.title.text, chart.title.visible),
    valueAxisTitle: visible(chart.valueAxis.title, chart.valueAxis.titleVisible),
    categoryAxisTitle: visible(chart.categoryAxis.title, chart.categoryAxis.titleVisible),
    valueAxis: { minimum: chart.valueAxis.minimum, maximum: chart.valueAxis.maximum },
    dataLabels: { ...chart.dataLabels },
    legend: { ...chart.legend },
    position: chart.anchor ? { ...chart.anchor } : null,
    top: chart.top,
    left: chart.left,
    width: chart.width,
    height: chart.height,
    series: chartSeries(workbook, chart),
  };
}

function inspectName(workbook: WorkbookModel, item: NamedItemModel): NameSnapshot {
  const { type, value } = evaluateName(workbook, item);
  return {
    name: item.name,
    formula: item.formula,
    type,
    value,
    visible: item.visible,
    comment: item.comment,
  };
}
