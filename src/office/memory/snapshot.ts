import type { ProtectionOptions } from "./model/sheet-model";

/**
 * The plain, JSON-serialisable picture of an in-memory workbook that `inspect()` returns, for
 * tests, the workbench and the .xlsx export. Every field is always present; addresses inside a
 * sheet are local (`A4:A7`, several areas joined by commas), references that may point at
 * another sheet (chart sources and series, list sources, formulas) name their sheet.
 */

/** What a cell holds: text, a number or a boolean. */
export type CellValue = string | number | boolean;

/** A font. */
export interface FontSnapshot {
  bold: boolean;
  italic: boolean;
  /** `#RRGGBB`. */
  color: string;
  size: number;
  name: string;
}

/** The look and protection of a cell, a whole row or a whole column. */
export interface FormatSnapshot {
  numberFormat: string;
  locked: boolean;
  /** `#RRGGBB`, or null for no fill. */
  fill: string | null;
  font: FontSnapshot;
  wrap: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
}

/** One cell that holds something or is formatted. */
export interface CellSnapshot extends FormatSnapshot {
  /** The constant, or the formula's value from the evaluator ("" without one or when empty). */
  value: CellValue;
  formula: string | null;
  /** True when the text was typed or written with a leading apostrophe. */
  quotePrefix: boolean;
}

/** `Excel.WorksheetProtectionOptions`, all fields present. */
export type ProtectionOptionsSnapshot = ProtectionOptions;

/** A table. */
export interface TableSnapshot {
  name: string;
  id: string;
  /** Header row and data rows, such as `A3:N7`. */
  address: string;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  /** The header texts, left to right. */
  columns: string[];
}

/** A criterion of a whole-number, decimal, date, time or text-length rule. */
export interface CriterionSnapshot {
  formula1: string | number;
  formula2?: string | number;
  operator: string;
}

/** A data validation rule, exactly one kind, as `Excel.DataValidationRule` writes it. */
export type ValidationRuleSnapshot =
  | { list: { inCellDropDown: boolean; source: string } }
  | { custom: { formula: string } }
  | { wholeNumber: CriterionSnapshot }
  | { decimal: CriterionSnapshot }
  | { date: CriterionSnapshot }
  | { time: CriterionSnapshot }
  | { textLength: CriterionSnapshot };

/** A data validation and the cells it covers. */
export interface ValidationSnapshot {
  address: string;
  /** `{}` when only an alert or a prompt was set, as `DataValidation.rule` reads then. */
  rule: ValidationRuleSnapshot | Record<string, never>;
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  prompt: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks: boolean;
}

/** The format a cell-value or custom conditional format applies; null parts are unset. */
export interface ConditionalLookSnapshot {
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

/** A conditional format; `priority` 0 is applied first. */
export type ConditionalFormatSnapshot = {
  address: string;
  priority: number;
  stopIfTrue: boolean;
} & (
  | {
      type: "CellValue";
      rule: { formula1: string; formula2?: string; operator: string } | null;
      format: ConditionalLookSnapshot;
    }
  | { type: "Custom"; rule: { formula: string | null }; format: ConditionalLookSnapshot }
  | {
      type: "IconSet";
      style: string;
      criteria: { formula: string; operator: string; type: string }[];
      showIconOnly: boolean;
      reverseIconOrder: boolean;
    }
);

/** One series of a chart, derived from the chart's source range. */
export interface SeriesSnapshot {
  name: string;
  /** `Sheet!$B$2:$B$5`. */
  values: string;
  /** `Sheet!$A$2:$A$5`, or null when the source has a single column (or row). */
  categories: string | null;
}

/** A chart. */
export interface ChartSnapshot {
  name: string;
  id: string;
  type: string;
  /** The source range with its sheet, such as `Dashboard!T6:U10`. */
  source: string;
  seriesBy: string;
  /** The title text, or null when the title is hidden. */
  title: string | null;
  valueAxisTitle: string | null;
  categoryAxisTitle: string | null;
  valueAxis: { minimum: number | null; maximum: number | null };
  dataLabels: { showValue: boolean };
  legend: { visible: boolean; position: string };
  /** The cells `setPosition` placed it over, or null when it was never placed. */
  position: { start: string; end: string | null } | null;
  top: number;
  left: number;
  width: number;
  height: number;
  series: SeriesSnapshot[];
}

/** A defined name. */
export interface NameSnapshot {
  name: string;
  /** Always starts with "=". */
  formula: string;
  type: string;
  value: CellValue;
  visible: boolean;
  comment: string;
}

/** A worksheet and everything on it. */
export interface SheetSnapshot {
  name: string;
  id: string;
  position: number;
  visibility: string;
  /** `#RRGGBB`, or null for none. */
  tabColor: string | null;
  showGridlines: boolean;
  protected: boolean;
  protectionOptions: ProtectionOptionsSnapshot;
  freeze: { rows: number; columns: number };
  /** Widths in points of the columns that do not have the standard width, by letters. */
  columnWidths: Record<string, number>;
  /** Heights in points of the rows that do not have the standard height, by 1-based number. */
  rowHeights: Record<string, number>;
  /** The height of every other row. */
  standardHeight: number;
  /** Formats given to whole columns, by letters. */
  columnFormats: Record<string, FormatSnapshot>;
  /** Formats given to whole rows, by 1-based number. */
  rowFormats: Record<string, FormatSnapshot>;
  /** Cells that hold something or differ from their row's, column's or the default format. */
  cells: Record<string, CellSnapshot>;
  tables: TableSnapshot[];
  validations: ValidationSnapshot[];
  /** Highest priority first. */
  conditionalFormats: ConditionalFormatSnapshot[];
  charts: ChartSnapshot[];
  /** Names scoped to this sheet. */
  names: NameSnapshot[];
}

/** The whole workbook. */
export interface WorkbookSnapshot {
  /** In position order. */
  sheets: SheetSnapshot[];
  /** Workbook-wide names. */
  names: NameSnapshot[];
  activeSheet: string | null;
}
