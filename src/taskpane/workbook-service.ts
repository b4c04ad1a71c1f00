import type { Catalogue } from "../core/catalogue/schema";
import type { Language } from "../core/language";
import type { Project } from "../core/project/model";
import type { ExcelHost } from "../office/excel-host";
import type {
  BuildOutcome,
  CatalogueOutcome,
  ReadOutcome,
  RepairOutcome,
} from "../office/workbook-actions";
import { todayIso } from "./today";

/** What the pane asks of the workbook; tests hand it one backed by the in-memory workbook. */
export interface WorkbookService {
  /** Reads the project in the workbook, with every problem at its cell. */
  read(catalogue: Catalogue): Promise<ReadOutcome>;
  /** Reads the catalogue sheet, checked in full against the catalogue rules. */
  readCatalogue(current: Catalogue, language: Language): Promise<CatalogueOutcome>;
  /** Builds or updates the sheets, merging with what people typed there since `base`. */
  build(
    project: Project,
    base: Project | null,
    language: Language,
    catalogue: Catalogue,
  ): Promise<BuildOutcome>;
  /** Repairs what the last read offered to repair, keeping every typed value, and reads again. */
  repair(catalogue: Catalogue, language: Language): Promise<RepairOutcome>;
}

/** A workbook service that runs the office code against an Excel host. */
export function createWorkbookService(
  host: ExcelHost,
  today: () => string = todayIso,
): WorkbookService {
  // The office code and the workbook layout load on the first read or build, so the
  // pane's first screen does not wait for them.
  const actions = () => import(/* webpackChunkName: "workbook" */ "../office/workbook-actions");
  return {
    read: async (catalogue) => (await actions()).readProject(host, catalogue, today()),
    readCatalogue: async (current, language) =>
      (await actions()).readCatalogueFromWorkbook(host, current, language),
    build: async (project, base, language, catalogue) =>
      (await actions()).buildWorkbook(host, { project, base, language, catalogue }),
    repair: async (catalogue, language) =>
      (await actions()).repairWorkbook(host, catalogue, language, today()),
  };
}
