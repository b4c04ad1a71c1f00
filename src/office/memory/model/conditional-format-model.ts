import type { CellRect } from "../../../core/util/a1";
import type { SheetModel } from "./sheet-model";

/** The format a cell-value or custom conditional format applies. */
export interface ConditionalFormatLook {
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

/** A cell-value rule of `Excel.ConditionalCellValueRule`. */
export interface CellValueRule {
  formula1: string;
  formula2?: string;
  operator: string;
}

/** One criterion of an icon set, as `Excel.ConditionalIconCriterion` (without custom icons). */
export interface IconCriterion {
  formula: string;
  operator: string;
  type: string;
}

/** The parts of a conditional format that depend on its type. */
export type ConditionalFormatKind =
  | { type: "CellValue"; rule: CellValueRule | null; format: ConditionalFormatLook }
  | { type: "Custom"; formula: string | null; format: ConditionalFormatLook }
  | {
      type: "IconSet";
      style: string;
      criteria: IconCriterion[];
      showIconOnly: boolean;
      reverseIconOrder: boolean;
    };

/** One conditional format on a sheet; its priority is its place in the sheet's list. */
export interface ConditionalFormatModel {
  id: string;
  sheet: SheetModel;
  areas: CellRect[];
  stopIfTrue: boolean;
  kind: ConditionalFormatKind;
  removed: boolean;
}
