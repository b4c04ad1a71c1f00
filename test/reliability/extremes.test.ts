import JSZip from "jszip";
import { defaultCatalogue, indexCatalogue } from "../../src/core/catalogue";
import { parseProject, validateProject, type Project } from "../../src/core/project";
import { exportXlsx } from "../../src/export/export-xlsx";
import { MemoryWorkbook } from "../../src/office/memory";
import { buildWorkbook } from "../../src/office/workbook-actions";
import { locateJsonPath } from "../../src/taskpane/locate-problem";
import { storedCells } from "../export/xlsx-package";
import { build, exampleProject, projectWithIndicators } from "../helpers/workbooks";
import { validProjectFile } from "../helpers/projects";
import { read, rebuild, sheetOf } from "./edit-helpers";

const PAYLOADS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3"];

type Setter = (project: Project, text: string) => void;

const card =
  (field: "name" | "organisation" | "product" | "buyer" | "contractStart" | "contractEnd") =>
  (project: Project, text: string) => {
    project.card[field] = text;
  };
const custom =
  (field: "name" | "unit" | "direction" | "baselineDate" | "endDate" | "evidence") =>
  (project: Project, text: string) => {
    const indicator = project.goals[0]?.indicators[0];
    if (indicator) indicator[field] = text;
  };

// Every text a person types in the pane or the sheets; the first indicator is made custom so
// that its name, unit and direction are written as typed.
const FIELDS: Record<string, Setter> = {
  "project name": card("name"),
  organisation: card("organisation"),
  product: card("product"),
  buyer: card("buyer"),
  "contract start": card("contractStart"),
  "contract end": card("contractEnd"),
  "stakeholder name": (project, text) => {
    const person = project.card.stakeholders[0];
    if (person) person.name = text;
  },
  "stakeholder role": (project, text) => {
    const person = project.card.stakeholders[0];
    if (person) person.role = text;
  },
  "strategy note": (project, text) => {
    const strategy = project.goals[0]?.strategies[0];
    if (strategy) strategy.note = text;
  },
  "indicator name": custom("name"),
  unit: custom("unit"),
  direction: custom("direction"),
  "baseline date": custom("baselineDate"),
  "end date": custom("endDate"),
  evidence: custom("evidence"),
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

/** Every cell of the workbook that holds exactly this text, and whether any is a formula. */
function cellsHolding(workbook: MemoryWorkbook, text: string) {
  const found: string[] = [];
  for (const sheet of workbook.inspect().sheets) {
    for (const [address, cell] of Object.entries(sheet.cells)) {
      if (cell.value === text && cell.formula === null) found.push(`${sheet.name}!${address}`);
      if (cell.formula?.includes(text.slice(1, 8)) && !sheet.name.startsWith("Catalog")) {
        found.push(`formula ${sheet.name}!${address}`);
      }
    }
  }
  return found;
}

const cases = Object.keys(FIELDS).flatMap((field) =>
  PAYLOADS.map((payload): [string, string] => [field, payload]),
);

describe("formula injection: every free-text field keeps a payload as literal text", () => {
  it.each(cases)("%s: %s", async (field, payload) => {
    const project = withCustomIndicator();
    FIELDS[field]?.(project, payload);
    const workbook = new MemoryWorkbook();
    const built = await build(workbook, project);
    const written = cellsHolding(workbook, payload);
    expect(written).toHaveLength(1);
    expect(written[0]).not.toMatch(/^formula/);

    // A rebuild and a read-then-rewrite leave it as it was.
    await rebuild(workbook, built.project, built.project);
    const opened = await read(workbook);
    if (!opened.ok) throw new Error("the workbook reads");
    const rewritten = await buildWorkbook(workbook, {
      project: opened.project,
      base: opened.project,
      catalogue: defaultCatalogue(),
      language: "nl",
      force: true,
    });
    expect(rewritten.ok).toBe(true);
    expect(cellsHolding(workbook, payload)).toEqual(written);
    expect(JSON.stringify(opened.project)).toContain(JSON.stringify(payload).slice(1, -1));

    // The exported file stores it as a string, never as a formula.
    const zip = await JSZip.loadAsync(await exportXlsx(workbook.inspect()));
    const [sheet = "", address = ""] = (written[0] ?? "").split("!");
    const stored = (await storedCells(zip, sheet)).get(address);
    expect(stored?.formula).toBeNull();
    expect(stored?.text).toBe(payload);
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

  it("the in-memory workbook refuses a longer text like Excel, and a person's paste too", async () => {
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
