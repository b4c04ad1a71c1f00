import type { WorkbenchMessages } from "./nl";

/** The workbench's own texts in English. */
export const en: WorkbenchMessages = {
  pageTitle: "Ambitiekaart workbench",
  title: "Ambitiekaart workbench",
  notExcel: "Runs against the in-memory workbook, not Excel",
  toolbar: "Toolbar",
  loadExample: "Load example project",
  newWorkbook: "New workbook",
  download: "Download .xlsx",
  pane: "Task pane",
  workbook: "In-memory workbook",
  sheets: "Worksheets",
  nameBox: "Name box",
  formulaBar: "Formula bar",
  grid: (sheet) => `Cells of ${sheet}`,
  charts: (sheet) => `Charts on ${sheet}`,
  cellEditor: (address) => `Contents of ${address}`,
  refused: (location, reason) => `Excel refuses this entry in ${location}: ${reason}`,
  lockedCell: "the cell is locked and the sheet is protected.",
  cornerCell: "Cell",
  dismiss: "Close",
  loaded: (name) => `${name} was built into a new workbook.`,
  emptyWorkbook: "A new, empty workbook is open.",
  buildFailed: (name) => `${name} could not be built:`,
  notBuildable: (name) =>
    `${name} has errors and cannot be built into a workbook. The workbook stays as it was. ` +
    "These are the errors in the file:",
  downloadFailed: (reason) => `The .xlsx could not be made: ${reason}`,
  notComputed: "The workbench cannot compute this formula; the formula itself is shown.",
  circular: "Circular reference: this formula depends on itself.",
  noSheets: "This workbook has no worksheets.",
  defaultFileName: "workbook",
  exampleWithErrors: (file) => `${file} (with errors)`,
};
