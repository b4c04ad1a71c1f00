export { MemoryWorkbook, type MemoryWorkbookOptions } from "./memory-workbook";
export type { FormulaEvaluator } from "./model/workbook-model";
export type { BatchStats, WorkbookStats } from "./objects/session";
export { PersonActions } from "./person-actions";
export { PersonEditRefused, RichApiError, type RichApiErrorCode } from "./errors";
export type * from "./snapshot";
