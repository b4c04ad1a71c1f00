import { defaultCatalogue } from "../../src/core/catalogue";
import type { Problem } from "../../src/core/problems/problem";
import type { Project } from "../../src/core/project";
import { MemoryWorkbook } from "../../src/office/memory";
import type { SheetSnapshot } from "../../src/office/memory/snapshot";
import {
  buildWorkbook,
  readProject,
  repairWorkbook,
  type BuildOutcome,
  type ReadOutcome,
} from "../../src/office/workbook-actions";
import { build, exampleProject } from "../helpers/workbooks";

export const TODAY = "2026-12-03";

/** A workbook built from an example project, and the project as written. */
export async function builtExample(name = "office-chairs") {
  const workbook = new MemoryWorkbook();
  const built = await build(workbook, exampleProject(name));
  return { workbook, project: built.project };
}

/** Reads the project back as the pane does. */
export function read(workbook: MemoryWorkbook): Promise<ReadOutcome> {
  return readProject(workbook, defaultCatalogue(), TODAY);
}

/** Rebuilds with the pane's project and base, as the pane's update button does. */
export function rebuild(
  workbook: MemoryWorkbook,
  project: Project,
  base: Project | null,
): Promise<BuildOutcome> {
  return buildWorkbook(workbook, { project, base, catalogue: defaultCatalogue(), language: "nl" });
}

/** Applies the repair the pane offers. */
export function repair(workbook: MemoryWorkbook) {
  return repairWorkbook(workbook, defaultCatalogue(), "nl", TODAY);
}

/** Problems as `code Sheet!A1` lines, easy to compare. */
export function located(problems: readonly Problem[]): string[] {
  return problems.map((problem) => {
    const where = problem.location;
    const at = where.kind === "cell" ? `${where.sheet}!${where.address}` : where.kind;
    return `${problem.code} ${at}`;
  });
}

/** A sheet of the workbook as plain data. */
export function sheetOf(workbook: MemoryWorkbook, name: string): SheetSnapshot {
  const found = workbook.inspect().sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/**
 * Every value a person can type on the input sheets, by sheet and address, as text: the
 * cells that hold a constant, not a formula, in the add-in's input tables' rows.
 */
export function typedValues(workbook: MemoryWorkbook): Map<string, string> {
  const values = new Map<string, string>();
  for (const sheet of workbook.inspect().sheets) {
    for (const table of sheet.tables) {
      if (!INPUT_TABLES.has(table.name)) continue;
      const rect = table.address.split("!").pop() ?? "";
      const [, first = "", last = ""] = /^([A-Z]+\d+):([A-Z]+\d+)$/.exec(rect) ?? [];
      const top = Number(first.replace(/[A-Z]+/, ""));
      const bottom = Number(last.replace(/[A-Z]+/, ""));
      for (const [address, cell] of Object.entries(sheet.cells)) {
        const row = Number(address.replace(/[A-Z]+/, ""));
        if (row <= top || row > bottom || cell.formula !== null) continue;
        if (cell.value === "") continue;
        values.set(`${sheet.name}!${address}`, String(cell.value));
      }
    }
  }
  return values;
}

/** The typed values as a sorted list of texts, independent of where they stand. */
export function typedTexts(workbook: MemoryWorkbook): string[] {
  return [...typedValues(workbook).values()].sort();
}

const INPUT_TABLES = new Set(["AK_Project", "AK_Stakeholders", "AK_Strategies", "AK_Indicators"]);
