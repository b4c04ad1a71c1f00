import { NAME_KEYS } from "../layout/geometry";
import type {
  CellBlock,
  CellValue,
  ChartPlan,
  NamePlan,
  PlanCell,
  SheetPlan,
  TablePlan,
  WorkbookPlan,
} from "../layout/plan";
import type { CellRect } from "../util/a1";
import { subtract } from "../util/rects";
import { fingerprint } from "../util/hash";
import type { GridValue } from "./grids";
import { stateCell, type SheetState, type TableState, type WorkbookState } from "./state";

/** A block of cells to write; null where a cell keeps what it has. */
export interface CellWrite {
  rect: CellRect;
  numberFormats: (string | null)[][];
  values: (CellValue | null)[][];
  formulas: (string | null)[][];
}

/** What one sheet needs: the writes that bring it from its state to its plan. */
export interface SheetWrites {
  plan: SheetPlan;
  exists: boolean;
  /** The sheet is protected now and must be unprotected before writing. */
  unprotect: boolean;
  /** Formats, validation, conditional formats and freeze panes are written anew. */
  restyle: boolean;
  /** The add-in's tables to turn back into plain ranges, before they are added again. */
  tablesToConvert: string[];
  tablesToAdd: TablePlan[];
  /** Cells the add-in wrote before and no longer uses: rows of a table that shrank. */
  clear: CellRect[];
  /** The add-in's charts that no planned chart matches. */
  chartsToDelete: string[];
  /** Planned charts the sheet lacks, each named as in the workbook (see `chartName`). */
  chartsToAdd: ChartPlan[];
  cells: CellWrite[];
  /** How many cells get new content (values or formulas, not formats). */
  cellCount: number;
}

export interface WorkbookWrites {
  sheets: SheetWrites[];
  /** Named items to (re)write, and whether each exists now; the rest hold their formula. */
  names: { plan: NamePlan; exists: boolean }[];
  cellCount: number;
}

/** True when a sheet needs any write: it is new, restyled, or has cells or tables to change. */
export function sheetNeedsWork(writes: SheetWrites): boolean {
  return (
    !writes.exists ||
    writes.restyle ||
    writes.cells.length > 0 ||
    writes.clear.length > 0 ||
    writes.tablesToAdd.length > 0 ||
    writes.tablesToConvert.length > 0 ||
    writes.chartsToAdd.length > 0 ||
    writes.chartsToDelete.length > 0
  );
}

/**
 * Compares a plan with the workbook as loaded and lists only what must change, so a
 * rebuild of an unchanged workbook writes nothing and co-authors see few edits.
 */
export function diffPlan(
  plan: WorkbookPlan,
  state: WorkbookState,
  options: { force?: boolean } = {},
): WorkbookWrites {
  const layoutHash = structureFingerprint(plan);
  const sameLayout = state.names[NAME_KEYS.layoutHash] === `="${layoutHash}"`;
  const sheets = plan.sheets.map((sheet) =>
    diffSheet(sheet, state, !sameLayout || options.force === true),
  );
  const wanted: NamePlan[] = [
    ...plan.names,
    { name: NAME_KEYS.layoutHash, formula: `="${layoutHash}"`, comment: HASH_COMMENT },
  ];
  return {
    sheets,
    names: wanted
      .filter((name) => state.names[name.name] !== name.formula)
      .map((name) => ({ plan: name, exists: name.name in state.names })),
    cellCount: sheets.reduce((sum, sheet) => sum + sheet.cellCount, 0),
  };
}

const HASH_COMMENT = "Fingerprint of the Ambitiekaart layout last written; formats follow it.";

function diffSheet(plan: SheetPlan, state: WorkbookState, layoutChanged: boolean): SheetWrites {
  const current = state.sheets.find((sheet) => sheet.name === plan.name);
  const tables = state.tables.filter((table) => table.sheet === plan.name);
  const tablesToAdd: TablePlan[] = [];
  const tablesToConvert: string[] = [];
  const clear: CellRect[] = [];
  for (const table of plan.tables) {
    const existing = state.tables.find((candidate) => sameName(candidate.name, table.name));
    if (existing && existing.sheet === plan.name && sameRect(existing.rect, table.rect)) continue;
    if (existing) {
      tablesToConvert.push(existing.name);
      clear.push(...leftover(existing, table));
    }
    tablesToAdd.push(table);
  }
  for (const table of tables) {
    if (!plan.tables.some((wanted) => sameName(wanted.name, table.name))) {
      tablesToConvert.push(table.name);
    }
  }
  if (plan.key === "dashboard" && current) clear.push(...staleDashboardCells(plan, current));
  const cells = current
    ? plan.blocks.map((block) => diffBlock(block, current))
    : plan.blocks.map(fullBlock);
  const written = cells.filter((write) => write !== null);
  const restyle = !current || layoutChanged || tablesToAdd.length > 0;
  return {
    plan,
    exists: current !== undefined,
    unprotect: current?.protected ?? false,
    restyle,
    tablesToConvert,
    tablesToAdd,
    clear,
    ...chartChanges(plan, current?.charts ?? []),
    cells: written,
    cellCount: written.reduce((sum, write) => sum + countContent(write), 0),
  };
}

/**
 * The name a planned chart has in the workbook: its plan's name and a fingerprint of the
 * whole plan. A chart whose name is there is exactly the planned one, so a rebuild adds
 * only the charts that changed (or that a person deleted) and removes only stale ones.
 */
export function chartName(chart: ChartPlan): string {
  return `${chart.name}_${fingerprint(JSON.stringify(chart))}`;
}

function chartChanges(plan: SheetPlan, present: readonly string[]) {
  const wanted = plan.charts.map((chart) => ({ ...chart, name: chartName(chart) }));
  const wantedNames = wanted.map((chart) => chart.name);
  const among = (names: readonly string[], name: string) => names.some((n) => sameName(n, name));
  return {
    chartsToDelete: present.filter((name) => name.startsWith("AK_") && !among(wantedNames, name)),
    chartsToAdd: wanted.filter((chart) => !among(present, chart.name)),
  };
}

function diffBlock(block: CellBlock, sheet: SheetState): CellWrite | null {
  const at = (r: number, c: number, grid: "formulas" | "numberFormats") =>
    stateCell(sheet, block.row + r, block.column + c, grid);
  const write = writeOf(
    block,
    (r, c, format) => sameFormat(at(r, c, "numberFormats"), format),
    (r, c, cell) => {
      const now = at(r, c, "formulas");
      return cell.kind === "formula" ? now === cell.formula : sameValue(now, cell.value);
    },
  );
  const untouched = (grid: unknown[][]) => grid.every((row) => row.every((cell) => cell === null));
  return untouched(write.numberFormats) && untouched(write.values) && untouched(write.formulas)
    ? null
    : write;
}

function fullBlock(block: CellBlock): CellWrite {
  return writeOf(
    block,
    () => false,
    () => false,
  );
}

/** A write of a block, with null for each format or content the `keep` tests keep. */
function writeOf(
  block: CellBlock,
  keepFormat: (r: number, c: number, format: string) => boolean,
  keepContent: (r: number, c: number, cell: PlanCell) => boolean,
): CellWrite {
  const content = block.cells.map((row, r) =>
    row.map((cell, c) => (keepContent(r, c, cell) ? null : cell)),
  );
  return {
    rect: {
      row: block.row,
      column: block.column,
      rowCount: block.cells.length,
      columnCount: block.cells[0]?.length ?? 0,
    },
    numberFormats: block.numberFormats.map((row, r) =>
      row.map((format, c) => (keepFormat(r, c, format) ? null : format)),
    ),
    values: content.map((row) =>
      row.map((cell) => (cell === null || cell.kind === "formula" ? null : (cell.value ?? ""))),
    ),
    formulas: content.map((row) =>
      row.map((cell) => (cell?.kind === "formula" ? cell.formula : null)),
    ),
  };
}

function countContent(write: CellWrite): number {
  let count = 0;
  write.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null || write.formulas[r]?.[c] !== null) count++;
    });
  });
  return count;
}

function sameValue(now: GridValue, planned: CellValue | null): boolean {
  if (planned === null || planned === "") return now === "";
  return now === planned;
}

// Excel reports the default format as "General"; a text format may come back as "@".
function sameFormat(now: GridValue, planned: string): boolean {
  return String(now).toLowerCase() === planned.toLowerCase();
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function sameRect(a: CellRect, b: CellRect): boolean {
  return (
    a.row === b.row &&
    a.column === b.column &&
    a.rowCount === b.rowCount &&
    a.columnCount === b.columnCount
  );
}

// When a table shrinks, the rows below its new end held the add-in's rows: clear them. When a
// person moved it (cut and paste), the update writes it back at its place and clears the cells
// it leaves, whose values the update has read and writes at that place.
function leftover(existing: TableState, table: TablePlan): CellRect[] {
  const { rect } = existing;
  if (rect.row !== table.rect.row || rect.column !== table.rect.column) {
    return subtract(rect, table.rect);
  }
  const end = table.rect.row + table.rect.rowCount;
  const oldEnd = rect.row + rect.rowCount;
  if (rect.column !== table.rect.column || oldEnd <= end) return [];
  return [{ row: end, column: rect.column, rowCount: oldEnd - end, columnCount: rect.columnCount }];
}

// The dashboard holds only the add-in's cells, so what its plan no longer covers (chart data
// of removed indicators, or of charts it no longer draws) is cleared: every row below the
// lowest block, and in each column the cells below that column's lowest block.
function staleDashboardCells(plan: SheetPlan, sheet: SheetState): CellRect[] {
  const used = sheet.used;
  if (!used) return [];
  const bottom = Math.max(...plan.blocks.map(blockBottom));
  const usedBottom = used.rect.row + used.rect.rowCount;
  const right = used.rect.column + used.rect.columnCount;
  const stale: CellRect[] = [];
  if (usedBottom > bottom) {
    stale.push({ row: bottom, column: 0, rowCount: usedBottom - bottom, columnCount: right });
  }
  const end = Math.min(bottom, usedBottom);
  for (let column = used.rect.column; column < right; column++) {
    const from = Math.max(used.rect.row, columnBottom(plan, column));
    if (from >= end || !hasContent(sheet, from, end, column)) continue;
    const last = stale[stale.length - 1];
    if (last && last.row === from && last.column + last.columnCount === column) last.columnCount++;
    else stale.push({ row: from, column, rowCount: end - from, columnCount: 1 });
  }
  return stale;
}

function blockBottom(block: CellBlock): number {
  return block.row + block.cells.length;
}

function columnBottom(plan: SheetPlan, column: number): number {
  const covering = plan.blocks.filter(
    (block) => block.column <= column && column < block.column + (block.cells[0]?.length ?? 0),
  );
  return Math.max(0, ...covering.map(blockBottom));
}

function hasContent(sheet: SheetState, from: number, end: number, column: number): boolean {
  for (let row = from; row < end; row++) {
    if (stateCell(sheet, row, column, "formulas") !== "") return true;
  }
  return false;
}

/** A fingerprint of everything in the plan except the values people own. */
export function structureFingerprint(plan: WorkbookPlan): string {
  const structural = plan.sheets.map((sheet) => ({
    ...sheet,
    blocks: sheet.blocks.map((block) => ({
      ...block,
      cells: block.cells.map((row) => row.map((cell) => (cell.kind === "input" ? "input" : cell))),
    })),
  }));
  return fingerprint(JSON.stringify({ names: plan.names, sheets: structural }));
}
