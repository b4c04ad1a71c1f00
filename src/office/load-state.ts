import { NAME_KEYS, TABLE_NAMES } from "../core/layout/geometry";
import type { SheetKey } from "../core/layout/plan";
import { parseAddress, type CellRect } from "../core/util/a1";
import type { GridValue } from "../core/workbook/grids";
import type { OtherTable, SheetState, TableState, WorkbookState } from "../core/workbook/state";

/** A sheet of the add-in, known by the table (or name) that marks it. */
export interface KeyedSheetState extends SheetState {
  key: SheetKey;
}

export interface LoadedState extends WorkbookState {
  sheets: KeyedSheetState[];
}

// The table that tells which sheet is which; the dashboard has none and is marked by a name.
const MARKERS: [SheetKey, string][] = [
  ["project", TABLE_NAMES.project],
  ["ambitions", TABLE_NAMES.strategies],
  ["indicators", TABLE_NAMES.indicators],
  ["catalogue", TABLE_NAMES.goals],
];

interface SheetLoad {
  key: SheetKey;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  charts: Excel.ChartCollection;
}

/**
 * Loads the add-in's sheets, tables and names in two syncs: first which exist, then
 * their content. Both a build and a read start here.
 */
export async function loadWorkbookState(context: Excel.RequestContext): Promise<LoadedState> {
  const { workbook } = context;
  const tables = workbook.tables;
  tables.load("items/name");
  const names = workbook.names;
  names.load("items/name,items/type,items/formula");
  const sheets = workbook.worksheets;
  sheets.load("items/name");

  await context.sync();

  const ours = tables.items.filter((table) => table.name.startsWith("AK_"));
  const tableRanges = ours.map((table) => {
    const range = table.getRange();
    range.load("address");
    return { name: table.name, range };
  });
  const others = tables.items
    .filter((table) => !table.name.startsWith("AK_"))
    .map((table) => {
      const range = table.getRange();
      range.load("address");
      const header = table.getHeaderRowRange();
      header.load("values");
      return { name: table.name, range, header };
    });
  const has = (name: string) => ours.some((table) => table.name === name);
  const loads: SheetLoad[] = MARKERS.filter(([, table]) => has(table)).map(([key, table]) =>
    loadSheet(key, workbook.tables.getItem(table).worksheet),
  );
  const dashboard = names.items.find((item) => item.name === NAME_KEYS.dashboard);
  if (dashboard && dashboard.type === "Range" && !formulaOf(dashboard).includes("#REF!")) {
    loads.push(loadSheet("dashboard", dashboard.getRange().worksheet));
  }

  // A workbook without any table has nothing more to load: no second round trip.
  if (loads.length > 0 || tableRanges.length > 0 || others.length > 0) await context.sync();

  return {
    sheetNames: sheets.items.map((sheet) => sheet.name),
    sheets: uniqueSheets(loads.map(sheetState)),
    tables: tableRanges.flatMap(({ name, range }): TableState[] => {
      const parsed = parseAddress(range.address);
      return parsed?.sheet ? [{ name, sheet: parsed.sheet, rect: rectOf(parsed) }] : [];
    }),
    names: Object.fromEntries(names.items.map((item) => [item.name, formulaOf(item)])),
    otherTables: others.flatMap(({ name, range, header }): OtherTable[] => {
      const parsed = parseAddress(range.address);
      const headers = (header.values[0] ?? []).map(String);
      return parsed?.sheet ? [{ name, sheet: parsed.sheet, rect: rectOf(parsed), headers }] : [];
    }),
  };
}

function loadSheet(key: SheetKey, sheet: Excel.Worksheet): SheetLoad {
  sheet.load("name");
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject();
  used.load("address,formulas,values,numberFormat");
  const charts = sheet.charts;
  charts.load("items/name");
  return { key, sheet, used, charts };
}

function sheetState(load: SheetLoad): KeyedSheetState {
  const { sheet, used } = load;
  const parsed = used.isNullObject ? null : parseAddress(used.address);
  return {
    key: load.key,
    name: sheet.name,
    protected: sheet.protection.protected,
    used: parsed
      ? {
          rect: rectOf(parsed),
          formulas: used.formulas as GridValue[][],
          values: used.values as GridValue[][],
          numberFormats: used.numberFormat as string[][],
        }
      : null,
    charts: load.charts.items.map((chart) => chart.name),
  };
}

// Two marker tables moved onto one sheet would load it twice; the first load wins.
function uniqueSheets(sheets: KeyedSheetState[]): KeyedSheetState[] {
  return sheets.filter(
    (sheet, index) => sheets.findIndex((other) => other.name === sheet.name) === index,
  );
}

function rectOf(parsed: CellRect): CellRect {
  const { row, column, rowCount, columnCount } = parsed;
  return { row, column, rowCount, columnCount };
}

// NamedItem.formula is typed `any`: a constant comes back as its formula text, such as `=1`.
function formulaOf(item: Excel.NamedItem): string {
  const formula: unknown = item.formula;
  return typeof formula === "string" ? formula : JSON.stringify(formula);
}
