import { defaultCatalogue } from "../../../src/core/catalogue";
import {
  buildWorkbookPlan,
  defaultSheetNames,
  resolveSheetNames,
  type SheetPlan,
  type WorkbookPlan,
} from "../../../src/core/layout";
import { parseProject, type Project } from "../../../src/core/project";
import { rectAddress } from "../../../src/core/util/a1";
import { readJson } from "../../helpers/projects";

function example(name: string): Project {
  const { project } = parseProject(readJson(`examples/${name}.json`));
  if (!project) throw new Error(`examples/${name}.json does not read`);
  return project;
}

function plan(project: Project, language: "nl" | "en" = "nl"): WorkbookPlan {
  return buildWorkbookPlan({ project, catalogue: defaultCatalogue(), language });
}

function sheet(workbook: WorkbookPlan, key: SheetPlan["key"]): SheetPlan {
  const found = workbook.sheets.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no ${key} sheet`);
  return found;
}

/** The planned content of a cell: its formula, or its value, by A1 address. */
function cellAt(plan: SheetPlan, address: string): unknown {
  for (const block of plan.blocks) {
    for (const [r, row] of block.cells.entries()) {
      for (const [c, cell] of row.entries()) {
        const here = rectAddress({
          row: block.row + r,
          column: block.column + c,
          rowCount: 1,
          columnCount: 1,
        });
        if (here === address) return cell.kind === "formula" ? cell.formula : cell.value;
      }
    }
  }
  return undefined;
}

describe("the workbook plan", () => {
  const chairs = plan(example("office-chairs"));

  it("has the five sheets in order with the Dutch names", () => {
    expect(chairs.sheets.map((entry) => entry.name)).toEqual([
      "Project",
      "Ambities",
      "Indicatoren",
      "Dashboard",
      "Catalogus",
    ]);
  });

  it("names the tables of the workbook contract", () => {
    expect(chairs.sheets.flatMap((entry) => entry.tables.map((table) => table.name))).toEqual([
      "AK_Project",
      "AK_Stakeholders",
      "AK_Strategies",
      "AK_Indicators",
      "AK_Goals",
      "AK_CatalogueStrategies",
      "AK_Support",
      "AK_IndicatorLibrary",
      "AK_Categories",
    ]);
  });

  it("gives AK_Indicators its columns in the contract's order, in English too", () => {
    const english = plan(example("office-chairs"), "en");
    expect(sheet(english, "indicators").tables[0]?.columns).toEqual([
      "Goal",
      "Indicator",
      "Unit",
      "Direction",
      "Baseline",
      "Baseline date",
      "Contract value",
      "End of contract",
      "End date",
      "Evidence",
      "Ambition",
      "Realised change",
      "Progress",
      "Status",
    ]);
    expect(sheet(english, "ambitions").tables[0]?.columns).toEqual([
      "Goal",
      "Strategy",
      "Strategy name",
      "Supports goal",
      "Note",
    ]);
  });

  it("writes the computed columns of every indicator row as formulas", () => {
    const indicators = sheet(chairs, "indicators");
    expect(indicators.tables[0] && rectAddress(indicators.tables[0].rect)).toBe("A3:N7");
    expect(cellAt(indicators, "K4")).toBe('=IF(AND(ISNUMBER($E4),ISNUMBER($G4)),$G4-$E4,"")');
    expect(cellAt(indicators, "L5")).toBe('=IF(AND(ISNUMBER($E5),ISNUMBER($H5)),$H5-$E5,"")');
    expect(cellAt(indicators, "M7")).toBe(
      '=IF(AND(ISNUMBER($K7),ISNUMBER($L7)),IF($K7=0,"",$L7/$K7),"")',
    );
    expect(cellAt(indicators, "N4")).toBe(
      '=IF(OR($K4="",$K4=0),"onvolledig",IF($L4="","lopend",' +
        'IF($M4>=1,"behaald",IF($M4>0,"deels behaald","niet behaald"))))',
    );
  });

  it("keeps measurements, dates and evidence as a person's input", () => {
    const indicators = sheet(chairs, "indicators");
    expect([cellAt(indicators, "A4"), cellAt(indicators, "B4"), cellAt(indicators, "E4")]).toEqual([
      "A",
      "A2",
      400,
    ]);
    // 2021-10-15 as Excel's date serial
    expect(cellAt(indicators, "F4")).toBe(44484);
    const inputs = indicators.blocks[1]?.cells[1]?.map((cell) => cell.kind);
    expect(inputs).toEqual([
      "input",
      "input",
      "formula",
      "formula",
      "input",
      "input",
      "input",
      "input",
      "input",
      "input",
      "formula",
      "formula",
      "formula",
      "formula",
    ]);
  });

  it("looks up the strategy name and checks support against the catalogue", () => {
    const ambitions = sheet(chairs, "ambitions");
    expect(cellAt(ambitions, "C4")).toBe(
      '=IFERROR(INDEX(Catalogus!$G:$G,MATCH($B4,Catalogus!$F:$F,0)),"")',
    );
    expect(cellAt(ambitions, "D4")).toBe(
      '=IF(OR($A4="",$B4=""),"",' +
        'IF(COUNTIFS(Catalogus!$J:$J,$B4,Catalogus!$K:$K,$A4)>0,"ja","nee"))',
    );
  });

  it("sources the dropdowns from the catalogue sheet", () => {
    const indicators = sheet(chairs, "indicators");
    const sources = indicators.validations.map((rule) =>
      rule.rule.kind === "list" ? `${rectAddress(rule.rect)} ${rule.rule.source}` : null,
    );
    expect(sources.filter((source) => source !== null)).toEqual([
      "A4:A7 =Catalogus!$A$5:$A$9",
      "B4:B7 =Catalogus!$M$5:$M$21",
    ]);
    const project = sheet(chairs, "project");
    expect(project.validations[0]?.rule).toEqual({
      kind: "list",
      source: "=Catalogus!$U$5:$U$19",
    });
  });

  it("bounds measurements by their unit: pieces at least 0, percentages 0 to 100", () => {
    const rules = sheet(chairs, "indicators").validations.filter(
      (rule) => rule.rule.kind === "decimal",
    );
    const described = rules.map((rule) => {
      const r = rule.rule.kind === "decimal" ? rule.rule : null;
      const bounds = `${r?.formula1 ?? ""} ${r?.formula2 ?? ""}`;
      return `${rectAddress(rule.rect)} ${r?.operator ?? ""} ${bounds}`;
    });
    expect(described).toEqual([
      "E4 GreaterThanOrEqualTo 0 ",
      "G4 GreaterThanOrEqualTo 0 ",
      "H4 GreaterThanOrEqualTo 0 ",
      "E5:E6 Between 0 100",
      "G5:G6 Between 0 100",
      "H5:H6 Between 0 100",
      "E7 GreaterThanOrEqualTo 0 ",
      "G7 GreaterThanOrEqualTo 0 ",
      "H7 GreaterThanOrEqualTo 0 ",
    ]);
  });

  it("colours the status and marks a contract value that is no improvement", () => {
    const formats = sheet(chairs, "indicators").conditionalFormats;
    expect(
      formats.map((format) => `${rectAddress(format.rect)} ${format.formula} ${format.fill}`),
    ).toEqual([
      'N4:N7 =$N4="behaald" #C6EFCE',
      'N4:N7 =$N4="deels behaald" #FFEB9C',
      'N4:N7 =$N4="niet behaald" #FFC7CE',
      'N4:N7 =$N4="lopend" #EDEDED',
      "G4:G7 =AND(ISNUMBER($E4),ISNUMBER($G4)," +
        'OR(AND($D4="hoger",$G4<=$E4),AND($D4="lager",$G4>=$E4))) #F8CBAD',
    ]);
  });

  it("draws the ambition matrix, goal and project progress on the dashboard", () => {
    const dashboard = sheet(chairs, "dashboard");
    expect(cellAt(dashboard, "A7")).toBe("A");
    expect(cellAt(dashboard, "C6")).toBe(1);
    expect(cellAt(dashboard, "C7")).toBe(
      '=IF(COUNTIFS(Ambities!$A:$A,$A7,Ambities!$B:$B,C$6)>0,"●","")',
    );
    expect(cellAt(dashboard, "P7")).toBe(
      '=IFERROR(AVERAGEIFS(Indicatoren!$M:$M,Indicatoren!$A:$A,$A7),"")',
    );
    expect(cellAt(dashboard, "B3")).toBe('=IFERROR(AVERAGE($P$7:$P$11),"")');
  });

  it("plans a progress bar chart and one column chart per indicator", () => {
    const charts = sheet(chairs, "dashboard").charts;
    expect(
      charts.map((chart) => [chart.name, chart.type, rectAddress(chart.source), chart.seriesBy]),
    ).toEqual([
      ["AK_ProgressChart", "BarClustered", "T6:U10", "Columns"],
      ["AK_IndicatorChart1", "ColumnClustered", "W6:Z7", "Rows"],
      ["AK_IndicatorChart2", "ColumnClustered", "W9:Z10", "Rows"],
      ["AK_IndicatorChart3", "ColumnClustered", "W12:Z13", "Rows"],
      ["AK_IndicatorChart4", "ColumnClustered", "W15:Z16", "Rows"],
    ]);
    expect(charts[2]?.valueAxisTitle).toBe("%");
    expect(charts[4]?.valueAxisTitle).toBe("jaar");
  });

  it("protects every sheet and unlocks only the input cells", () => {
    const indicators = sheet(chairs, "indicators");
    expect(chairs.sheets.every((entry) => entry.protect)).toBe(true);
    const unlocked = indicators.formats
      .filter((format) => format.locked === false)
      .map((format) => rectAddress(format.rect));
    expect(unlocked).toEqual(["A4:B7", "E4:J7"]);
  });

  it("writes a person's text with a text format, so it never becomes a formula", () => {
    const project = example("office-chairs");
    project.card.name = '=HYPERLINK("http://x","y")';
    const card = sheet(plan(project), "project");
    const block = card.blocks[1];
    expect(block?.cells[1]?.[1]).toEqual({ kind: "input", value: '=HYPERLINK("http://x","y")' });
    expect(block?.numberFormats[1]?.[1]).toBe("@");
  });

  it("records the layout version, the dashboard and the language as named items", () => {
    expect(chairs.names.map((name) => `${name.name} ${name.formula}`)).toEqual([
      "AK_LayoutVersion =1",
      "AK_Dashboard =Dashboard!$A$1",
      'AK_Language ="nl"',
    ]);
  });
});

describe("sheet names", () => {
  it("follow the language", () => {
    expect(defaultSheetNames("en")).toEqual({
      project: "Project",
      ambitions: "Ambitions",
      indicators: "Indicators",
      dashboard: "Dashboard",
      catalogue: "Catalogue",
    });
  });

  it("step aside for a person's own sheet, compared ignoring case", () => {
    const names = resolveSheetNames(defaultSheetNames("nl"), ["dashboard", "Blad1"]);
    expect(names.dashboard).toBe("Dashboard (2)");
    expect(names.project).toBe("Project");
  });

  it("quote a sheet name with a space in formulas", () => {
    const names = { ...defaultSheetNames("nl"), catalogue: "Mijn catalogus" };
    const workbook = buildWorkbookPlan({
      project: example("laptops"),
      catalogue: defaultCatalogue(),
      language: "nl",
      sheetNames: names,
    });
    expect(cellAt(sheet(workbook, "ambitions"), "C4")).toBe(
      "=IFERROR(INDEX('Mijn catalogus'!$G:$G,MATCH($B4,'Mijn catalogus'!$F:$F,0)),\"\")",
    );
  });
});
