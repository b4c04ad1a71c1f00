import { defaultCatalogue, indexCatalogue } from "../../../src/core/catalogue";
import { validateProject } from "../../../src/core/project";
import type { GridValue, TableGrid, WorkbookGrids } from "../../../src/core/workbook/grids";
import { readWorkbook } from "../../../src/core/workbook/read-workbook";
import { relocateProblems } from "../../../src/core/workbook/relocate";

const catalogue = defaultCatalogue();

const NL_HEADERS = [
  "Doelstelling",
  "Indicator",
  "Eenheid",
  "Richting",
  "Nulmeting",
  "Datum nulmeting",
  "Contractwaarde",
  "Einde contract",
  "Datum einde",
  "Bewijs",
  "Ambitie",
  "Gerealiseerde verandering",
  "Voortgang",
  "Status",
];

function table(name: string, sheet: string, headers: string[], values: GridValue[][]): TableGrid {
  return {
    name,
    sheet,
    rect: { row: 2, column: 0, rowCount: values.length + 1, columnCount: headers.length },
    headers,
    values,
    formulas: values,
  };
}

function grids(indicatorRows: GridValue[][], headers = NL_HEADERS): WorkbookGrids {
  return {
    tables: [
      table("AK_Project", "Project", ["Gegeven", "Waarde"], [["Project", "Stoelen"]]),
      table(
        "AK_Strategies",
        "Ambities",
        ["Doelstelling", "Strategie", "Naam strategie", "Ondersteunt doelstelling", "Toelichting"],
        [
          ["A", 4, "", "ja", ""],
          ["A", 5, "", "ja", ""],
        ],
      ),
      table("AK_Indicators", "Indicatoren", headers, indicatorRows),
    ],
    names: { AK_LayoutVersion: "=1", AK_Language: '="nl"' },
  };
}

const row = (...values: GridValue[]): GridValue[] => [
  ...values,
  ...Array.from({ length: 14 - values.length }, (): GridValue => ""),
];

describe("reading the workbook", () => {
  it("reads a catalogue indicator with its measurements and dates", () => {
    const read = readWorkbook(
      grids([row("A", "A2", "", "", 400, 44484, 150, 180, "", "bon")]),
      catalogue,
    );
    expect(read.problems).toEqual([]);
    expect(read.language).toBe("nl");
    expect(read.project?.goals[0]?.indicators[0]).toEqual({
      id: "A2",
      baseline: 400,
      contract: 150,
      end: 180,
      baselineDate: "2021-10-15",
      evidence: "bon",
    });
  });

  it("reports text in a number cell with its sheet and cell", () => {
    const read = readWorkbook(grids([row("A", "A2", "", "", "ca. 30", "", 150)]), catalogue);
    expect(read.problems.map((problem) => [problem.location, problem.message.en])).toEqual([
      [
        { kind: "cell", sheet: "Indicatoren", address: "E4" },
        '"ca. 30" is not a number; type a number, or empty the cell if it is not known yet.',
      ],
    ]);
    expect(read.project?.goals[0]?.indicators[0]?.baseline).toBeNull();
  });

  it("finds columns by their header when a person moved one", () => {
    const headers = [...NL_HEADERS];
    [headers[4], headers[6]] = [headers[6] ?? "", headers[4] ?? ""];
    const read = readWorkbook(grids([row("A", "A2", "", "", 150, "", 400)], headers), catalogue);
    expect(read.project?.goals[0]?.indicators[0]).toMatchObject({ baseline: 400, contract: 150 });
  });

  it("reads a custom indicator with the direction in Dutch", () => {
    const read = readWorkbook(
      grids([row("A", "Stoelen per werkplek", "stuks", "lager", 2, "", 1)]),
      catalogue,
    );
    expect(read.project?.goals[0]?.indicators[0]).toMatchObject({
      name: "Stoelen per werkplek",
      unit: "stuks",
      direction: "lower",
    });
  });

  it("says which column is missing", () => {
    const headers = NL_HEADERS.map((header) => (header === "Nulmeting" ? "Basis" : header));
    const read = readWorkbook(grids([row("A", "A2")], headers), catalogue);
    expect(read.problems.map((problem) => problem.message.en)).toEqual([
      "Table AK_Indicators has no column Baseline.",
    ]);
  });

  it("says so when the workbook has none of the add-in's tables", () => {
    const read = readWorkbook({ tables: [], names: {} }, catalogue);
    expect(read.project).toBeNull();
    expect(read.problems.map((problem) => problem.code)).toEqual(["workbook-not-ambitiekaart"]);
  });

  it("refuses sheets of a newer layout", () => {
    const newer = { ...grids([]), names: { AK_LayoutVersion: "=2" } };
    const read = readWorkbook(newer, catalogue);
    expect(read.project).toBeNull();
    expect(read.problems[0]?.message.en).toMatch(/layout version 2, written by a newer version/);
  });

  it("places validation problems at the cell the value came from", () => {
    const read = readWorkbook(grids([row("A", "C1", "", "", 4, "", 6)]), catalogue);
    if (!read.project) throw new Error("the grids read");
    const problems = validateProject(read.project, indexCatalogue(catalogue), {
      today: "2026-12-03",
    });
    const wrongGoal = relocateProblems(problems, read.cells).find(
      (problem) => problem.code === "indicator-wrong-goal",
    );
    expect(wrongGoal?.location).toEqual({ kind: "cell", sheet: "Indicatoren", address: "B4" });
  });
});
