/** The workbench's own texts in Dutch; the pane beside it has its own. */
export const nl = {
  pageTitle: "Ambitiekaart-werkbank",
  title: "Ambitiekaart-werkbank",
  notExcel: "Draait tegen de werkmap in het geheugen, niet tegen Excel",
  toolbar: "Werkbalk",
  loadExample: "Voorbeeldproject laden",
  newWorkbook: "Nieuwe werkmap",
  download: "Download .xlsx",
  pane: "Taakvenster",
  workbook: "Werkmap in het geheugen",
  sheets: "Werkbladen",
  nameBox: "Naamvak",
  formulaBar: "Formulebalk",
  grid: (sheet: string) => `Cellen van ${sheet}`,
  charts: (sheet: string) => `Grafieken op ${sheet}`,
  cellEditor: (address: string) => `Inhoud van ${address}`,
  refused: (location: string, reason: string) =>
    `Excel weigert deze invoer in ${location}: ${reason}`,
  lockedCell: "de cel is vergrendeld en het werkblad is beveiligd.",
  cornerCell: "Cel",
  dismiss: "Sluiten",
  loaded: (name: string) => `${name} is in een nieuwe werkmap gebouwd.`,
  emptyWorkbook: "Een nieuwe, lege werkmap is geopend.",
  buildFailed: (name: string) => `${name} kon niet gebouwd worden:`,
  notBuildable: (name: string) =>
    `${name} bevat fouten en kan niet in een werkmap gebouwd worden. De werkmap blijft ` +
    "ongewijzigd. Deze fouten staan in het bestand:",
  downloadFailed: (reason: string) => `De .xlsx kon niet gemaakt worden: ${reason}`,
  notComputed: "Deze formule kan de werkbank niet berekenen; de formule zelf staat er.",
  circular: "Kringverwijzing: deze formule hangt van zichzelf af.",
  noSheets: "Deze werkmap heeft geen werkbladen.",
  defaultFileName: "werkmap",
  exampleWithErrors: (file: string) => `${file} (met fouten)`,
} as const;

export type WorkbenchMessages = {
  [K in keyof typeof nl]: (typeof nl)[K] extends string ? string : (typeof nl)[K];
};
