import type { SheetModel } from "./sheet-model";

/** A defined name: workbook-wide when `scope` is null, else scoped to one worksheet. */
export interface NamedItemModel {
  name: string;
  /** Always starts with `=`, as `NamedItem.formula` reports it. */
  formula: string;
  visible: boolean;
  comment: string;
  scope: SheetModel | null;
  removed: boolean;
}
