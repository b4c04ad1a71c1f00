import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultCatalogue, indexCatalogue } from "../../src/core/catalogue";
import type { ProjectFile } from "../../src/core/project";

export const ROOT = join(__dirname, "..", "..");
export const index = indexCatalogue(defaultCatalogue());

/** Parsed JSON of a file under the repository root. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, path), "utf8")) as unknown;
}

/**
 * A small project without any problem: goals A and C, two strategies each, one
 * catalogue indicator each. Tests change one thing in it and look for one problem.
 */
export function validProjectFile(): ProjectFile {
  return {
    format: "ambitiekaart-project" as const,
    version: 1 as const,
    card: {
      name: "Bureaustoelen",
      organisation: "Stad Lindebeek",
      productCategory: "office-furniture",
      product: "Bureaustoelen",
      buyer: "An Peeters",
      contractStart: "2026-01-01",
      contractEnd: "2029-12-31",
      stakeholders: [{ name: "Facilitaire dienst", role: "gebruiker" }],
    },
    goals: [
      {
        goal: "A",
        strategies: [{ number: 4 }, { number: 5 }],
        indicators: [{ id: "A2", baseline: 400, contract: 150, end: null }],
      },
      {
        goal: "C",
        strategies: [{ number: 8 }, { number: 9, note: "Wisselstukken tien jaar" }],
        indicators: [{ id: "C2", baseline: 2, contract: 10, end: null }],
      },
    ],
  };
}
