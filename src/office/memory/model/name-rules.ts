import { MAX_COLUMNS, MAX_ROWS, columnIndex } from "../../../core/util/a1";
import { invalidArgument, RichApiError } from "../errors";
import type { WorkbookModel } from "./workbook-model";
import type { SheetModel } from "./sheet-model";

const SHEET_NAME_FORBIDDEN = /[\\/?*:[\]]/;

/**
 * Checks a worksheet name against Excel's rules (Worksheet.name; "Rename a worksheet" in
 * Excel's help): 1–31 characters, none of \ / ? * : [ ], no apostrophe at either end, not
 * "History". Excel reports a broken rule as InvalidArgument.
 */
export function checkSheetName(name: unknown, location: string): string {
  if (typeof name !== "string") throw invalidArgument(location, "A sheet name is a string.");
  const reason = sheetNameProblem(name);
  if (reason) throw invalidArgument(location, `The sheet name "${name}" ${reason}.`);
  return name;
}

function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "is blank";
  if (name.length > 31) return "is longer than 31 characters";
  if (SHEET_NAME_FORBIDDEN.test(name)) return "contains one of \\ / ? * : [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "is reserved by Excel";
  return null;
}

/** ItemAlreadyExists when another sheet has this name, ignoring case, as Excel compares. */
export function checkSheetNameFree(
  workbook: WorkbookModel,
  name: string,
  self: SheetModel | null,
  location: string,
): void {
  const other = workbook.findSheet(name);
  if (other && other !== self && other.name.toLowerCase() === name.toLowerCase()) {
    throw new RichApiError("ItemAlreadyExists", location, `A sheet "${other.name}" exists.`);
  }
}

/**
 * Checks a table or defined name against Excel's rules ("Names in formulas"): it starts with a
 * letter, an underscore or a backslash; then letters, digits, underscores, periods or
 * backslashes; no spaces; not a cell reference (A1, R1C1, R, C); at most 255 characters.
 */
export function checkDefinedName(name: unknown, location: string): string {
  if (typeof name !== "string") throw invalidArgument(location, "A name is a string.");
  const reason = definedNameProblem(name);
  if (reason) throw invalidArgument(location, `The name "${name}" ${reason}.`);
  return name;
}

function definedNameProblem(name: string): string | null {
  if (name.length === 0) return "is empty";
  if (name.length > 255) return "is longer than 255 characters";
  if (!/^[\p{L}_\\]/u.test(name)) return "does not start with a letter, _ or \\";
  if (!/^[\p{L}\p{N}_.\\]+$/u.test(name)) return "contains a space or a character not allowed";
  if (looksLikeCellReference(name)) return "is a cell reference";
  return null;
}

function looksLikeCellReference(name: string): boolean {
  if (/^[RrCc]$/.test(name)) return true;
  if (/^[Rr]\d*[Cc]\d*$/.test(name) || /^[Rr]\d+$/.test(name) || /^[Cc]\d+$/.test(name)) {
    return true;
  }
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (!a1) return false;
  const column = columnIndex(a1[1] ?? "");
  const row = Number(a1[2]);
  return column !== null && column < MAX_COLUMNS && row >= 1 && row <= MAX_ROWS;
}

/** True when a table or a defined name already uses this name, ignoring case. */
export function isDefinedNameTaken(workbook: WorkbookModel, name: string): boolean {
  const lower = name.toLowerCase();
  const tables = workbook.tables.some((table) => table.name.toLowerCase() === lower);
  const names = allNames(workbook).some((item) => item.name.toLowerCase() === lower);
  return tables || names;
}

function allNames(workbook: WorkbookModel) {
  return [...workbook.names, ...workbook.sheets.flatMap((sheet) => sheet.names)];
}

/** True when two names are the same for Excel, which ignores case in names. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
