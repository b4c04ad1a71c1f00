import fc from "fast-check";
import { defaultCatalogue, indexCatalogue, parseCatalogue } from "../../src/core/catalogue";
import { parseProject, validateProject, type Project } from "../../src/core/project";
import type { ProjectIndicator } from "../../src/core/project/model";
import type { GridValue, TableGrid, WorkbookGrids } from "../../src/core/workbook/grids";
import { readWorkbook } from "../../src/core/workbook/read-workbook";
import { relocateProblems } from "../../src/core/workbook/relocate";
import { findRenamedTables } from "../../src/core/workbook/repair";
import { gridsFromState, type WorkbookState } from "../../src/core/workbook/state";
import { MemoryWorkbook } from "../../src/office/memory";
import { readJson, validProjectFile } from "../helpers/projects";
import { build } from "../helpers/workbooks";
import { read, rebuild, sheetOf } from "./edit-helpers";

// Fixed seeds, so a failure reproduces; fast-check prints the seed and the shrunk case.
const SEED = 20261203;
const catalogue = defaultCatalogue();
const index = indexCatalogue(catalogue);

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom('=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3"),
);
const measurement = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), {
  nil: null,
});

function indicatorFor(goal: string) {
  const ids = catalogue.indicators.filter((item) => item.goal === goal).map((item) => item.id);
  const fromCatalogue = fc.record({ id: fc.constantFrom(...ids) });
  const custom = fc.record({
    name: fc.constantFrom("Gewicht", "Levensduur", "Herstellingen", "Aandeel hergebruik"),
    unit: fc.constantFrom("kg", "jaar", "%", "stuks"),
    direction: fc.constantFrom("higher", "lower"),
  });
  return fc
    .tuple(
      fc.oneof(fromCatalogue, custom),
      measurement,
      measurement,
      measurement,
      fc.option(text, { nil: undefined }),
    )
    .map(([identity, baseline, contract, end, evidence]): ProjectIndicator => ({
      ...identity,
      baseline,
      contract,
      end,
      ...(evidence ? { evidence } : {}),
    }));
}

function goalArbitrary(goal: string) {
  const numbers = catalogue.strategies
    .filter((strategy) => strategy.goals.includes(goal))
    .map((strategy) => strategy.number);
  const strategies = fc
    .subarray(numbers, { minLength: 1 })
    .chain((chosen) =>
      fc
        .tuple(...chosen.map(() => fc.option(text, { nil: undefined })))
        .map((notes) =>
          chosen.map((number, i) => ({ number, ...(notes[i] ? { note: notes[i] } : {}) })),
        ),
    );
  const indicators = fc.uniqueArray(indicatorFor(goal), {
    minLength: 1,
    maxLength: 4,
    selector: (indicator) => indicator.id ?? `name:${indicator.name ?? ""}`,
  });
  return fc.record({ goal: fc.constant(goal), strategies, indicators });
}

/** Projects that are valid per the default catalogue, with any text in their free fields. */
const projects: fc.Arbitrary<Project> = fc
  .subarray(["A", "B", "C", "D", "E"], { minLength: 1 })
  .chain((letters) => fc.tuple(...letters.map(goalArbitrary)))
  .chain((goals) =>
    fc
      .record({ name: text, buyer: fc.option(text, { nil: undefined }) })
      .map(({ name, buyer }): Project => ({
        card: {
          name,
          productCategory: "office-furniture",
          contractStart: "2026-01-01",
          contractEnd: "2029-12-31",
          ...(buyer ? { buyer } : {}),
          stakeholders: [],
        },
        goals,
      })),
  );

/** An edit a person makes on the indicator sheet: a row offset, a column, what they paste. */
const edits = fc.array(
  fc.record({
    row: fc.nat({ max: 30 }),
    column: fc.constantFrom("E", "G", "H", "J", "K", "L", "M", "N"),
    number: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
    text,
  }),
  { minLength: 1, maxLength: 8 },
);

describe("properties of a rebuild after people typed in the sheets", () => {
  // Each run builds and rebuilds a workbook in memory, about a tenth of a second.
  it("keeps every typed value and restores every formula (60 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(projects, edits, async (project, typing) => {
        const workbook = new MemoryWorkbook();
        const built = await build(workbook, project);
        const sheet = sheetOf(workbook, "Indicatoren");
        const formulas = Object.entries(sheet.cells).filter(([, cell]) => cell.formula !== null);
        const rows = Number(/:N(\d+)$/.exec(sheet.tables[0]?.address ?? "")?.[1] ?? 4) - 3;
        workbook.person.unprotect("Indicatoren");
        const typed = new Map<string, string | number>();
        for (const edit of typing) {
          const address = `${edit.column}${4 + (edit.row % rows)}`;
          const input = edit.column === "J" ? edit.text : edit.number;
          workbook.person.paste("Indicatoren", address, input);
          if (/^[EGHJ]/.test(address)) typed.set(address, input);
          else typed.delete(address);
        }
        const outcome = await rebuild(workbook, built.project, built.project);
        expect(outcome.ok).toBe(true);
        const after = sheetOf(workbook, "Indicatoren").cells;
        for (const [address, input] of typed) {
          expect(after[address]?.value).toBe(input === "" ? "" : input);
        }
        for (const [address, cell] of formulas) {
          expect(after[address]?.formula).toBe(cell.formula);
        }
      }),
      { numRuns: 60, seed: SEED },
    );
  }, 120_000);
});

/** A row a person types some rows below the indicator table, and indicators the pane adds. */
const strayAndAdded = fc.record({
  gap: fc.integer({ min: 1, max: 3 }),
  name: fc.constantFrom("Stoelen per werkplek", "Gewicht per stoel", "Herstelde stoelen"),
  baseline: fc.integer({ min: 0, max: 1000 }),
  // Below the table the cells have the General format, where Excel turns much of what is
  // typed into a formula, number, date or boolean; plain words stay text.
  evidence: fc
    .stringMatching(/^[a-zé]{1,10}( [a-zé]{1,10})?$/)
    .filter((typed) => !/^(true|false)$/.test(typed)),
  added: fc.integer({ min: 0, max: 4 }),
});

describe("properties of a rebuild after a row was typed below a table", () => {
  it("never overwrites the row, takes it into the table once (40 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(projects, strayAndAdded, async (project, edit) => {
        const workbook = new MemoryWorkbook();
        const built = await build(workbook, project);
        const end = Number(
          /:N(\d+)$/.exec(sheetOf(workbook, "Indicatoren").tables[0]?.address ?? "")?.[1],
        );
        const row = end + 1 + edit.gap;
        const goal = project.goals[0]?.goal ?? "A";
        workbook.person.unprotect("Indicatoren");
        workbook.person.paste("Indicatoren", `A${row}`, goal);
        workbook.person.paste("Indicatoren", `B${row}`, edit.name);
        workbook.person.paste("Indicatoren", `C${row}`, "stuks");
        workbook.person.paste("Indicatoren", `D${row}`, "hoger");
        workbook.person.paste("Indicatoren", `E${row}`, edit.baseline);
        workbook.person.paste("Indicatoren", `J${row}`, edit.evidence);
        const pane = structuredClone(built.project);
        const last = pane.goals[pane.goals.length - 1];
        for (let i = 0; i < edit.added; i++) {
          last?.indicators.push({
            name: `Toegevoegd ${String(i + 1)}`,
            unit: "kg",
            direction: "lower",
            baseline: i,
            contract: 0,
            end: null,
          });
        }
        const outcome = await rebuild(workbook, pane, built.project);
        expect(outcome.ok).toBe(true);
        const after = await read(workbook);
        if (!after.ok) throw new Error("the workbook reads");
        const found = after.project.goals
          .flatMap((chosen) => chosen.indicators)
          .filter((indicator) => indicator.name === edit.name);
        expect(found).toEqual([
          {
            name: edit.name,
            unit: "stuks",
            direction: "higher",
            baseline: edit.baseline,
            contract: null,
            end: null,
            ...(edit.evidence === "" ? {} : { evidence: edit.evidence }),
          },
        ]);
        expect(after.problems.map((problem) => problem.code)).not.toContain("row-outside-table");
        const names = after.project.goals.flatMap((chosen) => chosen.indicators.map((i) => i.name));
        for (let i = 0; i < edit.added; i++) expect(names).toContain(`Toegevoegd ${String(i + 1)}`);
      }),
      { numRuns: 40, seed: SEED },
    );
  }, 120_000);
});

const gridValue: fc.Arbitrary<GridValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "A",
    "B",
    "Q",
    "A2",
    "C1",
    "hoger",
    "lower",
    "",
    " ",
    "ja",
    "1e999",
    "2026-02-30",
  ),
  fc.double(),
  fc.integer({ min: -5, max: 50_000 }),
  fc.boolean(),
);

const HEADERS = [
  ["Doelstelling", "Strategie", "Naam strategie", "Ondersteunt doelstelling", "Toelichting"],
  ["Goal", "Indicator", "Unit", "Direction", "Baseline", "Baseline date", "Contract value"],
  ["End of contract", "End date", "Evidence", "Gegeven", "Waarde", "Project", "Stakeholder"],
].flat();

const tableGrid: fc.Arbitrary<TableGrid> = fc
  .record({
    name: fc.constantFrom(
      "AK_Project",
      "AK_Stakeholders",
      "AK_Strategies",
      "AK_Indicators",
      "ak_indicators",
      "Tabel1",
    ),
    sheet: fc.string({ minLength: 1, maxLength: 31 }),
    row: fc.nat({ max: 1_048_000 }),
    column: fc.nat({ max: 16_000 }),
    width: fc.integer({ min: 0, max: 16 }),
    body: fc.array(fc.array(gridValue, { maxLength: 18 }), { maxLength: 8 }),
    strays: fc.array(fc.record({ row: fc.nat(), values: fc.array(gridValue) }), {
      maxLength: 2,
    }),
  })
  .chain((table) =>
    fc
      .array(fc.oneof(fc.constantFrom(...HEADERS), fc.string()), {
        minLength: table.width,
        maxLength: table.width,
      })
      .map((headers) => ({
        name: table.name,
        sheet: table.sheet,
        rect: {
          row: table.row,
          column: table.column,
          rowCount: table.body.length + 1,
          columnCount: table.width,
        },
        headers,
        values: table.body,
        formulas: table.body,
        strays: table.strays,
      })),
  );

const grids: fc.Arbitrary<WorkbookGrids> = fc.record({
  tables: fc.array(tableGrid, { maxLength: 6 }),
  names: fc.dictionary(
    fc.constantFrom("AK_LayoutVersion", "AK_Language", "AK_Dashboard", "Other"),
    fc.oneof(fc.constantFrom("=1", "=2", '="nl"', '="xx"', "=#REF!", "1"), fc.string()),
  ),
});

describe("properties of the reader", () => {
  it("never throws on random grids: every failure is a problem (300 runs)", () => {
    fc.assert(
      fc.property(grids, (input) => {
        const read = readWorkbook(input, catalogue);
        expect(Array.isArray(read.problems)).toBe(true);
        if (read.project === null) {
          expect(read.problems.some((problem) => problem.severity === "error")).toBe(true);
          return;
        }
        const validation = validateProject(read.project, index, { today: "2026-12-03" });
        for (const problem of [...read.problems, ...relocateProblems(validation, read.cells)]) {
          expect(problem.location.kind).not.toBe("json");
          expect(problem.message.nl.length).toBeGreaterThan(0);
          expect(problem.message.en).not.toMatch(/\{\w+\}|undefined|\[object Object\]/);
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

const stateArbitrary: fc.Arbitrary<WorkbookState> = fc
  .record({
    rows: fc.integer({ min: 1, max: 12 }),
    columns: fc.integer({ min: 1, max: 16 }),
    cells: fc.array(gridValue, { minLength: 192, maxLength: 192 }),
    tables: fc.array(
      fc.record({
        name: fc.constantFrom("AK_Strategies", "AK_Indicators", "AK_Stakeholders", "AK_Project"),
        row: fc.nat({ max: 14 }),
        column: fc.nat({ max: 18 }),
        rowCount: fc.integer({ min: 1, max: 14 }),
        columnCount: fc.integer({ min: 1, max: 16 }),
      }),
      { maxLength: 4 },
    ),
    others: fc.array(fc.array(fc.constantFrom(...HEADERS), { maxLength: 14 }), { maxLength: 2 }),
  })
  .map(({ rows, columns, cells, tables, others }): WorkbookState => {
    const grid = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => cells[r * 16 + c] ?? ""),
    );
    const rect = (table: {
      row: number;
      column: number;
      rowCount: number;
      columnCount: number;
    }) => ({
      row: table.row,
      column: table.column,
      rowCount: table.rowCount,
      columnCount: table.columnCount,
    });
    return {
      sheetNames: ["Blad"],
      sheets: [
        {
          name: "Blad",
          protected: false,
          charts: [],
          used: {
            rect: { row: 2, column: 0, rowCount: rows, columnCount: columns },
            formulas: grid,
            values: grid,
            numberFormats: grid.map((row) => row.map(() => "General")),
          },
        },
      ],
      tables: tables.map((table) => ({ name: table.name, sheet: "Blad", rect: rect(table) })),
      names: { AK_LayoutVersion: "=1" },
      otherTables: others.map((headers, i) => ({
        name: `Tabel${String(i + 1)}`,
        sheet: "Blad",
        rect: { row: 20, column: 0, rowCount: 2, columnCount: headers.length },
        headers,
      })),
    };
  });

describe("properties of the reader on loaded sheets", () => {
  it("never throws on random sheets, tables and rows below them (300 runs)", () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const read = readWorkbook(gridsFromState(state), catalogue);
        const renamed = findRenamedTables(state);
        for (const problem of [...read.problems, ...renamed.problems]) {
          expect(problem.location.kind).not.toBe("json");
          expect(problem.message.en).not.toMatch(/\{\w+\}|undefined|\[object Object\]/);
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

/** Changes one place of a JSON value: replaces it with any JSON value, or deletes it. */
function mutate(value: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [step = 0, ...rest] = path;
  if (Array.isArray(value) && value.length > 0) {
    const items: unknown[] = value;
    const at = step % items.length;
    return items.map((item, i) => (i === at ? mutate(item, rest, replacement) : item));
  }
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value);
    const key = keys[step % keys.length];
    if (key === undefined) return value;
    const entries = Object.entries(value);
    if (replacement === undefined && rest.length === 0)
      return Object.fromEntries(entries.filter(([k]) => k !== key));
    return Object.fromEntries(
      entries.map(([k, item]) => [k, k === key ? mutate(item, rest, replacement) : item]),
    );
  }
  return replacement;
}

const mutation = fc.record({
  path: fc.array(fc.nat(), { maxLength: 5 }),
  replacement: fc.oneof(fc.jsonValue(), fc.constant(undefined)),
});

// A measurement that is not a number is reported and read as empty, so the rest of the
// project still shows; every other error gives no project at all.
const ERRORS_WITH_A_PROJECT = new Set(["measurement-not-number"]);

describe("properties of the file readers", () => {
  it("an object without a format field is a problem, not a crash", () => {
    const project = parseProject({});
    const catalogue = parseCatalogue({});
    expect(project.problems.map((problem) => problem.message.en)).toEqual([
      'This is not a ambition-map project file: "format" is nothing.',
    ]);
    expect(!catalogue.ok && catalogue.problems[0]?.location).toEqual({
      kind: "json",
      path: "$.format",
    });
  });

  it("a malformed project file gives problems with JSON paths, never a crash (300 runs)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutation), (input) => {
        const file =
          typeof input === "object" && input !== null && "path" in input
            ? mutate(validProjectFile(), input.path as number[], input.replacement)
            : input;
        const parsed = parseProject(file);
        for (const problem of parsed.problems) {
          expect(problem.location.kind).toBe("json");
          expect(problem.location.kind === "json" && problem.location.path).toMatch(/^\$/);
        }
        const errors = parsed.problems.filter((problem) => problem.severity === "error");
        if (parsed.project === null) expect(errors.length).toBeGreaterThan(0);
        else expect(errors.every((problem) => ERRORS_WITH_A_PROJECT.has(problem.code))).toBe(true);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it("a malformed catalogue is refused whole, with JSON paths, never a crash (300 runs)", () => {
    const valid = readJson("src/core/catalogue/default-catalogue.json");
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutation), (input) => {
        const file =
          typeof input === "object" && input !== null && "path" in input
            ? mutate(valid, input.path as number[], input.replacement)
            : input;
        const parsed = parseCatalogue(file);
        if (parsed.ok) {
          expect(parsed.catalogue.goals.length).toBeGreaterThan(0);
          return;
        }
        expect(parsed.problems.length).toBeGreaterThan(0);
        for (const problem of parsed.problems) {
          expect(problem.location.kind === "json" && problem.location.path).toMatch(/^\$/);
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
