import { useCallback, useMemo, useRef, useState } from "react";
import type { ExcelHost } from "../../office/excel-host";
import { MemoryWorkbook, type WorkbookSnapshot } from "../../office/memory";
import { FormulaEngine } from "../engine/formula-engine";

/** The in-memory workbook the page shows, and what follows from it. */
export interface WorkbookSession {
  workbook: MemoryWorkbook;
  /** The workbook as the pane reaches it: every batch it runs refreshes the view. */
  host: ExcelHost;
  snapshot: WorkbookSnapshot;
  engine: FormulaEngine;
  /** Changes whenever another workbook is opened, so the pane starts afresh. */
  paneKey: number;
  /** Shows a workbook as if it had just been opened. */
  open: (workbook: MemoryWorkbook) => void;
  /** Redraws after a change made outside the pane. */
  changed: () => void;
}

/** Holds the in-memory workbook; the snapshot and its formulas are recomputed on each change. */
export function useWorkbookSession(initial: () => MemoryWorkbook): WorkbookSession {
  const [state, setState] = useState(() => ({ workbook: initial(), version: 0, paneKey: 0 }));
  const current = useRef(state.workbook);
  current.current = state.workbook;
  const changed = useCallback(() => {
    setState((previous) => ({ ...previous, version: previous.version + 1 }));
  }, []);
  const open = useCallback((workbook: MemoryWorkbook) => {
    setState((previous) => ({
      workbook,
      version: previous.version + 1,
      paneKey: previous.paneKey + 1,
    }));
  }, []);
  const host = useMemo<ExcelHost>(() => {
    const workbook = state.workbook;
    return {
      run: async (batch) => {
        try {
          return await workbook.run(batch);
        } finally {
          // A batch of a workbook that was replaced meanwhile changes nothing on screen.
          if (current.current === workbook) changed();
        }
      },
      supports: (version) => workbook.supports(version),
    };
  }, [state.workbook, changed]);
  // The version is what tells a new snapshot is due; the workbook object itself stays.
  const snapshot = useMemo(() => state.workbook.inspect(), [state.workbook, state.version]);
  const engine = useMemo(() => new FormulaEngine(snapshot), [snapshot]);
  return {
    workbook: state.workbook,
    host,
    snapshot,
    engine,
    paneKey: state.paneKey,
    open,
    changed,
  };
}
