import { Workbook } from "exceljs";
import JSZip from "jszip";
import type { WorkbookSnapshot } from "../office/memory/snapshot";
import { addCharts } from "./charts/add-charts";
import { addDefinedNames } from "./defined-names";
import { readPart, worksheetParts } from "./package-parts";
import { addSheetRules } from "./sheet-rules";
import { hideFilterButtons } from "./table-parts";
import { writeSheet } from "./write-sheet";

// exceljs's own default window; only the active tab comes from the snapshot.
const BOOK_VIEW = { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: "visible" };

/**
 * Writes a workbook snapshot as an .xlsx package. exceljs writes the sheets, cells, styles,
 * tables and protection; the parts it cannot write (conditional formats, validations,
 * defined names of constants, charts) are then added to its package.
 */
export async function exportXlsx(snapshot: WorkbookSnapshot): Promise<Uint8Array> {
  const workbook = new Workbook();
  // Formulas carry no cached result, so whoever opens the file must compute them all.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of snapshot.sheets) await writeSheet(workbook, sheet);
  const active = snapshot.sheets.findIndex((sheet) => sheet.name === snapshot.activeSheet);
  workbook.views = [{ ...BOOK_VIEW, activeTab: Math.max(active, 0) }];
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  await completePackage(zip, snapshot);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function completePackage(zip: JSZip, snapshot: WorkbookSnapshot): Promise<void> {
  const parts = await worksheetParts(zip);
  await addSheetRules(zip, snapshot, parts);
  await hideFilterButtons(zip, snapshot);
  const workbookXml = await readPart(zip, "xl/workbook.xml");
  zip.file("xl/workbook.xml", addDefinedNames(workbookXml, snapshot));
  await addCharts(zip, snapshot, parts);
}
