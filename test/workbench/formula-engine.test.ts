import { defaultCatalogue, indexCatalogue } from "../../src/core/catalogue";
import { DASHBOARD } from "../../src/core/layout/geometry";
import { computeProjectProgress } from "../../src/core/progress";
import type { Project } from "../../src/core/project";
import { cellAddress } from "../../src/core/util/a1";
import { MemoryWorkbook, type WorkbookSnapshot } from "../../src/office/memory";
import { FormulaEngine, type Evaluation } from "../../src/workbench/engine/formula-engine";
import { nearlyEqual, sameIndicator, statusOf } from "../helpers/progress";
import { buildFormulaCases } from "../helpers/workbooks";

// The workbench shows what the workbook's formulas compute. Here its engine computes the
// formulas the office code wrote, and src/core/progress says what they must give.
const catalogue = defaultCatalogue();
const index = indexCatalogue(catalogue);

interface Case {
  name: string;
  project: Project;
  engine: FormulaEngine;
  snapshot: WorkbookSnapshot;
}

let cases: Case[] = [];

beforeAll(async () => {
  cases = (await buildFormulaCases()).map(({ name, project, workbook }) => {
    const snapshot = workbook.inspect();
    return { name, project, engine: new FormulaEngine(snapshot), snapshot };
  });
});

function numberAt(engine: FormulaEngine, sheet: string, address: string): number | null {
  const result = engine.evaluate(sheet, address);
  if (result?.kind !== "value") throw new Error(`${sheet}!${address}: ${JSON.stringify(result)}`);
  return typeof result.value === "number" ? result.value : null;
}

function textAt(engine: FormulaEngine, sheet: string, address: string): string {
  const result = engine.evaluate(sheet, address);
  if (result?.kind !== "value") throw new Error(`${sheet}!${address}: ${JSON.stringify(result)}`);
  return String(result.value);
}

describe("the workbench formula engine agrees with src/core/progress", () => {
  it("computes ambition, realised change, progress and status of every indicator", () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const { name, project, engine } of cases) {
      computeProjectProgress(project, index).indicators.forEach((expected, i) => {
        const row = i + 3;
        const actual = {
          ambition: numberAt(engine, "Indicatoren", cellAddress(row, 10)),
          realisedChange: numberAt(engine, "Indicatoren", cellAddress(row, 11)),
          progress: numberAt(engine, "Indicatoren", cellAddress(row, 12)),
          status: statusOf(textAt(engine, "Indicatoren", cellAddress(row, 13))),
        };
        compared += 1;
        if (!sameIndicator(actual, expected))
          mismatches.push(`${name} row ${row + 1}: ${JSON.stringify({ actual, expected })}`);
      });
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(38);
  });

  it("computes goal progress and project progress on the dashboard", () => {
    const mismatches: string[] = [];
    const progressColumn = 2 + catalogue.strategies.length;
    for (const { name, project, engine, snapshot } of cases) {
      const expected = computeProjectProgress(project, index);
      const dashboard = snapshot.sheets.find((sheet) => sheet.name === "Dashboard");
      catalogue.goals.forEach((goal, i) => {
        const row = DASHBOARD.matrixHeaderRow + 1 + i;
        expect(dashboard?.cells[cellAddress(row, 0)]?.value).toBe(goal.letter);
        const actual = numberAt(engine, "Dashboard", cellAddress(row, progressColumn));
        const wanted = expected.goals.find((entry) => entry.goal === goal.letter)?.progress;
        if (!nearlyEqual(actual, wanted ?? null))
          mismatches.push(`${name} ${goal.letter}: ${actual}`);
      });
      const address = cellAddress(DASHBOARD.projectProgressRow, 1);
      const overall = numberAt(engine, "Dashboard", address);
      if (!nearlyEqual(overall, expected.project)) mismatches.push(`${name} project: ${overall}`);
    }
    expect(mismatches).toEqual([]);
    const someProgress = cases.some(({ engine }) => numberAt(engine, "Dashboard", "B3") !== null);
    expect(someProgress).toBe(true);
  });

  it("computes every formula the office code writes, leaving none unsupported", () => {
    for (const { engine } of cases) {
      for (const sheet of ["Project", "Ambities", "Indicatoren", "Dashboard", "Catalogus"]) {
        const unsupported = [...engine.evaluateSheet(sheet)].filter(
          ([, result]) => result.kind === "unsupported",
        );
        expect(unsupported).toEqual([]);
      }
    }
  });

  it("checks whether each chosen strategy supports its goal", () => {
    const { project, engine } = cases[0]!;
    const pairs = project.goals.flatMap((goal) =>
      goal.strategies.map((strategy) => ({ goal: goal.goal, number: strategy.number })),
    );
    pairs.forEach((pair, i) => {
      const supports = index.strategies.get(pair.number)?.goals.includes(pair.goal) ?? false;
      expect(textAt(engine, "Ambities", cellAddress(i + 3, 3))).toBe(supports ? "ja" : "nee");
    });
  });
});

describe("the formula engine on hand-made workbooks", () => {
  async function engineFor(cells: Record<string, string | number>): Promise<FormulaEngine> {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (const [address, value] of Object.entries(cells)) {
        sheet.getRange(address).formulas = [[value]];
      }
      await context.sync();
    });
    return new FormulaEngine(workbook.inspect());
  }

  const evaluate = (engine: FormulaEngine, address: string): Evaluation | null =>
    engine.evaluate("Sheet1", address);

  it("reports a circular reference instead of a value", async () => {
    const engine = await engineFor({ A1: "=B1+1", B1: "=A1+1", C1: "=A1*2" });
    expect(evaluate(engine, "A1")).toMatchObject({ kind: "unsupported" });
    expect(evaluate(engine, "B1")).toMatchObject({ kind: "unsupported", reason: "cycle" });
    expect(evaluate(engine, "C1")).toMatchObject({ kind: "unsupported" });
  });

  it("reports a function it does not know, and every formula built on it", async () => {
    const engine = await engineFor({ A1: "=XLOOKUP(1,B1:B2,C1:C2)", A2: "=A1+1", A3: "=2+3" });
    expect(evaluate(engine, "A1")).toMatchObject({ kind: "unsupported", reason: "unsupported" });
    expect(evaluate(engine, "A2")).toMatchObject({ reason: "depends-on-unsupported" });
    expect(evaluate(engine, "A3")).toEqual({ kind: "value", value: 5 });
  });

  it("keeps Excel errors as errors that IFERROR can catch", async () => {
    const engine = await engineFor({ A1: "=NA()", A2: '=IFERROR(A1,"none")', A3: "=1/0" });
    expect(evaluate(engine, "A1")).toEqual({ kind: "error", code: "#N/A" });
    expect(evaluate(engine, "A2")).toEqual({ kind: "value", value: "none" });
    expect(evaluate(engine, "A3")).toEqual({ kind: "error", code: "#DIV/0!" });
  });

  it("looks up across whole columns with MATCH, INDEX, COUNTIFS and AVERAGEIFS", async () => {
    const engine = await engineFor({
      A1: "a",
      A2: "b",
      A3: "B",
      B1: 10,
      B2: 20,
      B3: 40,
      D1: '=INDEX($B:$B,MATCH("b",$A:$A,0))',
      D2: '=COUNTIFS($A:$A,"b",$B:$B,">15")',
      D3: '=AVERAGEIFS($B:$B,$A:$A,"B")',
      D4: '=IFERROR(MATCH("z",$A:$A,0),"missing")',
      D5: '=COUNTIFS($A:$A,"?")',
    });
    expect(evaluate(engine, "D1")).toEqual({ kind: "value", value: 20 });
    expect(evaluate(engine, "D2")).toEqual({ kind: "value", value: 2 });
    expect(evaluate(engine, "D3")).toEqual({ kind: "value", value: 30 });
    expect(evaluate(engine, "D4")).toEqual({ kind: "value", value: "missing" });
    expect(evaluate(engine, "D5")).toEqual({ kind: "value", value: 3 });
  });

  it("returns null for a cell without a formula", async () => {
    const engine = await engineFor({ A1: 3 });
    expect(evaluate(engine, "A1")).toBeNull();
    expect(evaluate(engine, "Z9")).toBeNull();
  });
});
