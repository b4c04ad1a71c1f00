import { INDICATOR_COLUMNS, STRATEGY_COLUMNS, TABLE_NAMES } from "../layout/geometry";
import type { SheetPlan, WorkbookPlan } from "../layout/plan";
import { LANGUAGES } from "../language";
import { workbookTexts, type WorkbookTexts } from "../messages/workbook";
import { cellProblem, makeProblem, type Problem } from "../problems/problem";
import { cellAddress } from "../util/a1";
import type { GridValue } from "./grids";
import type { CellLocation } from "./read-workbook";
import { stateCell, type SheetState, type WorkbookState } from "./state";

/** One of the add-in's tables that a person renamed, to be given its name back. */
export interface TableRename {
  from: string;
  to: string;
  sheet: string;
  /** The table's top-left cell. */
  address: string;
}

/**
 * What a repair changes, listed so the pane can say so before it is applied: formulas to
 * restore, sheets to recreate, rows below a table to take into it, tables to rename back.
 * None of it replaces a value a person typed.
 */
export interface RepairOffer {
  formulas: CellLocation[];
  sheets: string[];
  rows: CellLocation[];
  tables: TableRename[];
}

/** True when the offer changes nothing. */
export function isEmptyRepair(offer: RepairOffer): boolean {
  const { formulas, sheets, rows, tables } = offer;
  return formulas.length + sheets.length + rows.length + tables.length === 0;
}

// More changed formulas than this on one sheet are reported as one problem with a count.
const CELLS_LISTED = 5;

/**
 * Compares the plan for the project as read with the workbook as loaded: formula cells that
 * hold something else, and the add-in's sheets that are gone. A sheet whose tables moved or
 * changed size is left out, because its rows no longer line up with the plan's.
 */
export function findRepairs(
  plan: WorkbookPlan,
  state: WorkbookState,
): { formulas: CellLocation[]; sheets: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const formulas: CellLocation[] = [];
  const sheets: string[] = [];
  for (const sheetPlan of plan.sheets) {
    const current = state.sheets.find((sheet) => sheet.name === sheetPlan.name);
    if (!current) {
      sheets.push(sheetPlan.name);
      const params = { sheet: sheetPlan.name };
      problems.push(makeProblem("sheet-missing", "warning", { kind: "workbook" }, params));
      continue;
    }
    if (!tablesInPlace(sheetPlan, state)) continue;
    const changed = changedFormulas(sheetPlan, current);
    formulas.push(...changed.map(({ address }) => ({ sheet: sheetPlan.name, address })));
    problems.push(...formulaProblems(sheetPlan.name, changed));
  }
  return { formulas, sheets, problems };
}

/**
 * The person's own tables whose headers are those of one of the add-in's input tables that
 * is missing: most likely that table, renamed in Table Design.
 */
export function findRenamedTables(state: WorkbookState): {
  renames: TableRename[];
  problems: Problem[];
} {
  const renames: TableRename[] = [];
  for (const [name, headersOf] of Object.entries(TABLE_HEADERS)) {
    if (state.tables.some((table) => sameText(table.name, name))) continue;
    const match = (state.otherTables ?? []).find((table) =>
      LANGUAGES.some((language) => sameHeaders(table.headers, headersOf(workbookTexts(language)))),
    );
    if (!match || renames.some((rename) => rename.from === match.name)) continue;
    const address = cellAddress(match.rect.row, match.rect.column);
    renames.push({ from: match.name, to: name, sheet: match.sheet, address });
  }
  const problems = renames.map((rename) =>
    cellProblem("table-renamed", "error", rename.sheet, rename.address, {
      found: rename.from,
      table: rename.to,
    }),
  );
  return { renames, problems };
}

const TABLE_HEADERS: Record<string, (texts: WorkbookTexts) => string[]> = {
  [TABLE_NAMES.project]: (texts) => [texts.columns.field, texts.columns.value],
  [TABLE_NAMES.stakeholders]: (texts) => [texts.columns.stakeholder, texts.columns.role],
  [TABLE_NAMES.strategies]: (texts) => STRATEGY_COLUMNS.map((key) => texts.columns[key]),
  [TABLE_NAMES.indicators]: (texts) => INDICATOR_COLUMNS.map((key) => texts.columns[key]),
};

// Columns may have been moved, so the headers are compared as sets.
function sameHeaders(found: readonly string[], wanted: readonly string[]): boolean {
  const normal = (list: readonly string[]) =>
    list
      .map((text) => text.trim().toLowerCase())
      .sort()
      .join("\n");
  return normal(found) === normal(wanted);
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function tablesInPlace(plan: SheetPlan, state: WorkbookState): boolean {
  return plan.tables.every((table) => {
    const found = state.tables.find((candidate) => sameText(candidate.name, table.name));
    if (!found || found.sheet !== plan.name) return false;
    const [a, b] = [found.rect, table.rect];
    return (
      a.row === b.row &&
      a.column === b.column &&
      a.rowCount === b.rowCount &&
      a.columnCount === b.columnCount
    );
  });
}

interface ChangedFormula {
  address: string;
  now: GridValue;
}

function changedFormulas(plan: SheetPlan, sheet: SheetState): ChangedFormula[] {
  const changed: ChangedFormula[] = [];
  for (const block of plan.blocks) {
    block.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell.kind !== "formula") return;
        const now = stateCell(sheet, block.row + r, block.column + c, "formulas");
        if (now === cell.formula) return;
        const address = cellAddress(block.row + r, block.column + c);
        changed.push({ address, now });
      });
    });
  }
  return changed;
}

function formulaProblems(sheet: string, changed: readonly ChangedFormula[]): Problem[] {
  const first = changed[0];
  if (!first) return [];
  if (changed.length > CELLS_LISTED) {
    const params = { count: changed.length };
    return [cellProblem("formulas-changed", "warning", sheet, first.address, params)];
  }
  return changed.map(({ address, now }) =>
    cellProblem("formula-changed", "warning", sheet, address, {
      value: JSON.stringify(now),
    }),
  );
}
