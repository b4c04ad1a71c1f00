import { parseCatalogue, type CatalogueResult } from "../catalogue/parse-catalogue";
import {
  CATALOGUE_FORMAT,
  CATALOGUE_VERSION,
  DIRECTIONS,
  PHASES,
  type Catalogue,
} from "../catalogue/schema";
import { LANGUAGES, type Language, type LocalText } from "../language";
import { TABLE_NAMES } from "../layout/geometry";
import { workbookTexts } from "../messages/workbook";
import { makeProblem } from "../problems/problem";
import { bodyAddress } from "./columns";
import type { GridValue, TableGrid, WorkbookGrids } from "./grids";
import { relocateProblems } from "./relocate";
import type { CellLocation } from "./read-workbook";

/**
 * Reads a catalogue from the catalogue sheet, where an organisation may have typed or
 * pasted its own printed map. The sheet holds one language: a text that still equals the
 * current catalogue's keeps its other languages, a changed or new one is used for all.
 * The result goes through the same checks as a catalogue file, with problems at cells.
 */
export function readCatalogueSheet(
  grids: WorkbookGrids,
  current: Catalogue,
  language: Language,
): CatalogueResult {
  const find = (name: string) => grids.tables.find((table) => table.name === name);
  const tables = {
    goals: find(TABLE_NAMES.goals),
    strategies: find(TABLE_NAMES.catalogueStrategies),
    support: find(TABLE_NAMES.support),
    indicators: find(TABLE_NAMES.indicatorLibrary),
    categories: find(TABLE_NAMES.categories),
  };
  const missing = Object.entries(TABLE_KEYS).filter(([key]) => !tables[key as keyof typeof tables]);
  if (missing.length > 0) {
    const problems = missing.map(([, table]) =>
      makeProblem("table-missing", "error", { kind: "workbook" }, { table }),
    );
    return { ok: false, problems };
  }
  const cells = new Map<string, CellLocation>();
  const reader = new SheetCatalogue(current, language, cells);
  const input = reader.read(tables as Record<keyof typeof tables, TableGrid>);
  const result = parseCatalogue(input);
  return result.ok ? result : { ok: false, problems: relocateProblems(result.problems, cells) };
}

const TABLE_KEYS = {
  goals: TABLE_NAMES.goals,
  strategies: TABLE_NAMES.catalogueStrategies,
  support: TABLE_NAMES.support,
  indicators: TABLE_NAMES.indicatorLibrary,
  categories: TABLE_NAMES.categories,
};

class SheetCatalogue {
  constructor(
    private readonly current: Catalogue,
    private readonly language: Language,
    private readonly cells: Map<string, CellLocation>,
  ) {}

  read(tables: Record<keyof typeof TABLE_KEYS, TableGrid>): unknown {
    const support = rows(tables.support).map(({ cells, row }) => ({
      number: cells[0],
      letter: String(cells[1] ?? "").trim(),
      cell: this.cellOf(tables.support, row, 1),
    }));
    return {
      format: CATALOGUE_FORMAT,
      version: CATALOGUE_VERSION,
      name: this.current.name,
      description: this.current.description,
      goals: rows(tables.goals).map(({ cells, row }, i) => {
        const letter = String(cells[0] ?? "").trim();
        const old = this.current.goals.find((goal) => goal.letter === letter);
        this.place(`$.goals[${i}]`, tables.goals, row, ["letter", "phase", "name", "description"]);
        return {
          letter,
          phase: wordOf(cells[1], PHASES, (texts) => texts.phases),
          name: this.text(cells[2], old?.name),
          description: this.text(cells[3], old?.description),
        };
      }),
      strategies: rows(tables.strategies).map(({ cells, row }, i) => {
        const old = this.current.strategies.find((strategy) => strategy.number === cells[0]);
        this.place(`$.strategies[${i}]`, tables.strategies, row, ["number", "name", "description"]);
        const pairs = support.filter((pair) => pair.number === cells[0]);
        this.cells.set(`$.strategies[${i}].goals`, this.cellOf(tables.strategies, row, 0));
        pairs.forEach((pair, j) => this.cells.set(`$.strategies[${i}].goals[${j}]`, pair.cell));
        return {
          number: cells[0],
          name: this.text(cells[1], old?.name),
          description: this.text(cells[2], old?.description),
          goals: pairs.map((pair) => pair.letter),
        };
      }),
      indicators: rows(tables.indicators).map(({ cells, row }, i) => {
        const id = String(cells[0] ?? "").trim();
        const old = this.current.indicators.find((indicator) => indicator.id === id);
        const keys = ["id", "goal", "name", "unit", "direction", "definition"];
        this.place(`$.indicators[${i}]`, tables.indicators, row, keys);
        return {
          id,
          goal: String(cells[1] ?? "").trim(),
          name: this.text(cells[2], old?.name),
          unit: this.text(cells[3], old?.unit),
          direction: wordOf(cells[4], DIRECTIONS, (texts) => texts.directions),
          definition: this.text(cells[5], old?.definition),
        };
      }),
      productCategories: rows(tables.categories).map(({ cells, row }, i) => {
        const id = String(cells[0] ?? "").trim();
        const old = this.current.productCategories.find((category) => category.id === id);
        this.place(`$.productCategories[${i}]`, tables.categories, row, ["id", "name"]);
        return { id, name: this.text(cells[1], old?.name) };
      }),
    };
  }

  private text(value: GridValue | undefined, old: LocalText | undefined): LocalText {
    const typed = String(value ?? "").trim();
    if (old && old[this.language] === typed) return old;
    const text = {} as LocalText;
    for (const language of LANGUAGES) text[language] = typed;
    return text;
  }

  private place(path: string, table: TableGrid, row: number, keys: readonly string[]) {
    keys.forEach((key, column) => {
      this.cells.set(`${path}.${key}`, this.cellOf(table, row, column));
    });
    this.cells.set(path, this.cellOf(table, row, 0));
  }

  private cellOf(table: TableGrid, row: number, column: number): CellLocation {
    return { sheet: table.sheet, address: bodyAddress(table, row, column) };
  }
}

/** The table's rows that are not blank, with their position in the body. */
function rows(table: TableGrid): { cells: GridValue[]; row: number }[] {
  return table.values
    .map((cells, row) => ({ cells, row }))
    .filter(({ cells }) => cells.some((cell) => String(cell).trim() !== ""));
}

/** A word of the sheet (in any language) back to its code; the text itself if unknown. */
function wordOf<K extends string>(
  value: GridValue | undefined,
  codes: readonly K[],
  words: (texts: ReturnType<typeof workbookTexts>) => Record<K, string>,
): string {
  const typed = String(value ?? "")
    .trim()
    .toLowerCase();
  for (const language of LANGUAGES) {
    const names = words(workbookTexts(language));
    const code = codes.find((candidate) => names[candidate].toLowerCase() === typed);
    if (code) return code;
  }
  return typed;
}
