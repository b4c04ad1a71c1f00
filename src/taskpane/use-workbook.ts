import { useState, type Dispatch } from "react";
import type { Catalogue } from "../core/catalogue/schema";
import type { Language } from "../core/language";
import type { Problem } from "../core/problems/problem";
import type { Project } from "../core/project/model";
import type { RepairOffer } from "../core/workbook/repair";
import type { ReadOutcome } from "../office/workbook-actions";
import type { ProjectChange } from "./project-changes";
import { withoutBlankStakeholders, type EditorAction, type EditorState } from "./state";
import type { WorkbookService } from "./workbook-service";

/** The things the pane asks of the workbook. */
export type WorkAction = "read" | "build" | "refresh" | "repair";

/** The actions whose outcome can offer a repair; the repair's own outcome shows there too. */
export type OfferPlace = Exclude<WorkAction, "repair">;

/** What an action that reached the workbook found or did. */
export type WorkOutcome =
  | {
      action: "read";
      project: Project | null;
      problems: Problem[];
      /** What a repair would change, when one is safe. */
      repair: RepairOffer | null;
    }
  | { action: "repair"; repaired: RepairOffer; cells: number; problems: Problem[] }
  | { action: "build"; sheets: string[]; cells: number; problems: Problem[] }
  | {
      action: "refresh";
      changes: ProjectChange[] | null;
      problems: Problem[];
      repair: RepairOffer | null;
    };

/** An action that failed; `detail` holds what went wrong outside Excel, if that was it. */
export interface WorkFailure {
  action: WorkAction;
  problems: Problem[];
  detail: string | null;
  /** A repair that removes the reason of a refused update, when one is safe. */
  repair: RepairOffer | null;
}

/** Whether Excel is working, and how the last action ended. */
export interface WorkState {
  busy: WorkAction | null;
  outcome: WorkOutcome | null;
  failure: WorkFailure | null;
  /** Where the last repair was offered, so its progress and result appear there. */
  offeredAt: OfferPlace;
}

/** The workbook actions and their state, for the pane. */
export interface WorkbookControl {
  work: WorkState;
  open: () => Promise<void>;
  build: () => Promise<void>;
  refresh: () => Promise<void>;
  repair: (offeredAt: OfferPlace) => Promise<void>;
  dismiss: () => void;
}

export interface WorkbookOptions {
  service: WorkbookService;
  editor: EditorState;
  dispatch: Dispatch<EditorAction>;
  catalogue: Catalogue;
  language: Language;
}

type Ending = { ok: true; outcome: WorkOutcome } | { ok: false; failure: WorkFailure };

const IDLE: WorkState = { busy: null, outcome: null, failure: null, offeredAt: "read" };

/**
 * Runs the workbook actions one at a time. The editor state changes only when an action
 * succeeds, so a failure leaves the pane as it was before, with everything typed.
 */
export function useWorkbook(options: WorkbookOptions): WorkbookControl {
  const [work, setWork] = useState<WorkState>(IDLE);
  const run = async (
    action: WorkAction,
    task: () => Promise<Ending>,
    offeredAt = IDLE.offeredAt,
  ) => {
    if (work.busy !== null) return;
    const start = { ...IDLE, offeredAt };
    setWork({ ...start, busy: action });
    const ending = await task().catch((error: unknown) => thrown(action, error));
    setWork(
      ending.ok ? { ...start, outcome: ending.outcome } : { ...start, failure: ending.failure },
    );
  };
  return {
    work,
    open: () => run("read", () => openProject(options)),
    build: () => run("build", () => buildProject(options)),
    refresh: () => run("refresh", () => refreshFromWorkbook(options)),
    repair: (offeredAt) => run("repair", () => repairSheets(options), offeredAt),
    dismiss: () => {
      setWork((state) => ({ ...state, failure: null }));
    },
  };
}

async function openProject({ service, catalogue, dispatch }: WorkbookOptions): Promise<Ending> {
  const read = await service.read(catalogue);
  if (!read.ok) return unread("read", read.problems);
  dispatch({ type: "loaded", project: read.project });
  const { project, problems, repair } = read;
  return { ok: true, outcome: { action: "read", project, problems, repair } };
}

// A repair writes back the values the sheets hold and reads them again in the same run; the
// pane takes that read as a refresh does, so what the person typed in the pane stays.
async function repairSheets(options: WorkbookOptions): Promise<Ending> {
  const { service, catalogue, language } = options;
  const repaired = await service.repair(catalogue, language);
  if (!repaired.ok) return failed("repair", repaired.problems);
  const { read } = repaired;
  const problems = read.ok ? (await takeRead(options, read)).problems : read.problems;
  const cells = repaired.cellsWritten;
  return { ok: true, outcome: { action: "repair", repaired: repaired.repaired, cells, problems } };
}

async function buildProject(options: WorkbookOptions): Promise<Ending> {
  const { service, editor, dispatch, language, catalogue } = options;
  const sent = editor.project;
  const written = withoutBlankStakeholders(sent);
  const built = await service.build(written, editor.base, language, catalogue);
  if (!built.ok) return failed("build", built.problems, built.repair ?? null);
  dispatch({ type: "written", sent, result: built.project });
  const sheets = Object.values(built.sheetNames);
  const outcome = { sheets, cells: built.cellsWritten, problems: built.problems };
  return { ok: true, outcome: { action: "build", ...outcome } };
}

async function refreshFromWorkbook(options: WorkbookOptions): Promise<Ending> {
  const read = await options.service.read(options.catalogue);
  if (!read.ok) return unread("refresh", read.problems);
  const { changes, problems } = await takeRead(options, read);
  return { ok: true, outcome: { action: "refresh", changes, problems, repair: read.repair } };
}

type ProjectRead = Extract<ReadOutcome, { ok: true }>;

// Merges the project read from the sheets into the pane's, keeping what the person typed.
async function takeRead({ editor, dispatch }: WorkbookOptions, read: ProjectRead) {
  const sent = editor.project;
  // The merge code loads with the first refresh, not with the pane's first screen.
  const { refreshProject } = await import(/* webpackChunkName: "workbook" */ "./refresh");
  const result = refreshProject(sent, editor.base, read.project, read.cells, read.unread);
  dispatch({ type: "refreshed", sent, merged: result.project, base: read.project });
  return { changes: result.changes, problems: [...result.conflicts, ...read.problems] };
}

// A workbook without the add-in's sheets is an answer, not a failure; a failed Excel call is.
function unread(action: "read" | "refresh", problems: Problem[]): Ending {
  if (problems.some((problem) => problem.code === "excel-failed")) return failed(action, problems);
  const outcome: WorkOutcome =
    action === "read"
      ? { action, project: null, problems, repair: null }
      : { action, changes: null, problems, repair: null };
  return { ok: true, outcome };
}

function thrown(action: WorkAction, error: unknown): Ending {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, failure: { action, problems: [], detail, repair: null } };
}

function failed(action: WorkAction, problems: Problem[], repair: RepairOffer | null = null) {
  const failure: WorkFailure = { action, problems, detail: null, repair };
  return { ok: false, failure } as const;
}
