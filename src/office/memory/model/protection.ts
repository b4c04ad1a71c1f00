import type { CellRect } from "../../../core/util/a1";
import { accessDenied, invalidArgument, RichApiError } from "../errors";
import { booleanArgument, objectArgument, oneOf } from "./arguments";
import { DEFAULT_PROTECTION_OPTIONS, type ProtectionOptions, type SheetModel } from "./sheet-model";
import { stylesIn } from "./styles";

/** What a change does to a sheet, for deciding whether sheet protection allows it. */
export type SheetChange =
  | "formatCells"
  | "formatColumns"
  | "formatRows"
  | "insertRows"
  | "deleteRows"
  | "insertColumns"
  | "deleteColumns"
  | "editObjects"
  | "lockCells"
  | "validation"
  | "conditionalFormat"
  | "addTable"
  | "editTable";

// The WorksheetProtectionOptions flag that lets each change through a protected sheet; null
// for changes no option allows.
const ALLOWED_BY: Record<SheetChange, keyof ProtectionOptions | null> = {
  formatCells: "allowFormatCells",
  formatColumns: "allowFormatColumns",
  formatRows: "allowFormatRows",
  insertRows: "allowInsertRows",
  deleteRows: "allowDeleteRows",
  insertColumns: "allowInsertColumns",
  deleteColumns: "allowDeleteColumns",
  editObjects: "allowEditObjects",
  lockCells: null,
  validation: null,
  conditionalFormat: null,
  addTable: null,
  editTable: null,
};

/** AccessDenied when the sheet is protected and its options do not allow the change. */
export function guardChange(sheet: SheetModel, change: SheetChange, location: string): void {
  if (!sheet.protection.protected) return;
  const option = ALLOWED_BY[change];
  if (option !== null && sheet.protection.options[option] === true) return;
  throw accessDenied(location, `The worksheet "${sheet.name}" is protected.`);
}

/** AccessDenied when the sheet is protected and a cell of the rectangle is locked. */
export function guardCellEdit(sheet: SheetModel, rect: CellRect, location: string): void {
  if (!sheet.protection.protected) return;
  if (stylesIn(sheet, rect).some((style) => style.locked)) {
    throw accessDenied(
      location,
      `The cell or chart you're trying to change is on a protected sheet ("${sheet.name}").`,
    );
  }
}

/** Protects a sheet with options and an optional password; AccessDenied when already done. */
export function protectSheet(
  sheet: SheetModel,
  options: unknown,
  password: string | undefined,
  location: string,
): void {
  if (sheet.protection.protected) {
    throw new RichApiError("AccessDenied", location, "The worksheet is already protected.");
  }
  sheet.protection = {
    protected: true,
    options: protectionOptions(options, location),
    password: password === undefined || password === "" ? null : password,
  };
}

/**
 * Unprotects a sheet. A wrong or missing password leaves it protected and is InvalidArgument,
 * as WorksheetProtection.pauseProtection documents for an incorrect password.
 */
export function unprotectSheet(sheet: SheetModel, password: string | undefined, location: string) {
  if (!sheet.protection.protected) return;
  const stored = sheet.protection.password;
  if (stored !== null && stored !== password) {
    throw invalidArgument(location, "The password you supplied is incorrect.");
  }
  sheet.protection = { ...sheet.protection, protected: false, password: null };
}

const OPTION_FLAGS = Object.keys(DEFAULT_PROTECTION_OPTIONS).filter(
  (key) => key !== "selectionMode",
) as (keyof Omit<ProtectionOptions, "selectionMode">)[];

function protectionOptions(input: unknown, location: string): ProtectionOptions {
  if (input === undefined || input === null) return DEFAULT_PROTECTION_OPTIONS;
  const fields = objectArgument(input, location);
  const options: ProtectionOptions = { ...DEFAULT_PROTECTION_OPTIONS };
  for (const flag of OPTION_FLAGS) {
    if (fields[flag] !== undefined) options[flag] = booleanArgument(fields[flag], location);
  }
  if (fields.selectionMode !== undefined) {
    options.selectionMode = oneOf(["Normal", "Unlocked", "None"], fields.selectionMode, location);
  }
  return options;
}
