/**
 * The Excel the office code talks to: the real one through Office.js, or the in-memory
 * workbook (tests, workbench, export). Both run one batch per user action.
 */
export interface ExcelHost {
  /** Runs one batch against the workbook, as `Excel.run` does. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** True when the host supports ExcelApi at this version, such as "1.9". */
  supports(version: string): boolean;
}

/** The real Excel, reached through office.js. Use only after `Office.onReady`. */
export const officeExcelHost: ExcelHost = {
  run: (batch) => Excel.run(batch),
  supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
};
