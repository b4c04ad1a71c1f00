import { indexCatalogue } from "../catalogue/catalogue-index";
import type { Catalogue } from "../catalogue/schema";
import type { Language } from "../language";
import { workbookTexts } from "../messages/workbook";
import type { Project } from "../project/model";
import { quoteSheetName } from "../util/a1";
import { planAmbitionsSheet } from "./ambitions-sheet";
import { planCatalogueSheet } from "./catalogue-sheet";
import { planDashboardSheet } from "./dashboard-sheet";
import { LAYOUT_VERSION, NAME_KEYS } from "./geometry";
import { indicatorRows, planIndicatorsSheet } from "./indicators-sheet";
import { SHEET_KEYS, type SheetNames, type WorkbookPlan } from "./plan";
import { planProjectSheet } from "./project-sheet";

export interface PlanInput {
  project: Project;
  catalogue: Catalogue;
  language: Language;
  /** The sheet names to use; the defaults of the language when not given. */
  sheetNames?: SheetNames;
}

/** The plan of the whole workbook for a project: five sheets, their tables and names. */
export function buildWorkbookPlan(input: PlanInput): WorkbookPlan {
  const { project, catalogue, language } = input;
  const names = input.sheetNames ?? defaultSheetNames(language);
  const index = indexCatalogue(catalogue);
  const rows = indicatorRows(project, index, language);
  return {
    language,
    layoutVersion: LAYOUT_VERSION,
    sheets: [
      planProjectSheet(project, catalogue, language, names),
      planAmbitionsSheet(project, index, language, names),
      planIndicatorsSheet(rows, index, language, names),
      planDashboardSheet(catalogue, rows, language, names),
      planCatalogueSheet(catalogue, language, names.catalogue),
    ],
    names: [
      {
        name: NAME_KEYS.layoutVersion,
        formula: `=${LAYOUT_VERSION}`,
        comment: "Layout version of the Ambitiekaart add-in's sheets.",
      },
      {
        name: NAME_KEYS.dashboard,
        formula: `=${quoteSheetName(names.dashboard)}!$A$1`,
        comment: "Marks the Ambitiekaart dashboard sheet.",
      },
      {
        name: NAME_KEYS.language,
        formula: `="${language}"`,
        comment: "The language the Ambitiekaart sheets are written in.",
      },
    ],
  };
}

/** The sheet names of a language, before any clash with a person's own sheets. */
export function defaultSheetNames(language: Language): SheetNames {
  const sheets = workbookTexts(language).sheets;
  const names = {} as SheetNames;
  for (const key of SHEET_KEYS) names[key] = sheets[key];
  return names;
}

/**
 * Sheet names that clash with none of `taken` (compared ignoring case, as Excel does):
 * a clashing name gets " (2)", " (3)" … so the person's own sheet keeps its name.
 */
export function resolveSheetNames(wanted: SheetNames, taken: readonly string[]): SheetNames {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const result = {} as SheetNames;
  for (const key of SHEET_KEYS) {
    let name = wanted[key];
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${wanted[key]} (${n})`;
    used.add(name.toLowerCase());
    result[key] = name;
  }
  return result;
}
