import type { Language } from "../language";
import type { CellRect } from "../util/a1";

/**
 * The workbook plan: a declarative description of every sheet the add-in writes.
 * Core builds it from a project; the office layer applies it to Excel. It uses
 * Excel's own vocabulary (operators, chart types) as plain strings, so it stays data.
 */
export interface WorkbookPlan {
  language: Language;
  layoutVersion: number;
  sheets: SheetPlan[];
  /** Workbook-level named items, each with a formula that starts with `=`. */
  names: NamePlan[];
}

export const SHEET_KEYS = ["project", "ambitions", "indicators", "dashboard", "catalogue"] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

/** The name each sheet gets in this workbook, after clashes with a person's sheets. */
export type SheetNames = Record<SheetKey, string>;

export type CellValue = string | number | boolean;

/**
 * One planned cell. `fixed` is the add-in's own content, rewritten on every build;
 * `formula` a computed cell; `input` a value a person owns: a rebuild never replaces
 * what a person typed there (the office layer merges before it writes).
 */
export type PlanCell =
  | { kind: "fixed"; value: CellValue | null }
  | { kind: "formula"; formula: string }
  | { kind: "input"; value: CellValue | null };

/** A rectangular block of cells whose top-left corner is at `row`, `column` (0-based). */
export interface CellBlock {
  row: number;
  column: number;
  cells: PlanCell[][];
  /** The number format per cell, same shape as `cells`. */
  numberFormats: string[][];
}

export interface RangeFormat {
  rect: CellRect;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontalAlignment?: "Left" | "Center" | "Right";
  /** False for cells a person may edit on the protected sheet. */
  locked?: boolean;
}

export interface TablePlan {
  name: string;
  /** The whole table, header row included. */
  rect: CellRect;
  style: string;
  columns: string[];
}

export type ValidationRule =
  | { kind: "list"; source: string }
  | { kind: "decimal"; operator: ComparisonOperator; formula1: string; formula2?: string }
  | { kind: "date"; operator: ComparisonOperator; formula1: string; formula2?: string };

export type ComparisonOperator =
  "Between" | "GreaterThanOrEqualTo" | "LessThanOrEqualTo" | "EqualTo" | "GreaterThan" | "LessThan";

export interface ValidationPlan {
  rect: CellRect;
  rule: ValidationRule;
  /** "Stop" refuses other input; "Warning" lets a person keep it after a question. */
  alertStyle: "Stop" | "Warning" | "Information";
  errorTitle: string;
  errorMessage: string;
  promptTitle: string;
  promptMessage: string;
}

/** A conditional format: a custom formula that colours the range where it is true. */
export interface ConditionalFormatPlan {
  rect: CellRect;
  /** Relative to the range's top-left cell, as Excel reads custom rules. */
  formula: string;
  fill: string;
  fontColor?: string;
  bold?: boolean;
}

export type ChartType = "ColumnClustered" | "BarClustered";

export interface ChartPlan {
  name: string;
  type: ChartType;
  /** The source range on the same sheet. */
  source: CellRect;
  seriesBy: "Columns" | "Rows";
  title: string;
  valueAxisTitle: string;
  categoryAxisTitle: string;
  showDataLabels: boolean;
  /** Top-left and bottom-right cells the chart covers. */
  position: { start: string; end: string };
}

export interface SheetPlan {
  key: SheetKey;
  name: string;
  tabColor: string;
  blocks: CellBlock[];
  /** Column widths in points, by 0-based column index. */
  columnWidths: { column: number; width: number }[];
  formats: RangeFormat[];
  tables: TablePlan[];
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  freeze: { rows: number; columns: number };
  /** Protected without a password: formulas and catalogue locked, inputs unlocked. */
  protect: boolean;
}

export interface NamePlan {
  name: string;
  formula: string;
  comment: string;
}
