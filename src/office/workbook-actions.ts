import { indexCatalogue } from "../core/catalogue/catalogue-index";
import type { Catalogue } from "../core/catalogue/schema";
import type { Language } from "../core/language";
import { buildWorkbookPlan, defaultSheetNames, resolveSheetNames } from "../core/layout/build-plan";
import { SHEET_KEYS, type SheetNames } from "../core/layout/plan";
import { makeProblem, type Problem } from "../core/problems/problem";
import type { Project } from "../core/project/model";
import { validateProject } from "../core/project/validate-project";
import { diffPlan, sheetNeedsWork, type WorkbookWrites } from "../core/workbook/diff-plan";
import { mergeProjects } from "../core/workbook/merge";
import { readCatalogueSheet } from "../core/workbook/read-catalogue";
import { readWorkbook, type CellLocation, type WorkbookRead } from "../core/workbook/read-workbook";
import {
  findRenamedTables,
  findRepairs,
  isEmptyRepair,
  type RepairOffer,
  type TableRename,
} from "../core/workbook/repair";
import { relocateProblems } from "../core/workbook/relocate";
import { tablePlacesTaken } from "../core/workbook/table-places";
import { gridsFromState, type WorkbookState } from "../core/workbook/state";
import { queueWrites, type SheetRename } from "./apply-writes";
import { problemFromExcelError } from "./excel-errors";
import type { ExcelHost } from "./excel-host";
import { loadWorkbookState, type LoadedState } from "./load-state";

export interface BuildRequest {
  project: Project;
  catalogue: Catalogue;
  language: Language;
  /** The project as the pane last read or wrote it; null when it never did. */
  base: Project | null;
  /** Rewrite formats, rules and charts even when the layout seems unchanged. */
  force?: boolean;
}

export type BuildOutcome =
  | {
      ok: true;
      /** The project as written: the pane's, merged with what people typed in the sheets. */
      project: Project;
      /** Conflicts found while merging (the workbook's value was kept). */
      problems: Problem[];
      cellsWritten: number;
      sheetNames: SheetNames;
    }
  | {
      ok: false;
      problems: Problem[];
      /** A safe repair of what made the update refuse, when a repair fixes it. */
      repair?: RepairOffer;
    };

export type ReadOutcome =
  | {
      ok: true;
      project: Project;
      language: Language | null;
      problems: Problem[];
      /** The cell each value came from, by JSON path, to place later problems there. */
      cells: ReadonlyMap<string, CellLocation>;
      /** Paths the sheets had no cell for; a refresh keeps the pane's values there. */
      unread: ReadonlySet<string>;
      /** A safe repair of what people changed by hand; null when none is needed or safe. */
      repair: RepairOffer | null;
    }
  | { ok: false; problems: Problem[] };

/**
 * Builds or updates the project's sheets in one Excel.run and at most three syncs: two
 * to load what is there, one to write only what changed.
 */
export async function buildWorkbook(host: ExcelHost, request: BuildRequest): Promise<BuildOutcome> {
  try {
    return await host.run(async (context) => {
      const state = await loadWorkbookState(context);

      const read = readWorkbook(gridsFromState(state), request.catalogue);
      const refused = refusals([...read.problems, ...findRenamedTables(state).problems]);
      if (refused.length > 0) return refusedBuild(state, read, request, refused);
      const merged = read.project
        ? mergeProjects(request.project, read.project, request.base, read.cells, read.unread)
        : { project: request.project, problems: [] };
      const previous = read.language;
      const written = await writeProject(context, host, state, { ...request, ...merged, previous });
      if ("refused" in written) return { ok: false, problems: written.refused };
      const taken = read.problems.filter((problem) => problem.code === "row-outside-table");
      return {
        ok: true,
        ...written,
        project: merged.project,
        problems: [...taken, ...merged.problems],
      };
    });
  } catch (error) {
    return { ok: false, problems: [problemFromExcelError(error)] };
  }
}

// An update refused only for what a repair fixes (a renamed table) carries the repair, so
// the pane can offer it where the person met the refusal. A value the add-in cannot read
// is among the refusals and rules the offer out, as when the pane opens the workbook.
function refusedBuild(
  state: LoadedState,
  read: WorkbookRead,
  request: BuildRequest,
  refused: Problem[],
): BuildOutcome {
  const repairable = refused.every((problem) => problem.code === "table-renamed");
  if (!repairable) return { ok: false, problems: refused };
  const language = read.language ?? request.language;
  const offer = inspectRepairs(state, read, language, request.catalogue).offer;
  return { ok: false, problems: refused, repair: offer };
}

/** What a repair did, and the workbook as read again after it. */
export type RepairOutcome =
  | { ok: true; repaired: RepairOffer; cellsWritten: number; read: ReadOutcome }
  | { ok: false; problems: Problem[] };

/**
 * Repairs the sheets in one Excel.run: renamed tables get their name back, then the project
 * as the sheets hold it is written again, which restores formulas and missing sheets and
 * takes rows typed below a table into it. Every value typed is read first and written back
 * unchanged; when a value cannot be read, nothing is repaired. The sheets are then read
 * again, so the pane shows what they hold now. That takes five round trips, seven when
 * tables are renamed first, as renaming costs a load of its own.
 */
export async function repairWorkbook(
  host: ExcelHost,
  catalogue: Catalogue,
  language: Language,
  today: string,
): Promise<RepairOutcome> {
  try {
    return await host.run(async (context) => {
      let state = await loadWorkbookState(context);

      const { renames } = findRenamedTables(state);
      if (renames.length > 0) {
        for (const rename of renames) context.workbook.tables.getItem(rename.from).name = rename.to;
        state = await loadWorkbookState(context);
      }
      const read = readWorkbook(gridsFromState(state), catalogue);
      const refused = refusals(read.problems);
      if (!read.project || refused.length > 0) {
        await undoRenames(context, renames);
        return refusedRepair([
          ...refused.filter((problem) => problem.code !== "build-blocked-unreadable"),
          ...(read.project ? [] : read.problems),
        ]);
      }
      const offer = inspectRepairs(state, read, read.language ?? language, catalogue).offer;
      const request = {
        project: read.project,
        catalogue,
        language: read.language ?? language,
        previous: read.language,
      };
      const written = await writeProject(context, host, state, request);
      if ("refused" in written) {
        await undoRenames(context, renames);
        return refusedRepair(written.refused);
      }

      const after = readLoaded(await loadWorkbookState(context), catalogue, today);
      const repaired = { ...offer, tables: [...renames, ...offer.tables] };
      return { ok: true, repaired, cellsWritten: written.cellsWritten, read: after };
    });
  } catch (error) {
    return { ok: false, problems: [problemFromExcelError(error)] };
  }
}

interface WriteRequest {
  project: Project;
  catalogue: Catalogue;
  language: Language;
  /** The language the sheets were written in, to rename sheets that still have its names. */
  previous: Language | null;
  force?: boolean;
}

// A table is renamed back before the repair can read it; a refused repair promises that
// nothing changed, so such a table gets the person's name again.
async function undoRenames(context: Excel.RequestContext, renames: TableRename[]): Promise<void> {
  if (renames.length === 0) return;
  for (const rename of renames) context.workbook.tables.getItem(rename.to).name = rename.from;

  await context.sync();
}

function refusedRepair(problems: Problem[]): RepairOutcome {
  const summary = makeProblem("repair-refused", "error", { kind: "workbook" });
  return { ok: false, problems: [summary, ...problems] };
}

interface Written {
  cellsWritten: number;
  sheetNames: SheetNames;
}

// The write half of a build: plan the project, diff it with what is there, write the rest.
// It writes nothing when that would overwrite what a person typed where a moved table goes.
async function writeProject(
  context: Excel.RequestContext,
  host: ExcelHost,
  state: LoadedState,
  request: WriteRequest,
): Promise<Written | { refused: Problem[] }> {
  const { names, renames } = sheetNamesFor(state, request.language, request.previous);
  const plan = buildWorkbookPlan({
    project: request.project,
    catalogue: request.catalogue,
    language: request.language,
    sheetNames: names,
  });
  const current = renamed(state, renames);
  const taken = tablePlacesTaken(plan, current);
  if (taken.length > 0) return { refused: taken };
  const writes = diffPlan(plan, current, { force: request.force ?? false });
  clearTakenRows(writes, current);
  const idle =
    writes.names.length === 0 && renames.length === 0 && !writes.sheets.some(sheetNeedsWork);
  if (!idle) {
    if (host.supports("1.6")) context.workbook.application.suspendApiCalculationUntilNextSync();
    queueWrites(context, writes, renames);

    await context.sync();
  }
  return { cellsWritten: writes.cellCount, sheetNames: names };
}

// Rows typed below a table were read into the project, and the plan writes them inside the
// table, sorted by goal; what is left of them below the table would read as a second copy.
function clearTakenRows(writes: WorkbookWrites, state: WorkbookState): void {
  for (const table of gridsFromState(state).tables) {
    const sheet = writes.sheets.find((candidate) => candidate.plan.name === table.sheet);
    const planned = sheet?.plan.tables.find((candidate) => candidate.name === table.name);
    if (!sheet || !planned) continue;
    const end = planned.rect.row + planned.rect.rowCount;
    for (const stray of table.strays ?? []) {
      if (stray.row < end) continue;
      const { column, columnCount } = table.rect;
      sheet.clear.push({ row: stray.row, column, rowCount: 1, columnCount });
    }
  }
}

// What a repair of the sheets as read would change, and the problems that say why.
function inspectRepairs(
  state: LoadedState,
  read: WorkbookRead,
  language: Language,
  catalogue: Catalogue,
): { offer: RepairOffer; problems: Problem[] } {
  const renamedTables = findRenamedTables(state);
  const rows = read.problems.flatMap((problem) =>
    problem.code === "row-outside-table" && problem.location.kind === "cell"
      ? [{ sheet: problem.location.sheet, address: problem.location.address }]
      : [],
  );
  const offer = { formulas: [], sheets: [], rows, tables: renamedTables.renames };
  if (!read.project) return { offer, problems: renamedTables.problems };
  const { names } = sheetNamesFor(state, language, language);
  const plan = buildWorkbookPlan({ project: read.project, catalogue, language, sheetNames: names });
  const found = findRepairs(plan, state);
  return {
    offer: { ...offer, formulas: found.formulas, sheets: found.sheets },
    problems: [...renamedTables.problems, ...found.problems],
  };
}

/** Reads the project back from the sheets in two syncs, with every problem at its cell. */
export async function readProject(
  host: ExcelHost,
  catalogue: Catalogue,
  today: string,
): Promise<ReadOutcome> {
  try {
    return await host.run(async (context) => {
      const state = await loadWorkbookState(context);

      return readLoaded(state, catalogue, today);
    });
  } catch (error) {
    return { ok: false, problems: [problemFromExcelError(error)] };
  }
}

// The project in the sheets as loaded, its problems, and the repair they allow.
function readLoaded(state: LoadedState, catalogue: Catalogue, today: string): ReadOutcome {
  const read = readWorkbook(gridsFromState(state), catalogue);
  const language = read.language ?? "nl";
  const repairs = inspectRepairs(state, read, language, catalogue);
  if (!read.project) return { ok: false, problems: [...read.problems, ...repairs.problems] };
  const validation = validateProject(read.project, indexCatalogue(catalogue), { today });
  const unsafe = refusals(read.problems).length > 0;
  return {
    ok: true,
    project: read.project,
    language: read.language,
    problems: [...repairs.problems, ...read.problems, ...relocateProblems(validation, read.cells)],
    cells: read.cells,
    unread: read.unread,
    repair: isEmptyRepair(repairs.offer) || unsafe ? null : repairs.offer,
  };
}

export type CatalogueOutcome =
  { ok: true; catalogue: Catalogue } | { ok: false; problems: Problem[] };

/**
 * Reads the catalogue sheet (an organisation's own map typed or pasted there) in two
 * syncs, checked in full: with any problem, nothing of it is used.
 */
export async function readCatalogueFromWorkbook(
  host: ExcelHost,
  current: Catalogue,
  language: Language,
): Promise<CatalogueOutcome> {
  try {
    return await host.run(async (context) => {
      const state = await loadWorkbookState(context);

      const grids = gridsFromState(state);
      const sheetLanguage = readWorkbook(grids, current).language ?? language;
      const result = readCatalogueSheet(grids, current, sheetLanguage);
      return result.ok ? { ok: true, catalogue: result.catalogue } : result;
    });
  } catch (error) {
    return { ok: false, problems: [problemFromExcelError(error)] };
  }
}

// A build refuses where writing would lose what a person typed (a value the reader cannot
// hold, a card row it does not know), would add a second copy of a table a person renamed,
// or would overwrite sheets a newer add-in wrote. A renamed table and an unreadable value
// are listed together, as a repair of the first waits for the second to be fixed.
function refusals(problems: readonly Problem[]): Problem[] {
  const unreadable = problems.filter(
    (problem) => problem.code === "cell-not-number" || problem.code === "card-label-unknown",
  );
  const newer = problems.filter((problem) => problem.code === "workbook-layout-newer");
  const renamedTables = problems.filter((problem) => problem.code === "table-renamed");
  if (newer.length > 0) return newer;
  if (unreadable.length === 0) return renamedTables;
  const summary = makeProblem("build-blocked-unreadable", "error", { kind: "workbook" });
  return [...renamedTables, summary, ...unreadable];
}

/**
 * The add-in's sheets keep the names they have (a person may have renamed one); new
 * sheets get the language's names, avoiding the person's own sheets. When the language
 * changes, a sheet that still has the old language's name gets the new one.
 */
function sheetNamesFor(
  state: LoadedState,
  language: Language,
  previous: Language | null,
): { names: SheetNames; renames: SheetRename[] } {
  const wanted = defaultSheetNames(language);
  const old = previous ? defaultSheetNames(previous) : null;
  const names = {} as SheetNames;
  const renames: SheetRename[] = [];
  const existing = new Map(state.sheets.map((sheet) => [sheet.key, sheet.name]));
  const taken = new Set(state.sheetNames.map((name) => name.toLowerCase()));
  for (const key of SHEET_KEYS) {
    const current = existing.get(key);
    if (current === undefined) continue;
    const renameable =
      old !== null &&
      current === old[key] &&
      current !== wanted[key] &&
      !taken.has(wanted[key].toLowerCase());
    names[key] = renameable ? wanted[key] : current;
    if (renameable) {
      renames.push({ from: current, to: wanted[key] });
      taken.delete(current.toLowerCase());
      taken.add(wanted[key].toLowerCase());
    }
  }
  const missing = SHEET_KEYS.filter((key) => !existing.has(key));
  const fresh = resolveSheetNames(wanted, [...taken]);
  for (const key of missing) names[key] = fresh[key];
  return { names, renames };
}

function renamed(state: LoadedState, renames: readonly SheetRename[]): LoadedState {
  const map = (name: string) => renames.find((rename) => rename.from === name)?.to ?? name;
  return {
    ...state,
    sheetNames: state.sheetNames.map(map),
    sheets: state.sheets.map((sheet) => ({ ...sheet, name: map(sheet.name) })),
    tables: state.tables.map((table) => ({ ...table, sheet: map(table.sheet) })),
  };
}
