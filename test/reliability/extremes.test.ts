import JSZip from "jszip";
import { defaultCatalogue, indexCatalogue } from "../../src/core/catalogue";
import { parseProject, validateProject, type Project } from "../../src/core/project";
import { exportXlsx } from "../../src/export/export-xlsx";
import { MemoryWorkbook } from "../../src/office/memory";
import type { WorkbookSnapshot } from "../../src/office/memory/snapshot";
import { buildWorkbook } from "../../src/office/workbook-actions";
import { locateJsonPath } from "../../src/taskpane/locate-problem";
import { storedCells } from "../export/xlsx-package";
import { build, exampleProject, projectWithIndicators } from "../helpers/workbooks";
import { validProjectFile } from "../helpers/projects";
import { read, rebuild, sheetOf } from "./edit-helpers";

const PAYLOADS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3"];

interface Field {
  /** The cell the field is written to in the office chairs example, in Dutch. */
  cell: string;
  set: (project: Project, text: string) => void;
  get: (project: Project) => string | undefined;
}

const card = (
  field: "name" | "organisation" | "product" | "buyer" | "contractStart" | "contractEnd",
  cell: string,
): Field => ({
  cell,
  set: (project, text) => {
    project.card[field] = text;
  },
  get: (project) => project.card[field],
});

const custom = (
  field: "name" | "unit" | "direction" | "baselineDate" | "endDate" | "evidence",
  cell: string,
): Field => ({
  cell,
  set: (project, text) => {
    const indicator = project.goals[0]?.indicators[0];
    if (indicator) indicator[field] = text;
  },
  get: (project) => project.goals[0]?.indicators[0]?.[field],
});

// Every text a person types in the pane or the sheets; the first indicator is made custom so
// that its name, unit and direction are written as typed.
const FIELDS: Record<string, Field> = {
  "project name": card("name", "Project!B4"),
  organisation: card("organisation", "Project!B5"),
  product: card("product", "Project!B7"),
  buyer: card("buyer", "Project!B8"),
  "contract start": card("contractStart", "Project!B9"),
  "contract end": card("contractEnd", "Project!B10"),
  "stakeholder name": {
    cell: "Project!A14",
    set: (project, text) => {
      const person = project.card.stakeholders[0];
      if (person) person.name = text;
    },
    get: (project) => project.card.stakeholders[0]?.name,
  },
  "stakeholder role": {
    cell: "Project!B14",
    set: (project, text) => {
      const person = project.card.stakeholders[0];
      if (person) person.role = text;
    },
    get: (project) => project.card.stakeholders[0]?.role,
  },
  "strategy note": {
    cell: "Ambities!E4",
    set: (project, text) => {
      const strategy = project.goals[0]?.strategies[0];
      if (strategy) strategy.note = text;
    },
    get: (project) => project.goals[0]?.strategies[0]?.note,
  },
  "indicator name": custom("name", "Indicatoren!B4"),
  unit: custom("unit", "Indicatoren!C4"),
  direction: custom("direction", "Indicatoren!D4"),
  "baseline date": custom("baselineDate", "Indicatoren!F4"),
  "end date": custom("endDate", "Indicatoren!I4"),
  evidence: custom("evidence", "Indicatoren!J4"),
};

function withCustomIndicator(): Project {
  const project = exampleProject("office-chairs");
  const first = project.goals[0]?.indicators[0];
  if (first) {
    delete first.id;
    Object.assign(first, { name: "Nieuwe stoelen", unit: "stuks", direction: "lower" });
  }
  return project;
}

interface Stage {
  built: WorkbookSnapshot;
  rebuilt: WorkbookSnapshot;
  rewritten: WorkbookSnapshot;
  read: Project;
  exported: JSZip;
}

function cellIn(snapshot: WorkbookSnapshot, at: string) {
  const [sheet = "", address = ""] = at.split("!");
  return snapshot.sheets.find((candidate) => candidate.name === sheet)?.cells[address];
}

// One workbook per payload, with the payload in every field at once: built, rebuilt, read
// and written again from what was read, then exported.
async function stagesFor(payload: string): Promise<Stage> {
  const project = withCustomIndicator();
  for (const field of Object.values(FIELDS)) field.set(project, payload);
  const workbook = new MemoryWorkbook();
  const first = await build(workbook, project);
  const built = workbook.inspect();
  await rebuild(workbook, first.project, first.project);
  const rebuilt = workbook.inspect();
  const opened = await read(workbook);
  if (!opened.ok) throw new Error("the workbook reads");
  const rewrite = await buildWorkbook(workbook, {
    project: opened.project,
    base: opened.project,
    catalogue: defaultCatalogue(),
    language: "nl",
    force: true,
  });
  if (!rewrite.ok) throw new Error("the rewrite succeeds");
  const rewritten = workbook.inspect();
  const exported = await JSZip.loadAsync(await exportXlsx(rewritten));
  return { built, rebuilt, rewritten, read: opened.project, exported };
}

describe.each(PAYLOADS)("formula injection: %s stays literal text", (payload) => {
  let stage: Stage;

  beforeAll(async () => {
    stage = await stagesFor(payload);
  });

  it.each(Object.keys(FIELDS))("in the %s", async (name) => {
    const field = FIELDS[name];
    if (!field) throw new Error(`no field ${name}`);
    for (const snapshot of [stage.built, stage.rebuilt, stage.rewritten]) {
      const cell = cellIn(snapshot, field.cell);
      expect([cell?.value, cell?.formula]).toEqual([payload, null]);
    }
    expect(field.get(stage.read)).toBe(payload);
    const [sheet = "", address = ""] = field.cell.split("!");
    const stored = (await storedCells(stage.exported, sheet)).get(address);
    expect([stored?.text, stored?.formula]).toEqual([payload, null]);
  });
});

describe("long texts", () => {
  const longest = "x".repeat(32_767);

  it("a text of 32,767 characters, Excel's cell limit, is kept", async () => {
    const project = exampleProject("office-chairs");
    project.card.product = longest;
    const workbook = new MemoryWorkbook();
    await build(workbook, project);
    expect(sheetOf(workbook, "Project").cells.B7?.value).toBe(longest);
    const opened = await read(workbook);
    expect(opened.ok && opened.project.card.product).toBe(longest);
  });

  it("one character more is refused by project validation, at the pane's field", () => {
    const project = exampleProject("office-chairs");
    const evidencePath = "$.goals[1].indicators[0].evidence";
    const indicator = project.goals[1]?.indicators[0];
    if (indicator) indicator.evidence = `${longest}y`;
    const problems = validateProject(project, indexCatalogue(defaultCatalogue()), {
      today: "2026-12-03",
    });
    const tooLong = problems.filter((problem) => problem.code === "text-too-long");
    expect(tooLong.map((problem) => problem.location)).toEqual([
      { kind: "json", path: evidencePath },
    ]);
    expect(tooLong[0]?.message.en).toBe(
      "This text has 32768 characters; an Excel cell holds at most 32767.",
    );
    expect(locateJsonPath(evidencePath, project)?.step).toBe("indicators");
  });

  it("one character more is refused in a project file, with its JSON path", () => {
    const file = validProjectFile();
    file.card.buyer = `${longest}y`;
    const parsed = parseProject(file);
    expect(parsed.project).toBeNull();
    expect(parsed.problems.map((problem) => [problem.code, problem.location])).toEqual([
      ["schema-too-long", { kind: "json", path: "$.card.buyer" }],
    ]);
  });

  it("the in-memory workbook refuses a longer text like Excel, and a paste too", async () => {
    const workbook = new MemoryWorkbook();
    await expect(
      workbook.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[`${longest}y`]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(() => {
      workbook.person.paste("Sheet1", "A1", `${longest}y`);
    }).toThrow(/at most 32767 characters/);
  });
});

describe("other scripts and sizes", () => {
  it("keeps right-to-left names, emoji and combining characters through a round trip", async () => {
    const project = withCustomIndicator();
    project.card.name = "مشروع الكراسي ♻️";
    project.card.buyer = "שרה כהן";
    project.card.stakeholders.push({ name: "👩🏽‍🔧 Technische dienst", role: "e\u0301e\u0301n" });
    const first = project.goals[0]?.indicators[0];
    if (first) Object.assign(first, { name: "Stühle ≥ 10 jaar 🪑", unit: "ερευνα" });
    const workbook = new MemoryWorkbook();
    await build(workbook, project);
    const opened = await read(workbook);
    expect(opened.ok && opened.project).toEqual(project);
    const zip = await JSZip.loadAsync(await exportXlsx(workbook.inspect()));
    const stored = await storedCells(zip, "Project");
    expect(stored.get("B4")?.text).toBe("مشروع الكراسي ♻️");
  });

  it("builds and reads back 1000 indicators", async () => {
    const project = projectWithIndicators(1000);
    const workbook = new MemoryWorkbook();
    await build(workbook, project);
    const opened = await read(workbook);
    expect(opened.ok && opened.project).toEqual(project);
    expect(sheetOf(workbook, "Indicatoren").tables[0]?.address).toMatch(/A3:N1003$/);
  });
});
