import { indexCatalogue, type CatalogueIndex } from "../catalogue/catalogue-index";
import type { Catalogue } from "../catalogue/schema";
import { isLanguage, LANGUAGES, type Language } from "../language";
import {
  INDICATOR_COLUMNS,
  LAYOUT_VERSION,
  NAME_KEYS,
  PROJECT_FIELDS,
  STRATEGY_COLUMNS,
  TABLE_NAMES,
  type ProjectField,
} from "../layout/geometry";
import { workbookTexts } from "../messages/workbook";
import {
  formatJsonPath,
  makeProblem,
  type JsonPath,
  type Problem,
  type ProblemCode,
  type Severity,
} from "../problems/problem";
import type { ChosenGoal, Project, ProjectCard, ProjectIndicator } from "../project/model";
import { cellAddress } from "../util/a1";
import { serialToIso } from "../util/excel-dates";
import { findColumns } from "./columns";
import type { GridValue, TableGrid, WorkbookGrids } from "./grids";

export interface CellLocation {
  sheet: string;
  address: string;
}

/** A project read back from the workbook, with where each value came from. */
export interface WorkbookRead {
  /** Null when the workbook holds no Ambitiekaart tables or a newer layout. */
  project: Project | null;
  problems: Problem[];
  language: Language | null;
  layoutVersion: number | null;
  /** The cell each value of the project was read from, by JSON path (`$.goals[0].goal`). */
  cells: Map<string, CellLocation>;
  /**
   * JSON paths the sheets had no cell for, because a table, a card row or a column is
   * missing: the workbook says nothing about them, so a merge keeps the pane's values.
   */
  unread: Set<string>;
}

/** Parses the add-in's tables into a project; every cell it cannot use becomes a problem. */
export function readWorkbook(grids: WorkbookGrids, catalogue: Catalogue): WorkbookRead {
  const layoutVersion = readNumberName(grids.names[NAME_KEYS.layoutVersion]);
  const language = readLanguageName(grids.names[NAME_KEYS.language]);
  const base = {
    language,
    layoutVersion,
    cells: new Map<string, CellLocation>(),
    unread: new Set<string>(),
  };
  if (layoutVersion !== null && layoutVersion > LAYOUT_VERSION) {
    const params = { found: layoutVersion, expected: LAYOUT_VERSION };
    const problem = makeProblem("workbook-layout-newer", "error", { kind: "workbook" }, params);
    return { ...base, project: null, problems: [problem] };
  }
  const tables = new Map(grids.tables.map((table) => [table.name.toLowerCase(), table]));
  const find = (name: string) => tables.get(name.toLowerCase());
  const required = [TABLE_NAMES.project, TABLE_NAMES.strategies, TABLE_NAMES.indicators];
  if (required.every((name) => !find(name))) {
    const problem = makeProblem("workbook-not-ambitiekaart", "error", { kind: "workbook" });
    return { ...base, project: null, problems: [problem] };
  }
  const reader = new ProjectReader(indexCatalogue(catalogue), base.cells, base.unread);
  for (const name of required) {
    if (!find(name)) reader.report("table-missing", { kind: "workbook" }, { table: name });
  }
  const card = reader.readCard(find(TABLE_NAMES.project), find(TABLE_NAMES.stakeholders));
  reader.readStrategies(find(TABLE_NAMES.strategies));
  reader.readIndicators(find(TABLE_NAMES.indicators));
  return { ...base, project: { card, goals: reader.goals }, problems: reader.problems };
}

class ProjectReader {
  readonly problems: Problem[] = [];
  readonly goals: ChosenGoal[] = [];

  constructor(
    private readonly index: CatalogueIndex,
    private readonly cells: Map<string, CellLocation>,
    private readonly unread: Set<string>,
  ) {}

  report(code: Parameters<typeof makeProblem>[0], location: Problem["location"], params = {}) {
    this.problems.push(makeProblem(code, "error", location, params));
  }

  readCard(table: TableGrid | undefined, people: TableGrid | undefined): ProjectCard {
    const card: ProjectCard = { stakeholders: [] };
    if (table) this.readCardRows(table, card);
    for (const field of PROJECT_FIELDS) {
      const path = formatJsonPath(["card", field]);
      if (!this.cells.has(path)) this.unread.add(path);
    }
    if (people) this.readStakeholders(people, card);
    else this.unread.add(formatJsonPath(["card", "stakeholders"]));
    return card;
  }

  private readCardRows(table: TableGrid, card: ProjectCard) {
    const labels = cardLabels();
    for (const { row, values, stray } of this.rowsOf(table)) {
      if (stray) continue;
      const rowLabel = String(values[0] ?? "").trim();
      const field = labels.get(rowLabel.toLowerCase());
      if (!field) {
        const location = cellAt(table, row, 0);
        this.problems.push(
          makeProblem("card-label-unknown", "error", location, { label: rowLabel }),
        );
        continue;
      }
      const value = values[1] ?? "";
      this.remember(["card", field], table, row, 1);
      const isDate = field === "contractStart" || field === "contractEnd";
      const read = isDate ? dateText(value) : this.text(value, table, row, 1);
      if (field === "productCategory") card.productCategory = this.categoryId(read);
      else if (read !== undefined) card[field] = read;
    }
  }

  private readStakeholders(table: TableGrid, card: ProjectCard) {
    for (const { row, values } of this.rowsOf(table)) {
      const index = card.stakeholders.length;
      const role = this.text(values[1] ?? "", table, row, 1);
      const name = this.text(values[0] ?? "", table, row, 0) ?? "";
      card.stakeholders.push({ name, ...(role ? { role } : {}) });
      this.remember(["card", "stakeholders", index, "name"], table, row, 0);
      this.remember(["card", "stakeholders", index, "role"], table, row, 1);
    }
  }

  readStrategies(table: TableGrid | undefined) {
    if (!table) return;
    const { columns, problems } = findColumns(table, STRATEGY_COLUMNS, (t, key) => t.columns[key]);
    this.problems.push(...problems);
    for (const { row, values } of this.rowsOf(table)) {
      const cell = (key: (typeof STRATEGY_COLUMNS)[number]) => valueAt(values, columns[key]);
      const goal = this.goalFor(String(cell("goal")).trim(), table, row, columns.goal);
      const number = this.number(cell("strategy"), table, row, columns.strategy);
      if (number === null) continue;
      const note = this.text(cell("note"), table, row, columns.note);
      const position = goal.entry.strategies.length;
      goal.entry.strategies.push({ number, ...(note ? { note } : {}) });
      const path = ["goals", goal.index, "strategies", position];
      this.remember([...path, "number"], table, row, columns.strategy);
      this.remember([...path, "note"], table, row, columns.note);
    }
  }

  readIndicators(table: TableGrid | undefined) {
    if (!table) return;
    const { columns, problems } = findColumns(table, INDICATOR_COLUMNS, (t, key) => t.columns[key]);
    this.problems.push(...problems);
    const inputs = INDICATOR_COLUMNS.slice(0, 10).map((key) => columns[key]);
    for (const { row, values, formats } of this.rowsOf(table, inputs)) {
      const cell = (key: (typeof INDICATOR_COLUMNS)[number]) => valueAt(values, columns[key]);
      const goal = this.goalFor(String(cell("goal")).trim(), table, row, columns.goal);
      const key = String(cell("indicator")).trim();
      const measure = (field: "baseline" | "contract" | "end") => {
        const column = columns[field];
        const value = this.number(cell(field), table, row, column);
        const format = column === undefined ? "" : (formats?.[column] ?? "");
        if (value !== null && format.includes("%")) this.percentTyped(value, table, row, column);
        return value;
      };
      const indicator: ProjectIndicator = {
        ...this.identity(key, cell("unit"), cell("direction")),
        baseline: measure("baseline"),
        contract: measure("contract"),
        end: measure("end"),
      };
      if (indicator.id === undefined) {
        this.text(cell("indicator"), table, row, columns.indicator);
        this.text(cell("unit"), table, row, columns.unit);
      }
      const optional = {
        baselineDate: dateText(cell("baselineDate")),
        endDate: dateText(cell("endDate")),
        evidence: this.text(cell("evidence"), table, row, columns.evidence),
      };
      for (const [field, value] of Object.entries(optional)) {
        if (value !== undefined) (indicator as unknown as Record<string, string>)[field] = value;
      }
      const path = ["goals", goal.index, "indicators", goal.entry.indicators.length];
      goal.entry.indicators.push(indicator);
      for (const column of INDICATOR_COLUMNS.slice(1, 10)) {
        const field =
          column === "indicator" ? (indicator.id !== undefined ? "id" : "name") : column;
        this.remember([...path, field], table, row, columns[column]);
      }
    }
  }

  /**
   * The rows to read: the body's non-blank rows, then rows typed below the table. A blank
   * row with rows after it and a row outside the table are reported where they are.
   */
  private rowsOf(table: TableGrid, inputs?: readonly (number | undefined)[]): TableRow[] {
    const blankAt = (values: readonly GridValue[]) =>
      isBlank(inputs ? inputs.map((column) => valueAt(values, column)) : values);
    const body = table.values.map((values, r) => ({
      row: table.rect.row + 1 + r,
      values,
      formats: table.numberFormats?.[r],
      stray: false,
    }));
    const filled = body.map((entry) => !blankAt(entry.values));
    const lastFilled = filled.lastIndexOf(true);
    const rows: TableRow[] = [];
    body.forEach((entry, r) => {
      if (filled[r]) rows.push(entry);
      else if (r < lastFilled) this.note("row-blank", "info", cellAt(table, entry.row, 0), table);
    });
    for (const stray of table.strays ?? []) {
      if (blankAt(stray.values)) continue;
      this.note("row-outside-table", "warning", cellAt(table, stray.row, 0), table);
      rows.push({ row: stray.row, values: stray.values, formats: undefined, stray: true });
    }
    return rows;
  }

  private note(code: ProblemCode, severity: Severity, location: Problem["location"], t: TableGrid) {
    const row = location.kind === "cell" ? location.address.replace(/^[A-Z]+/, "") : "";
    this.problems.push(makeProblem(code, severity, location, { table: t.name, row }));
  }

  // Text columns keep a number as its text; saying so explains why a rebuild rewrites it.
  private text(value: GridValue, table: TableGrid, row: number, column: number | undefined) {
    if (typeof value === "number" && column !== undefined) {
      const params = { value: String(value) };
      this.problems.push(
        makeProblem("cell-number-as-text", "info", cellAt(table, row, column), params),
      );
    }
    return text(value);
  }

  // Excel turns "30 %" typed into a General cell into 0.3 with a percentage format; for a
  // measurement in percent that is a hundred times too small.
  private percentTyped(value: number, table: TableGrid, row: number, column: number | undefined) {
    if (column === undefined) return;
    const params = { value, shown: `${String(Math.round(value * 10000) / 100)} %` };
    this.problems.push(
      makeProblem("cell-percent-typed", "warning", cellAt(table, row, column), params),
    );
  }

  private identity(key: string, unit: GridValue, direction: GridValue) {
    if (this.index.indicators.has(key)) return { id: key };
    const words = directionWords();
    const directionText = String(direction).trim();
    const parsed = words.get(directionText.toLowerCase());
    return {
      ...(key ? { name: key } : {}),
      ...(text(unit) ? { unit: text(unit) } : {}),
      ...(directionText ? { direction: parsed ?? directionText } : {}),
    };
  }

  private goalFor(letter: string, table: TableGrid, row: number, column: number | undefined) {
    const found = this.goals.findIndex((goal) => goal.goal === letter);
    if (found >= 0) return { index: found, entry: this.goals[found] as ChosenGoal };
    const entry: ChosenGoal = { goal: letter, strategies: [], indicators: [] };
    this.goals.push(entry);
    this.remember(["goals", this.goals.length - 1, "goal"], table, row, column);
    return { index: this.goals.length - 1, entry };
  }

  private number(value: GridValue, table: TableGrid, row: number, column: number | undefined) {
    if (typeof value === "number") return value;
    if (value === "" || column === undefined) return null;
    const location = cellAt(table, row, column);
    this.problems.push(
      makeProblem("cell-not-number", "error", location, { value: JSON.stringify(value) }),
    );
    return null;
  }

  private categoryId(name: string | undefined): string | undefined {
    if (name === undefined) return undefined;
    const wanted = name.trim().toLowerCase();
    const match = this.index.catalogue.productCategories.find(
      (category) =>
        category.id === wanted ||
        LANGUAGES.some((language) => category.name[language].toLowerCase() === wanted),
    );
    return match ? match.id : name;
  }

  private remember(path: JsonPath, table: TableGrid, row: number, column: number | undefined) {
    if (column === undefined) {
      this.unread.add(formatJsonPath(path));
      return;
    }
    const location = cellAt(table, row, column);
    this.cells.set(formatJsonPath(path), { sheet: location.sheet, address: location.address });
  }
}

interface TableRow {
  /** The 0-based sheet row. */
  row: number;
  values: readonly GridValue[];
  formats: readonly string[] | undefined;
  stray: boolean;
}

/** The cell of a table's column on a sheet row. */
function cellAt(table: TableGrid, row: number, column: number) {
  const address = cellAddress(row, table.rect.column + column);
  return { kind: "cell" as const, sheet: table.sheet, address };
}

function valueAt(row: readonly GridValue[], column: number | undefined): GridValue {
  return column === undefined ? "" : (row[column] ?? "");
}

function isBlank(row: readonly GridValue[]): boolean {
  return row.every((value) => value === "" || (typeof value === "string" && value.trim() === ""));
}

function text(value: GridValue): string | undefined {
  if (value === "") return undefined;
  return typeof value === "string" ? value : String(value);
}

// A date cell holds Excel's serial number; text that is not one is kept as typed, so
// validation can say what is wrong with it and a rebuild writes it back unchanged.
function dateText(value: GridValue): string | undefined {
  if (typeof value === "number") return serialToIso(value) ?? String(value);
  return text(value);
}

function cardLabels(): Map<string, ProjectField> {
  const labels = new Map<string, ProjectField>();
  for (const language of LANGUAGES) {
    for (const field of PROJECT_FIELDS) {
      labels.set(workbookTexts(language).fields[field].toLowerCase(), field);
    }
  }
  return labels;
}

function directionWords(): Map<string, "higher" | "lower"> {
  const words = new Map<string, "higher" | "lower">();
  for (const language of LANGUAGES) {
    const { higher, lower } = workbookTexts(language).directions;
    words.set(higher.toLowerCase(), "higher");
    words.set(lower.toLowerCase(), "lower");
  }
  return words;
}

function readNumberName(formula: string | undefined): number | null {
  const match = /^=?\s*(\d+)\s*$/.exec(formula ?? "");
  return match ? Number(match[1]) : null;
}

function readLanguageName(formula: string | undefined): Language | null {
  const match = /^=?\s*"?([a-z]{2})"?\s*$/.exec(formula ?? "");
  const code = match?.[1] ?? "";
  return isLanguage(code) ? code : null;
}
