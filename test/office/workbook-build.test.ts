import { defaultCatalogue } from "../../src/core/catalogue";
import { MemoryWorkbook } from "../../src/office/memory";
import type { SheetSnapshot } from "../../src/office/memory/snapshot";
import { buildWorkbook, readProject } from "../../src/office/workbook-actions";
import { build, exampleProject, projectWithIndicators } from "../helpers/workbooks";

const TODAY = "2026-12-03";

function sheetOf(workbook: MemoryWorkbook, name: string): SheetSnapshot {
  const found = workbook.inspect().sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function formulaAt(sheet: SheetSnapshot, address: string): string | null {
  return sheet.cells[address]?.formula ?? null;
}

function valueAt(sheet: SheetSnapshot, address: string): unknown {
  return sheet.cells[address]?.value ?? "";
}

describe("building the office chairs project", () => {
  let workbook: MemoryWorkbook;

  beforeAll(async () => {
    workbook = new MemoryWorkbook();
    await build(workbook, exampleProject("office-chairs"));
  });

  it("creates the five sheets and the nine tables", () => {
    const snapshot = workbook.inspect();
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual([
      "Sheet1",
      "Project",
      "Ambities",
      "Indicatoren",
      "Dashboard",
      "Catalogus",
    ]);
    const tables = snapshot.sheets.flatMap((sheet) =>
      sheet.tables.map(
        (table) => `${sheet.name}!${table.address.split("!").pop() ?? ""} ${table.name}`,
      ),
    );
    expect(tables).toEqual([
      "Project!A3:B10 AK_Project",
      "Project!A13:B16 AK_Stakeholders",
      "Ambities!A3:E10 AK_Strategies",
      "Indicatoren!A3:N7 AK_Indicators",
      "Catalogus!A4:D9 AK_Goals",
      "Catalogus!F4:H17 AK_CatalogueStrategies",
      "Catalogus!J4:K29 AK_Support",
      "Catalogus!M4:R21 AK_IndicatorLibrary",
      "Catalogus!T4:U19 AK_Categories",
    ]);
  });

  it("writes the indicator table's headers, inputs and formulas", () => {
    const sheet = sheetOf(workbook, "Indicatoren");
    expect(sheet.tables[0]?.columns).toEqual([
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
    ]);
    expect([valueAt(sheet, "A4"), valueAt(sheet, "B4"), valueAt(sheet, "E4")]).toEqual([
      "A",
      "A2",
      400,
    ]);
    expect(formulaAt(sheet, "E4")).toBeNull();
    expect(formulaAt(sheet, "M4")).toBe(
      '=IF(AND(ISNUMBER($K4),ISNUMBER($L4)),IF($K4=0,"",$L4/$K4),"")',
    );
    expect(sheet.cells.M4?.numberFormat).toBe("0.0%");
    expect(sheet.cells.F4?.numberFormat).toBe("yyyy-mm-dd");
    expect(sheet.cells.J4?.numberFormat).toBe("@");
  });

  it("puts dropdowns sourced from the catalogue on the goal and indicator columns", () => {
    const lists = sheetOf(workbook, "Indicatoren").validations.filter(
      (validation) => "list" in validation.rule,
    );
    expect(
      lists.map((validation) => [validation.address.split("!").pop(), validation.rule]),
    ).toEqual([
      ["A4:A7", { list: { inCellDropDown: true, source: "=Catalogus!$A$5:$A$9" } }],
      ["B4:B7", { list: { inCellDropDown: true, source: "=Catalogus!$M$5:$M$21" } }],
    ]);
  });

  it("colours statuses with conditional formats", () => {
    const formats = sheetOf(workbook, "Indicatoren").conditionalFormats;
    expect(formats.length).toBe(5);
    expect(formats.every((format) => format.type === "Custom")).toBe(true);
  });

  it("draws the charts from the dashboard's chart data", () => {
    const charts = sheetOf(workbook, "Dashboard").charts;
    // Each chart's name ends in a fingerprint of its plan, so a rebuild can tell it apart.
    const named = (chart: (typeof charts)[number]) => chart.name.replace(/_[0-9a-f]{8}$/, "");
    expect(
      charts.map((chart) => [named(chart), chart.type, chart.source.split("!").pop()]),
    ).toEqual([
      ["AK_ProgressChart", "BarClustered", "T6:U10"],
      ["AK_IndicatorChart1", "ColumnClustered", "W6:Z7"],
      ["AK_IndicatorChart2", "ColumnClustered", "W9:Z10"],
      ["AK_IndicatorChart3", "ColumnClustered", "W12:Z13"],
      ["AK_IndicatorChart4", "ColumnClustered", "W15:Z16"],
    ]);
    expect(charts.every((chart) => /^AK_\w+_[0-9a-f]{8}$/.test(chart.name))).toBe(true);
    expect(charts[1]?.valueAxisTitle).toBe("stuks");
  });

  it("freezes the header rows, and the goal and indicator columns of the indicator table", () => {
    expect(sheetOf(workbook, "Ambities").freeze).toEqual({ rows: 3, columns: 0 });
    expect(sheetOf(workbook, "Indicatoren").freeze).toEqual({ rows: 3, columns: 2 });
    expect(sheetOf(workbook, "Catalogus").freeze).toEqual({ rows: 4, columns: 0 });
  });

  it("records the layout version as a workbook name", () => {
    const names = workbook.inspect().names.map((name) => `${name.name} ${name.formula}`);
    expect(names).toContain("AK_LayoutVersion =1");
  });

  it("protects the sheets and leaves the input cells unlocked", () => {
    const sheet = sheetOf(workbook, "Indicatoren");
    expect(sheet.protected).toBe(true);
    expect(sheet.cells.E4?.locked).toBe(false);
    expect(sheet.cells.M4?.locked).toBe(true);
    expect(sheetOf(workbook, "Catalogus").cells.A5?.locked).toBe(true);
  });
});

describe("round trips", () => {
  it.each(["office-chairs", "laptops"])("reads %s back exactly as it was built", async (name) => {
    const workbook = new MemoryWorkbook();
    const project = exampleProject(name);
    await build(workbook, project);
    const read = await readProject(workbook, defaultCatalogue(), TODAY);
    expect(read.ok && read.project).toEqual(project);
  });

  it("reads the English workbook back too", async () => {
    const workbook = new MemoryWorkbook();
    const project = exampleProject("laptops");
    await build(workbook, project, { language: "en" });
    const read = await readProject(workbook, defaultCatalogue(), TODAY);
    expect(read.ok && read.project).toEqual(project);
    expect(read.ok && read.language).toBe("en");
  });
});

describe("round trips to Excel", () => {
  it.each([1, 200])(
    "stay within 3 syncs per build and 2 per read with %i indicators",
    async (count) => {
      const workbook = new MemoryWorkbook();
      const project = projectWithIndicators(count);
      workbook.resetStats();
      await build(workbook, project);
      expect(workbook.stats.syncs).toBeLessThanOrEqual(3);
      workbook.resetStats();
      await build(workbook, project);
      expect(workbook.stats.syncs).toBeLessThanOrEqual(3);
      workbook.resetStats();
      const read = await readProject(workbook, defaultCatalogue(), TODAY);
      expect(read.ok).toBe(true);
      expect(workbook.stats.syncs).toBeLessThanOrEqual(2);
    },
  );
});

describe("rebuilding", () => {
  it("is idempotent: a second build writes no cell and leaves the workbook the same", async () => {
    const workbook = new MemoryWorkbook();
    const project = exampleProject("office-chairs");
    const first = await build(workbook, project);
    const before = JSON.stringify(workbook.inspect());
    const second = await build(workbook, project, { base: first.project });
    expect(second.cellsWritten).toBe(0);
    expect(JSON.stringify(workbook.inspect())).toBe(before);
  });

  it("keeps every value a person typed when the pane adds a goal", async () => {
    const workbook = new MemoryWorkbook();
    const project = exampleProject("laptops");
    const first = await build(workbook, project);
    workbook.person.type("Indicatoren", "H4", 5.5);
    workbook.person.type("Indicatoren", "I4", "2029-06-30");
    workbook.person.type("Indicatoren", "J5", "Meting door de ICT-dienst");
    workbook.person.type("Ambities", "E5", "Herstel binnen 48 uur");
    const added = structuredClone(first.project);
    added.goals.unshift({
      goal: "A",
      strategies: [{ number: 1 }, { number: 3 }],
      indicators: [{ id: "A2", baseline: 1200, contract: 900, end: null }],
    });
    await build(workbook, added, { base: first.project });
    const read = await readProject(workbook, defaultCatalogue(), TODAY);
    if (!read.ok) throw new Error("the workbook reads");
    const goalC = read.project.goals.find((goal) => goal.goal === "C");
    expect(read.project.goals.map((goal) => goal.goal)).toEqual(["A", "C", "D", "E"]);
    expect(goalC?.indicators[0]).toMatchObject({ id: "C1", end: 5.5, endDate: "2029-06-30" });
    expect(goalC?.indicators[1]?.evidence).toBe("Meting door de ICT-dienst");
    expect(goalC?.strategies[1]?.note).toBe("Herstel binnen 48 uur");
  });
});

describe("text a person typed", () => {
  it.each(['=HYPERLINK("http://x","y")', "+32 9 123 45 67", "-2+3", "@SUM(1)"])(
    "%s stays literal text",
    async (text) => {
      const workbook = new MemoryWorkbook();
      const project = exampleProject("office-chairs");
      project.card.name = text;
      project.card.product = text;
      const first = project.goals[0];
      if (first?.indicators[0]) first.indicators[0].evidence = text;
      await build(workbook, project);
      const card = sheetOf(workbook, "Project");
      expect([card.cells.B4?.value, card.cells.B4?.formula]).toEqual([text, null]);
      const read = await readProject(workbook, defaultCatalogue(), TODAY);
      expect(read.ok && read.project.card.name).toBe(text);
      expect(read.ok && read.project.goals[0]?.indicators[0]?.evidence).toBe(text);
    },
  );
});

describe("a person's own sheets", () => {
  it("keep their name; the add-in's sheet gets another readable one", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      const own = context.workbook.worksheets.add("Dashboard");
      own.getRange("A1").values = [["Mijn eigen dashboard"]];
      await context.sync();
    });
    const outcome = await build(workbook, exampleProject("office-chairs"));
    expect(outcome.sheetNames.dashboard).toBe("Dashboard (2)");
    expect(sheetOf(workbook, "Dashboard").cells.A1?.value).toBe("Mijn eigen dashboard");
    expect(sheetOf(workbook, "Dashboard (2)").charts.length).toBe(5);
  });
});

describe("failures", () => {
  it("report a sheet protected with a password as a problem, not a crash", async () => {
    const workbook = new MemoryWorkbook();
    const first = await build(workbook, exampleProject("office-chairs"));
    workbook.person.unprotect("Indicatoren");
    workbook.person.protect("Indicatoren", "geheim");
    const changed = structuredClone(first.project);
    const indicator = changed.goals[0]?.indicators[0];
    if (indicator) indicator.end = 170;
    const outcome = await buildWorkbook(workbook, {
      project: changed,
      catalogue: defaultCatalogue(),
      language: "nl",
      base: first.project,
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0]?.code).toBe("excel-failed");
    expect(outcome.problems[0]?.message.en).toMatch(
      /^Excel could not finish the action: a sheet is protected with a password/,
    );
  });

  it("refuse to overwrite a measurement the reader cannot read", async () => {
    const workbook = new MemoryWorkbook();
    const first = await build(workbook, exampleProject("office-chairs"));
    // Typing text is refused by the cell's validation rule; pasting skips it, as in Excel.
    workbook.person.paste("Indicatoren", "H4", "ca. 30");
    const outcome = await buildWorkbook(workbook, {
      project: first.project,
      catalogue: defaultCatalogue(),
      language: "nl",
      base: first.project,
    });
    expect(outcome.ok).toBe(false);
    const located = outcome.problems.map((problem) =>
      problem.location.kind === "cell"
        ? `${problem.location.sheet}!${problem.location.address}`
        : "",
    );
    expect(located).toContain("Indicatoren!H4");
    expect(sheetOf(workbook, "Indicatoren").cells.H4?.value).toBe("ca. 30");
  });
});
