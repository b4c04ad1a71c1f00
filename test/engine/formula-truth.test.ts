import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultCatalogue, indexCatalogue } from "../../src/core/catalogue";
import { computeProjectProgress } from "../../src/core/progress";
import type { Project } from "../../src/core/project";
import { exportXlsx } from "../../src/export/export-xlsx";
import { nearlyEqual, sameIndicator, statusOf } from "../helpers/progress";
import { buildFormulaCases, measurementCases } from "../helpers/workbooks";
import { csvNumber, recalculateToCsv } from "./libreoffice";

// The progress a stakeholder sees comes from the workbook's formulas. Here LibreOffice
// recalculates exported workbooks, and every computed cell is compared with src/core.
const catalogue = defaultCatalogue();
const index = indexCatalogue(catalogue);

interface Case {
  file: string;
  project: Project;
}

let folder = "";
let cases: Case[] = [];
let sheets = new Map<string, Map<string, string[][]>>();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "ambitiekaart-engine-"));
  cases = [];
  for (const { name, project, workbook } of await buildFormulaCases()) {
    workbook.person.deleteSheet("Sheet1");
    const file = join(folder, `${name}.xlsx`);
    writeFileSync(file, await exportXlsx(workbook.inspect()));
    cases.push({ file, project });
  }
  sheets = recalculateToCsv(
    cases.map((entry) => entry.file),
    folder,
  );
}, 300_000);

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function sheet(file: string, name: string): string[][] {
  const found = sheets.get(file)?.get(name);
  if (!found) throw new Error(`LibreOffice wrote no sheet ${name} for ${file}`);
  return found;
}

describe("formulas recalculated by LibreOffice match src/core/progress", () => {
  it("has at least 30 measurement cases besides the examples", () => {
    const count = measurementCases().goals.reduce((sum, goal) => sum + goal.indicators.length, 0);
    expect(count).toBeGreaterThanOrEqual(30);
  });

  it("computes ambition, realised change, progress and status of every indicator", () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const { file, project } of cases) {
      const expected = computeProjectProgress(project, index).indicators;
      const rows = sheet(file, "Indicatoren").slice(3);
      expected.forEach((row, i) => {
        const cells = rows[i] ?? [];
        const actual = {
          ambition: csvNumber(cells[10]),
          realisedChange: csvNumber(cells[11]),
          progress: csvNumber(cells[12]),
          status: statusOf(cells[13] ?? ""),
        };
        compared += 1;
        if (!sameIndicator(actual, row))
          mismatches.push(`${file} row ${i + 4}: ${JSON.stringify({ actual, row })}`);
      });
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(38);
  });

  it("computes the strategy-supports-goal check", () => {
    const mismatches: string[] = [];
    for (const { file, project } of cases) {
      const rows = sheet(file, "Ambities").slice(3);
      const pairs = project.goals.flatMap((goal) =>
        goal.strategies.map((strategy) => ({ goal: goal.goal, number: strategy.number })),
      );
      pairs.forEach((pair, i) => {
        const supports = index.strategies.get(pair.number)?.goals.includes(pair.goal) ?? false;
        const word = supports ? "ja" : "nee";
        if (rows[i]?.[3] !== word)
          mismatches.push(`${file} ${pair.goal}${pair.number}: ${rows[i]?.[3] ?? ""}`);
      });
    }
    expect(mismatches).toEqual([]);
    const measured = sheet(cases[2]?.file ?? "", "Ambities").slice(3);
    expect(measured.some((row) => row[3] === "nee")).toBe(true);
  });

  it("computes goal progress and project progress on the dashboard", () => {
    const mismatches: string[] = [];
    for (const { file, project } of cases) {
      const progress = computeProjectProgress(project, index);
      const rows = sheet(file, "Dashboard");
      for (const goal of catalogue.goals) {
        const row = rows.slice(6, 11).find((cells) => cells[0] === goal.letter);
        const actual = csvNumber(row?.[15]);
        const expected = progress.goals.find((entry) => entry.goal === goal.letter)?.progress;
        if (!nearlyEqual(actual, expected ?? null))
          mismatches.push(`${file} ${goal.letter}: ${actual}`);
      }
      const actual = csvNumber(rows[2]?.[1]);
      if (!nearlyEqual(actual, progress.project)) mismatches.push(`${file} project: ${actual}`);
    }
    expect(mismatches).toEqual([]);
  });
});
