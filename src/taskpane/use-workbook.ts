import { useState, type Dispatch } from "react";
import type { Catalogue } from "../core/catalogue/schema";
import type { Language } from "../core/language";
import type { Problem } from "../core/problems/problem";
import type { Project } from "../core/project/model";
import type { RepairOffer } from "../core/workbook/repair";
import type { ProjectChange } from "./project-changes";
import { withoutBlankStakeholders, type EditorAction, type EditorState } from "./state";
import type { WorkbookService } from "./workbook-service";

/** The things the pane asks of the workbook. */
export type WorkAction = "read" | "build" | "refresh" | "repair";

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
  | { action: "refresh"; changes: ProjectChange[] | null; problems: Problem[] };

/** An action that failed; `detail` holds what went wrong outside Excel, if that was it. */
export interface WorkFailure {
  action: WorkAction;
  problems: Problem[];
  detail: string | null;
}

/** Whether Excel is working, and how the last action ended. */
export interface WorkState {
  busy: WorkAction | null;
  outcome: WorkOutcome | null;
  failure: WorkFailure | null;
}

/** The workbook actions and their state, for the pane. */
export interface WorkbookControl {
  work: WorkState;
  open: () => Promise<void>;
  build: () => Promise<void>;
  refresh: () => Promise<void>;
  repair: () => Promise<void>;
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

const IDLE: WorkState = { busy: null, outcome: null, failure: null };

/**
 * Runs the workbook actions one at a time. The editor state changes only when an action
 * succeeds, so a failure leaves the pane as it was before, with everything typed.
 */
export function useWorkbook(options: WorkbookOptions): WorkbookControl {
  const [work, setWork] = useState<WorkState>(IDLE);
  const run = async (action: WorkAction, task: () => Promise<Ending>) => {
    if (work.busy !== null) return;
    setWork({ ...IDLE, busy: action });
    const ending = await task().catch((error: unknown) => thrown(action, error));
    setWork(
      ending.ok ? { ...IDLE, outcome: ending.outcome } : { ...IDLE, failure: ending.failure },
    );
  };
  return {
    work,
    open: () => run("read", () => openProject(options)),
    build: () => run("build", () => buildProject(options)),
    refresh: () => run("refresh", () => refreshFromWorkbook(options)),
    repair: () => run("repair", () => repairSheets(options)),
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

// A repair writes back the values the sheets hold, so the pane's project stays as it is.
async function repairSheets({ service, catalogue, language }: WorkbookOptions): Promise<Ending> {
  const repaired = await service.repair(catalogue, language);
  if (!repaired.ok) {
    return { ok: false, failure: { action: "repair", problems: repaired.problems, detail: null } };
  }
  const cells = repaired.cellsWritten;
  return {
    ok: true,
    outcome: { action: "repair", repaired: repaired.repaired, cells, problems: [] },
  };
}

async function buildProject(options: WorkbookOptions): Promise<Ending> {
  const { service, editor, dispatch, language, catalogue } = options;
  const sent = editor.project;
  const written = withoutBlankStakeholders(sent);
  const built = await service.build(written, editor.base, language, catalogue);
  if (!built.ok) {
    return { ok: false, failure: { action: "build", problems: built.problems, detail: null } };
  }
  dispatch({ type: "written", sent, result: built.project });
  const sheets = Object.values(built.sheetNames);
  const outcome = { sheets, cells: built.cellsWritten, problems: built.problems };
  return { ok: true, outcome: { action: "build", ...outcome } };
}

async function refreshFromWorkbook(options: WorkbookOptions): Promise<Ending> {
  const { service, editor, dispatch, catalogue } = options;
  const sent = editor.project;
  const read = await service.read(catalogue);
  if (!read.ok) return unread("refresh", read.problems);
  // The merge code loads with the first refresh, not with the pane's first screen.
  const { refreshProject } = await import(/* webpackChunkName: "workbook" */ "./refresh");
  const result = refreshProject(sent, editor.base, read.project, read.cells, read.unread);
  dispatch({ type: "refreshed", sent, merged: result.project, base: read.project });
  const problems = [...result.conflicts, ...read.problems];
  return { ok: true, outcome: { action: "refresh", changes: result.changes, problems } };
}

// A workbook without the add-in's sheets is an answer, not a failure; a failed Excel call is.
function unread(action: "read" | "refresh", problems: Problem[]): Ending {
  if (problems.some((problem) => problem.code === "excel-failed")) {
    return { ok: false, failure: { action, problems, detail: null } };
  }
  const outcome: WorkOutcome =
    action === "read"
      ? { action, project: null, problems, repair: null }
      : { action, changes: null, problems };
  return { ok: true, outcome };
}

function thrown(action: WorkAction, error: unknown): Ending {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, failure: { action, problems: [], detail } };
}
