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
import { formatJsonPath, makeProblem, type JsonPath, type Problem } from "../problems/problem";
import type { ChosenGoal, Project, ProjectCard, ProjectIndicator } from "../project/model";
import { serialToIso } from "../util/excel-dates";
import { bodyAddress, findColumns } from "./columns";
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
}

/** Parses the add-in's tables into a project; every cell it cannot use becomes a problem. */
export function readWorkbook(grids: WorkbookGrids, catalogue: Catalogue): WorkbookRead {
  const layoutVersion = readNumberName(grids.names[NAME_KEYS.layoutVersion]);
  const language = readLanguageName(grids.names[NAME_KEYS.language]);
  const base = { language, layoutVersion, cells: new Map<string, CellLocation>() };
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
  const reader = new ProjectReader(indexCatalogue(catalogue), base.cells);
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
  ) {}

  report(code: Parameters<typeof makeProblem>[0], location: Problem["location"], params = {}) {
    this.problems.push(makeProblem(code, "error", location, params));
  }

  readCard(table: TableGrid | undefined, people: TableGrid | undefined): ProjectCard {
    const card: ProjectCard = { stakeholders: [] };
    if (table) this.readCardRows(table, card);
    if (people) this.readStakeholders(people, card);
    return card;
  }

  private readCardRows(table: TableGrid, card: ProjectCard) {
    const labels = cardLabels();
    table.values.forEach((row, r) => {
      const rowLabel = String(row[0] ?? "")
        .trim()
        .toLowerCase();
      if (isBlank(row)) return;
      const field = labels.get(rowLabel);
      if (!field) {
        const location = {
          kind: "cell" as const,
          sheet: table.sheet,
          address: bodyAddress(table, r, 0),
        };
        this.problems.push(
          makeProblem("card-label-unknown", "warning", location, { label: rowLabel }),
        );
        return;
      }
      const value = row[1] ?? "";
      this.remember(["card", field], table, r, 1);
      const read =
        field === "contractStart" || field === "contractEnd" ? dateText(value) : text(value);
      if (field === "productCategory") card.productCategory = this.categoryId(read);
      else if (read !== undefined) card[field] = read;
    });
  }

  private readStakeholders(table: TableGrid, card: ProjectCard) {
    table.values.forEach((row, r) => {
      if (isBlank(row)) return;
      const index = card.stakeholders.length;
      const role = text(row[1] ?? "");
      card.stakeholders.push({ name: text(row[0] ?? "") ?? "", ...(role ? { role } : {}) });
      this.remember(["card", "stakeholders", index, "name"], table, r, 0);
      this.remember(["card", "stakeholders", index, "role"], table, r, 1);
    });
  }

  readStrategies(table: TableGrid | undefined) {
    if (!table) return;
    const { columns, problems } = findColumns(table, STRATEGY_COLUMNS, (t, key) => t.columns[key]);
    this.problems.push(...problems);
    table.values.forEach((row, r) => {
      if (isBlank(row)) return;
      const cell = (key: (typeof STRATEGY_COLUMNS)[number]) => valueAt(row, columns[key]);
      const goal = this.goalFor(String(cell("goal")).trim(), table, r, columns.goal);
      const number = this.number(cell("strategy"), table, r, columns.strategy);
      if (number === null) return;
      const note = text(cell("note"));
      const position = goal.entry.strategies.length;
      goal.entry.strategies.push({ number, ...(note ? { note } : {}) });
      const path = ["goals", goal.index, "strategies", position];
      this.remember([...path, "number"], table, r, columns.strategy);
      this.remember([...path, "note"], table, r, columns.note);
    });
  }

  readIndicators(table: TableGrid | undefined) {
    if (!table) return;
    const { columns, problems } = findColumns(table, INDICATOR_COLUMNS, (t, key) => t.columns[key]);
    this.problems.push(...problems);
    table.values.forEach((row, r) => {
      if (isBlank(row.slice(0, 10))) return;
      const cell = (key: (typeof INDICATOR_COLUMNS)[number]) => valueAt(row, columns[key]);
      const goal = this.goalFor(String(cell("goal")).trim(), table, r, columns.goal);
      const key = String(cell("indicator")).trim();
      const indicator: ProjectIndicator = {
        ...this.identity(key, cell("unit"), cell("direction")),
        baseline: this.number(cell("baseline"), table, r, columns.baseline),
        contract: this.number(cell("contract"), table, r, columns.contract),
        end: this.number(cell("end"), table, r, columns.end),
      };
      const optional = {
        baselineDate: dateText(cell("baselineDate")),
        endDate: dateText(cell("endDate")),
        evidence: text(cell("evidence")),
      };
      for (const [field, value] of Object.entries(optional)) {
        if (value !== undefined) (indicator as unknown as Record<string, string>)[field] = value;
      }
      const path = ["goals", goal.index, "indicators", goal.entry.indicators.length];
      goal.entry.indicators.push(indicator);
      for (const column of INDICATOR_COLUMNS.slice(1, 10)) {
        const field =
          column === "indicator" ? (indicator.id !== undefined ? "id" : "name") : column;
        this.remember([...path, field], table, r, columns[column]);
      }
    });
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
    const address = bodyAddress(table, row, column);
    const location = { kind: "cell" as const, sheet: table.sheet, address };
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
    if (column === undefined) return;
    this.cells.set(formatJsonPath(path), {
      sheet: table.sheet,
      address: bodyAddress(table, row, column),
    });
  }
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
