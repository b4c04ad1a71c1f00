import { readWorkbook } from "../../src/core/workbook/read-workbook";
import { defaultCatalogue } from "../../src/core/catalogue";
import type { GridValue } from "../../src/core/workbook/grids";
import { MemoryWorkbook } from "../../src/office/memory";
import { build, exampleProject } from "../helpers/workbooks";
import {
  builtExample,
  located,
  read,
  rebuild,
  repair,
  sheetOf,
  typedTexts,
  typedValues,
} from "./edit-helpers";

// Each case: a stakeholder edits the built office-chairs workbook in Excel, then the pane
// reads it (and sometimes updates or repairs it). The indicator table starts at A3.

describe("text typed into a number cell", () => {
  it.each(["ca. 30", "n.v.t."])(
    "%s is a problem at its cell and blocks an update",
    async (text) => {
      const { workbook, project } = await builtExample();
      // Typing is refused by the cell's validation rule; pasting skips it, as in Excel.
      workbook.person.paste("Indicatoren", "E4", text);
      const outcome = await read(workbook);
      if (!outcome.ok) throw new Error("the workbook reads");
      expect(located(outcome.problems)).toContain("cell-not-number Indicatoren!E4");
      expect(outcome.repair).toBeNull();
      const built = await rebuild(workbook, project, project);
      expect(built.ok).toBe(false);
      expect(located(built.problems)).toContain("cell-not-number Indicatoren!E4");
      expect(sheetOf(workbook, "Indicatoren").cells.E4?.value).toBe(text);
    },
  );

  it("30 % becomes 0.3 in Excel, and the pane warns at the cell", async () => {
    const { workbook } = await builtExample();
    workbook.person.paste("Indicatoren", "E4", "30 %");
    const outcome = await read(workbook);
    if (!outcome.ok) throw new Error("the workbook reads");
    const problem = outcome.problems.find((found) => found.code === "cell-percent-typed");
    expect(located(problem ? [problem] : [])).toEqual(["cell-percent-typed Indicatoren!E4"]);
    expect(problem?.message.en).toBe(
      "This cell holds 0.3, typed as 30 %; if the unit is %, type the number without the % sign.",
    );
    expect(problem?.message.nl).toMatch(/^Deze cel bevat 0.3, getypt als 30 %/);
    expect(outcome.project.goals[0]?.indicators[0]?.baseline).toBe(0.3);
  });
});

describe("a number typed into a text cell", () => {
  it("is read as its text, said at the cell, and kept as text by an update", async () => {
    const { workbook, project } = await builtExample();
    workbook.person.paste("Indicatoren", "J4", 42);
    const outcome = await read(workbook);
    if (!outcome.ok) throw new Error("the workbook reads");
    expect(located(outcome.problems)).toContain("cell-number-as-text Indicatoren!J4");
    expect(outcome.project.goals[0]?.indicators[0]?.evidence).toBe("42");
    const built = await rebuild(workbook, project, project);
    expect(built.ok).toBe(true);
    expect(sheetOf(workbook, "Indicatoren").cells.J4?.value).toBe("42");
  });
});

describe("rows", () => {
  it("an empty row inside a table is reported and an update closes the gap", async () => {
    const { workbook, project } = await builtExample();
    const before = typedTexts(workbook);
    workbook.person.unprotect("Indicatoren");
    workbook.person.insertRows("Indicatoren", 4, 1);
    const outcome = await read(workbook);
    if (!outcome.ok) throw new Error("the workbook reads");
    expect(located(outcome.problems)).toContain("row-blank Indicatoren!A5");
    expect(outcome.project).toEqual(project);
    const built = await rebuild(workbook, project, project);
    expect(built.ok).toBe(true);
    expect(sheetOf(workbook, "Indicatoren").tables[0]?.address).toMatch(/A3:N7$/);
    expect(typedTexts(workbook)).toEqual(before);
  });

  it("a deleted row is not read; an update writes it back, says so, keeps the rest", async () => {
    const { workbook, project } = await builtExample();
    workbook.person.unprotect("Indicatoren");
    workbook.person.deleteRows("Indicatoren", 4, 1);
    const outcome = await read(workbook);
    if (!outcome.ok) throw new Error("the workbook reads");
    const ids = outcome.project.goals.flatMap((goal) => goal.indicators.map((i) => i.id));
    expect(ids).toEqual(["A2", "B3", "C2"]);
    workbook.person.paste("Indicatoren", "H5", 37);
    // The pane still has the deleted row: the update writes it back, and says so.
    const built = await rebuild(workbook, project, project);
    if (!built.ok) throw new Error("the update succeeds");
    expect(built.problems.map((problem) => [problem.code, problem.location])).toEqual([
      ["row-kept-from-pane", { kind: "json", path: "$.goals[1].indicators[0]" }],
    ]);
    const after = await read(workbook);
    const b3 = after.ok ? after.project.goals[1]?.indicators.find((i) => i.id === "B3") : null;
    expect(b3?.end).toBe(37);
  });

  it("a row copied with the same indicator is kept by an update, and can go later", async () => {
    const { workbook, project } = await builtExample();
    workbook.person.unprotect("Indicatoren");
    workbook.person.type("Indicatoren", "A8", "C");
    workbook.person.paste("Indicatoren", "B8", "C2");
    workbook.person.paste("Indicatoren", "E8", 3);
    workbook.person.paste("Indicatoren", "J8", "Tweede meting, ander perceel");
    const built = await rebuild(workbook, project, project);
    if (!built.ok) throw new Error("the update succeeds");
    const c2 = built.project.goals[2]?.indicators.filter((indicator) => indicator.id === "C2");
    expect(c2?.map((indicator) => indicator.evidence)).toEqual([
      "Garantiebepalingen in het bestek en het contract",
      "Tweede meting, ander perceel",
    ]);
    // A later edit of the copy in the sheet is merged with the copy, not with the first row.
    workbook.person.paste("Indicatoren", "H8", 4);
    const edited = await rebuild(workbook, built.project, built.project);
    const copies = edited.ok ? edited.project.goals[2]?.indicators : [];
    expect(copies?.map((indicator) => indicator.end)).toEqual([10, 4]);
    // The pane removes the copy: the next update removes it from the sheet too.
    const pane = structuredClone(built.project);
    pane.goals[2]?.indicators.pop();
    const again = await rebuild(workbook, pane, built.project);
    expect(again.ok && again.project.goals[2]?.indicators).toHaveLength(1);
    expect(sheetOf(workbook, "Indicatoren").tables[0]?.address).toMatch(/A3:N7$/);
  });

  it("a row typed just below a table joins the table", async () => {
    const { workbook } = await builtExample();
    workbook.person.unprotect("Indicatoren");
    workbook.person.type("Indicatoren", "A8", "A");
    workbook.person.type("Indicatoren", "B8", "Stoelen per werkplek");
    expect(sheetOf(workbook, "Indicatoren").tables[0]?.address).toMatch(/A3:N8$/);
    const outcome = await read(workbook);
    if (!outcome.ok) throw new Error("the workbook reads");
    expect(outcome.project.goals[0]?.indicators[1]?.name).toBe("Stoelen per werkplek");
    expect(located(outcome.problems)).toContain("indicator-custom-no-unit Indicatoren!C8");
  });

  it("a row typed one row too low is reported, offered for repair, never overwritten", async () => {
    const { workbook, project } = await builtExample();
    workbook.person.unprotect("Indicatoren");
    workbook.person.type("Indicatoren", "A9", "A");
    workbook.person.type("Indicatoren", "B9", "Stoelen per werkplek");
    workbook.person.type("Indicatoren", "E9", 1.2);
    const outcome = await read(workbook);
    if (!outcome.ok) throw new Error("the workbook reads");
    expect(located(outcome.problems)).toContain("row-outside-table Indicatoren!A9");
    expect(outcome.repair?.rows).toEqual([{ sheet: "Indicatoren", address: "A9" }]);
    // The pane adds two indicators: the table grows over row 9.
    const pane = structuredClone(project);
    pane.goals[2]?.indicators.push(
      {
        name: "Levensduur",
        unit: "jaar",
        direction: "higher",
        baseline: 8,
        contract: 12,
        end: null,
      },
      {
        name: "Herstellingen",
        unit: "stuks",
        direction: "higher",
        baseline: 1,
        contract: 5,
        end: null,
      },
    );
    const built = await rebuild(workbook, pane, project);
    expect(built.ok && located(built.problems)).toEqual(["row-outside-table Indicatoren!A9"]);
    const after = await read(workbook);
    if (!after.ok) throw new Error("the workbook reads");
    expect(after.project.goals[0]?.indicators[1]).toMatchObject({
      name: "Stoelen per werkplek",
      baseline: 1.2,
    });
    expect(after.project.goals[2]?.indicators.map((i) => i.name ?? i.id)).toEqual([
      "C2",
      "Levensduur",
      "Herstellingen",
    ]);
  });

  it("a repair takes a stray row into its table, keeping every typed value", async () => {
    const { workbook } = await builtExample();
    workbook.person.unprotect("Ambities");
    workbook.person.type("Ambities", "A12", "C");
    workbook.person.type("Ambities", "B12", 3);
    workbook.person.type("Ambities", "E12", "Herbruik van onderdelen");
    const before = [...typedTexts(workbook), "3", "C", "Herbruik van onderdelen"].sort();
    const repaired = await repair(workbook);
    expect(repaired.ok && repaired.repaired.rows).toEqual([{ sheet: "Ambities", address: "A12" }]);
    expect(sheetOf(workbook, "Ambities").tables[0]?.address).toMatch(/A3:E11$/);
    expect(typedTexts(workbook)).toEqual(before);
    const after = await read(workbook);
    expect(after.ok && after.repair).toBeNull();
  });
});

describe("the project card", () => {
  it("a row a person added to it blocks an update, which would overwrite it", async () => {
    const { workbook, project } = await builtExample();
    workbook.person.unprotect("Project");
    workbook.person.insertRows("Project", 9, 1);
    workbook.person.type("Project", "A10", "Budget");
    workbook.person.paste("Project", "B10", "120000 euro");
    const outcome = await read(workbook);
    if (!outcome.ok) throw new Error("the workbook reads");
    expect(located(outcome.problems)).toContain("card-label-unknown Project!A10");
    expect(outcome.repair).toBeNull();
    const built = await rebuild(workbook, project, project);
    expect(built.ok).toBe(false);
    expect(built.problems.map((problem) => problem.message.en)).toContain(
      "Row Budget of the project card is not one the add-in knows, and updating the sheets " +
        "would overwrite it: move it out of the table (to another sheet, for example) first.",
    );
    expect(sheetOf(workbook, "Project").cells.B10?.value).toBe("120000 euro");
  });
});

describe("columns", () => {
  // These two cases give the reader the grids a deleted or moved column leaves; the same
  // edits made with Excel's commands, and the update after them, are in column-edits.test.ts.
  const headers = [
    ["Doelstelling", "Indicator", "Eenheid", "Richting", "Nulmeting", "Datum nulmeting"],
    ["Contractwaarde", "Einde contract", "Datum einde", "Bewijs", "Ambitie"],
    ["Gerealiseerde verandering", "Voortgang", "Status"],
  ].flat();
  const grids = (names: string[], row: GridValue[]) => ({
    tables: [
      {
        name: "AK_Indicators",
        sheet: "Indicatoren",
        rect: { row: 2, column: 0, rowCount: 2, columnCount: names.length },
        headers: names,
        values: [row],
        formulas: [row],
      },
      {
        name: "AK_Strategies",
        sheet: "Ambities",
        rect: { row: 2, column: 0, rowCount: 2, columnCount: 5 },
        headers: [
          "Doelstelling",
          "Strategie",
          "Naam strategie",
          "Ondersteunt doelstelling",
          "Toelichting",
        ],
        values: [["A", 4, "", "", ""]],
        formulas: [["A", 4, "", "", ""]],
      },
    ],
    names: { AK_LayoutVersion: "=1" },
  });

  it("a deleted column is a problem at the table's header", () => {
    const without = headers.filter((name) => name !== "Nulmeting");
    const read = readWorkbook(
      grids(without, ["A", "A2", "", "", "", 150, 180, "", "", "", "", "", ""]),
      defaultCatalogue(),
    );
    expect(located(read.problems)).toContain("column-missing Indicatoren!A3");
    const missing = read.problems.find((problem) => problem.code === "column-missing");
    expect(missing?.message.nl).toBe("Tabel AK_Indicators heeft geen kolom Baseline.");
  });

  it("a moved column is found by its header", () => {
    const moved = [
      ...headers.slice(0, 4),
      ...headers.slice(5, 10),
      headers[4] ?? "",
      ...headers.slice(10),
    ];
    const row: GridValue[] = ["A", "A2", "", "", "", 150, 180, "", "", 400, "", "", "", ""];
    const read = readWorkbook(grids(moved, row), defaultCatalogue());
    expect(read.project?.goals[0]?.indicators[0]).toMatchObject({ baseline: 400, contract: 150 });
  });

  it("a header retyped by a person is reported at the header", async () => {
    const { workbook } = await builtExample();
    workbook.person.unprotect("Indicatoren");
    workbook.person.type("Indicatoren", "E3", "Start");
    const outcome = await read(workbook);
    expect(outcome.ok && located(outcome.problems)).toContain("column-missing Indicatoren!A3");
  });
});

describe("sheets and tables", () => {
  it("a renamed sheet is still found, and an update keeps its new name", async () => {
    const { workbook, project } = await builtExample();
    workbook.person.renameSheet("Indicatoren", "Metingen");
    const outcome = await read(workbook);
    expect(outcome.ok && outcome.project).toEqual(project);
    expect(outcome.ok && outcome.repair).toBeNull();
    const built = await rebuild(workbook, project, project);
    expect(built.ok && built.cellsWritten).toBe(0);
    expect(workbook.inspect().sheets.map((sheet) => sheet.name)).toContain("Metingen");
  });

  it("a renamed table blocks an update, and a repair gives it back its name", async () => {
    const { workbook, project } = await builtExample();
    workbook.person.paste("Indicatoren", "H5", 47);
    workbook.person.renameTable("AK_Indicators", "Tabel1");
    const outcome = await read(workbook);
    if (!outcome.ok) throw new Error("the workbook reads");
    expect(located(outcome.problems)).toContain("table-renamed Indicatoren!A3");
    expect(outcome.repair?.tables).toEqual([
      { from: "Tabel1", to: "AK_Indicators", sheet: "Indicatoren", address: "A3" },
    ]);
    const built = await rebuild(workbook, project, project);
    expect(built.ok).toBe(false);
    expect(built.problems[0]?.message.en).toBe(
      "Table Tabel1 looks like the add-in's table AK_Indicators under another name; the " +
        "add-in finds its tables by name. Give it back the name AK_Indicators (Table Design > " +
        "Table Name), or let the pane repair the sheets.",
    );
    expect(workbook.inspect().sheets.map((sheet) => sheet.name)).not.toContain("Indicatoren (2)");
    const repaired = await repair(workbook);
    expect(repaired.ok).toBe(true);
    const after = await read(workbook);
    if (!after.ok) throw new Error("the workbook reads");
    expect(after.project.goals[1]?.indicators[0]?.end).toBe(47);
    expect(after.repair).toBeNull();
  });

  it("a repair refused over an unreadable cell in a renamed table leaves its name", async () => {
    const { workbook } = await builtExample();
    workbook.person.paste("Indicatoren", "E4", "ca. 30");
    workbook.person.renameTable("AK_Indicators", "Tabel1");
    const before = workbook.inspect();
    const repaired = await repair(workbook);
    expect(repaired.ok).toBe(false);
    if (repaired.ok) return;
    expect(located(repaired.problems)).toEqual(
      expect.arrayContaining(["repair-refused workbook", "cell-not-number Indicatoren!E4"]),
    );
    expect(workbook.inspect()).toEqual(before);
  });

  it("a table moved down by inserted rows is read, and an update puts it back", async () => {
    const { workbook, project } = await builtExample();
    workbook.person.unprotect("Indicatoren");
    workbook.person.insertRows("Indicatoren", 1, 2);
    workbook.person.type("Indicatoren", "A2", "Notitie van de aankoper");
    const before = typedTexts(workbook);
    const outcome = await read(workbook);
    expect(outcome.ok && outcome.project).toEqual(project);
    const built = await rebuild(workbook, project, project);
    expect(built.ok).toBe(true);
    expect(sheetOf(workbook, "Indicatoren").tables[0]?.address).toMatch(/A3:N7$/);
    expect(sheetOf(workbook, "Indicatoren").cells.A2?.value).toBe("Notitie van de aankoper");
    expect(typedTexts(workbook)).toEqual(before);
  });

  it("a deleted dashboard is reported and a repair recreates it with its charts", async () => {
    const { workbook } = await builtExample();
    const before = typedValues(workbook);
    workbook.person.deleteSheet("Dashboard");
    const outcome = await read(workbook);
    if (!outcome.ok) throw new Error("the workbook reads");
    expect(located(outcome.problems)).toContain("sheet-missing workbook");
    expect(outcome.repair?.sheets).toEqual(["Dashboard"]);
    const repaired = await repair(workbook);
    expect(repaired.ok).toBe(true);
    expect(sheetOf(workbook, "Dashboard").charts.length).toBe(5);
    expect(typedValues(workbook)).toEqual(before);
    const after = await read(workbook);
    expect(after.ok && after.repair).toBeNull();
  });

  it("a deleted project sheet is written again from the pane's card", async () => {
    const { workbook, project } = await builtExample();
    workbook.person.deleteSheet("Project");
    const outcome = await read(workbook);
    expect(outcome.ok && located(outcome.problems)).toContain("table-missing workbook");
    const built = await rebuild(workbook, project, project);
    expect(built.ok && built.project.card).toEqual(project.card);
    const after = await read(workbook);
    expect(after.ok && after.project).toEqual(project);
  });

  it("a deleted column's values are written again from the pane", async () => {
    const { workbook, project } = await builtExample();
    workbook.person.unprotect("Indicatoren");
    workbook.person.type("Indicatoren", "J3", "Bron");
    const built = await rebuild(workbook, project, project);
    expect(built.ok && built.project).toEqual(project);
    expect(sheetOf(workbook, "Indicatoren").cells.J4?.value).toBe(
      "Bestelhistoriek 2018–2021; leveringsbonnen 2022–2025",
    );
  });

  it("a deleted catalogue sheet is reported and a repair recreates it", async () => {
    const { workbook, project } = await builtExample();
    const before = typedValues(workbook);
    workbook.person.deleteSheet("Catalogus");
    const outcome = await read(workbook);
    if (!outcome.ok) throw new Error("the workbook reads");
    expect(located(outcome.problems)).toContain("sheet-missing workbook");
    expect(outcome.problems.find((p) => p.code === "sheet-missing")?.message.nl).toMatch(
      /^Het blad Catalogus van de invoegtoepassing ontbreekt/,
    );
    expect(outcome.repair?.sheets).toEqual(["Catalogus"]);
    expect(outcome.repair?.formulas.length).toBeGreaterThan(0);
    const repaired = await repair(workbook);
    expect(repaired.ok).toBe(true);
    expect(sheetOf(workbook, "Catalogus").tables.map((table) => table.name)).toContain("AK_Goals");
    expect(sheetOf(workbook, "Indicatoren").cells.C4?.formula).toBe(
      '=IFERROR(INDEX(Catalogus!$P:$P,MATCH($B4,Catalogus!$M:$M,0)),"")',
    );
    expect(typedValues(workbook)).toEqual(before);
    const after = await read(workbook);
    expect(after.ok && after.project).toEqual(project);
    expect(after.ok && after.repair).toBeNull();
  });
});

describe("values the catalogue does not know", () => {
  it("an unknown goal letter is a problem at its cell", async () => {
    const { workbook } = await builtExample();
    workbook.person.paste("Indicatoren", "A4", "Q");
    const outcome = await read(workbook);
    expect(outcome.ok && located(outcome.problems)).toContain("goal-unknown Indicatoren!A4");
  });

  it("an unknown strategy number is a problem at its cell", async () => {
    const { workbook } = await builtExample();
    workbook.person.paste("Ambities", "B4", 99);
    const outcome = await read(workbook);
    expect(outcome.ok && located(outcome.problems)).toContain("strategy-unknown Ambities!B4");
  });
});

describe("formulas", () => {
  it("a formula overwritten with a value is reported, and a repair restores it", async () => {
    const { workbook } = await builtExample();
    const formula = sheetOf(workbook, "Indicatoren").cells.M4?.formula;
    workbook.person.unprotect("Indicatoren");
    workbook.person.type("Indicatoren", "M4", 0.5);
    workbook.person.type("Indicatoren", "H5", 44);
    const outcome = await read(workbook);
    if (!outcome.ok) throw new Error("the workbook reads");
    const problem = outcome.problems.find((found) => found.code === "formula-changed");
    expect(located(problem ? [problem] : [])).toEqual(["formula-changed Indicatoren!M4"]);
    expect(problem?.message.en).toBe(
      "This cell should hold the add-in's formula but holds 0.5; repairing restores the formula.",
    );
    expect(outcome.repair?.formulas).toEqual([{ sheet: "Indicatoren", address: "M4" }]);
    // The repair replaces only the value typed over the formula, as the offer said.
    const before = typedValues(workbook);
    before.delete("Indicatoren!M4");
    const repaired = await repair(workbook);
    expect(repaired.ok && repaired.cellsWritten).toBe(1);
    expect(sheetOf(workbook, "Indicatoren").cells.M4?.formula).toBe(formula);
    expect(sheetOf(workbook, "Indicatoren").protected).toBe(true);
    expect(typedValues(workbook)).toEqual(before);
  });

  it("no repair is offered while a cell cannot be read, and applying one refuses", async () => {
    const { workbook } = await builtExample();
    workbook.person.unprotect("Indicatoren");
    workbook.person.type("Indicatoren", "M4", 0.5);
    workbook.person.paste("Indicatoren", "E5", "ongeveer tien");
    const outcome = await read(workbook);
    expect(outcome.ok && outcome.repair).toBeNull();
    const repaired = await repair(workbook);
    if (repaired.ok) throw new Error("the repair is refused");
    expect(located(repaired.problems)).toEqual([
      "repair-refused workbook",
      "cell-not-number Indicatoren!E5",
    ]);
    expect(sheetOf(workbook, "Indicatoren").cells.E5?.value).toBe("ongeveer tien");
  });
});

describe("dates", () => {
  it("a date typed as text is a problem at its cell and is kept as typed", async () => {
    const { workbook, project } = await builtExample();
    workbook.person.paste("Indicatoren", "F4", "15 maart 2024");
    const outcome = await read(workbook);
    expect(outcome.ok && located(outcome.problems)).toContain("date-invalid Indicatoren!F4");
    const built = await rebuild(workbook, project, project);
    expect(built.ok).toBe(true);
    expect(sheetOf(workbook, "Indicatoren").cells.F4?.value).toBe("15 maart 2024");
  });
});

describe("workbooks the add-in did not write", () => {
  it("a newer layout version is refused for reading and updating", async () => {
    const { workbook, project } = await builtExample();
    await workbook.run(async (context) => {
      context.workbook.names.getItem("AK_LayoutVersion").delete();
      context.workbook.names.add("AK_LayoutVersion", "=2");
      await context.sync();
    });
    const before = JSON.stringify(workbook.inspect());
    const outcome = await read(workbook);
    expect(outcome.ok).toBe(false);
    expect(located(outcome.problems)).toEqual(["workbook-layout-newer workbook"]);
    const built = await rebuild(workbook, project, project);
    expect(built.ok).toBe(false);
    expect(JSON.stringify(workbook.inspect())).toBe(before);
  });

  it("somebody's own workbook with its own table is not read as a project", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        ["Naam", "Bedrag"],
        ["Stoelen", 1200],
      ];
      sheet.tables.add("A1:B2", true).name = "Budget";
      await context.sync();
    });
    const outcome = await read(workbook);
    expect(outcome.ok).toBe(false);
    expect(located(outcome.problems)).toEqual(["workbook-not-ambitiekaart workbook"]);
    expect(outcome.problems[0]?.message.nl).toMatch(/^Deze werkmap heeft nog geen tabellen/);
    await build(workbook, exampleProject("office-chairs"));
    expect(sheetOf(workbook, "Sheet1").cells.B2?.value).toBe(1200);
  });
});
