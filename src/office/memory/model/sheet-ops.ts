import { invalidArgument, RichApiError } from "../errors";
import { rewriteFormulas } from "./formula-walk";
import { checkSheetName, checkSheetNameFree, sameName } from "./name-rules";
import { mapReferences, sheetPrefix } from "./references";
import type { SheetModel, SheetVisibility } from "./sheet-model";
import type { WorkbookModel } from "./workbook-model";

/** Adds a sheet at the end; without a name, the first free `SheetN`, as Excel names them. */
export function addSheet(workbook: WorkbookModel, name: string | undefined, location: string) {
  const chosen = name ?? firstFreeSheetName(workbook);
  checkSheetName(chosen, location);
  checkSheetNameFree(workbook, chosen, null, location);
  return workbook.createSheet(chosen);
}

function firstFreeSheetName(workbook: WorkbookModel): string {
  for (let number = 1; ; number++) {
    if (!workbook.findSheet(`Sheet${number}`)) return `Sheet${number}`;
  }
}

/**
 * Renames a sheet and, as Excel does, every formula, name, validation source, conditional
 * format and chart source that names it. Renaming a protected sheet is allowed.
 */
export function renameSheet(
  workbook: WorkbookModel,
  sheet: SheetModel,
  name: unknown,
  location: string,
): void {
  const newName = checkSheetName(name, location);
  checkSheetNameFree(workbook, newName, sheet, location);
  const oldName = sheet.name;
  sheet.name = newName;
  rewriteFormulas(workbook, (formula) =>
    mapReferences(formula, (token) =>
      token.sheet !== null && sameName(token.sheet, oldName)
        ? sheetPrefix(newName) + token.body
        : undefined,
    ),
  );
}

/**
 * Deletes a sheet with its tables, charts and sheet-scoped names; references to it elsewhere
 * become `#REF!` as in Excel. The last visible sheet cannot go.
 */
export function deleteSheet(workbook: WorkbookModel, sheet: SheetModel, location: string): void {
  const visible = workbook.sheets.filter((item) => item.visibility === "Visible");
  if (sheet.visibility === "Visible" && visible.length === 1) {
    throw new RichApiError(
      "InvalidOperation",
      location,
      "A workbook must contain at least one visible worksheet.",
    );
  }
  removeSheetObjects(workbook, sheet);
  rewriteFormulas(workbook, (formula) =>
    mapReferences(formula, (token) =>
      token.sheet !== null && sameName(token.sheet, sheet.name) ? `#REF!${token.body}` : undefined,
    ),
  );
  if (workbook.activeSheet === sheet) {
    workbook.activeSheet = workbook.sheets.find((item) => item.visibility === "Visible") ?? null;
  }
}

function removeSheetObjects(workbook: WorkbookModel, sheet: SheetModel): void {
  sheet.removed = true;
  workbook.sheets = workbook.sheets.filter((item) => item !== sheet);
  for (const table of workbook.tablesOn(sheet)) table.removed = true;
  workbook.tables = workbook.tables.filter((table) => !table.removed);
  for (const chart of sheet.charts) chart.removed = true;
  for (const name of sheet.names) name.removed = true;
  for (const format of sheet.conditionalFormats) format.removed = true;
}

/** Moves a sheet to a 0-based position; the others keep their order. */
export function moveSheet(
  workbook: WorkbookModel,
  sheet: SheetModel,
  position: unknown,
  location: string,
): void {
  const count = workbook.sheets.length;
  if (typeof position !== "number" || !Number.isInteger(position) || position < 0) {
    throw invalidArgument(location, "A position is a whole number from 0.");
  }
  if (position >= count) {
    throw invalidArgument(location, `There are only ${count} worksheets.`);
  }
  const others = workbook.sheets.filter((item) => item !== sheet);
  others.splice(position, 0, sheet);
  workbook.sheets = others;
}

/** Shows or hides a sheet; the last visible sheet cannot be hidden. */
export function setVisibility(
  workbook: WorkbookModel,
  sheet: SheetModel,
  visibility: SheetVisibility,
  location: string,
): void {
  const visible = workbook.sheets.filter((item) => item.visibility === "Visible");
  if (visibility !== "Visible" && sheet.visibility === "Visible" && visible.length === 1) {
    throw new RichApiError(
      "InvalidOperation",
      location,
      "A workbook must contain at least one visible worksheet.",
    );
  }
  sheet.visibility = visibility;
  if (visibility !== "Visible" && workbook.activeSheet === sheet) {
    workbook.activeSheet = workbook.sheets.find((item) => item.visibility === "Visible") ?? null;
  }
}

/** Makes a sheet the active one; a hidden sheet cannot be activated. */
export function activateSheet(workbook: WorkbookModel, sheet: SheetModel, location: string) {
  if (sheet.visibility !== "Visible") {
    throw new RichApiError("InvalidOperation", location, "A hidden worksheet cannot be active.");
  }
  workbook.activeSheet = sheet;
}
