import type { ExcelHost } from "../excel-host";
import { compareVersions } from "./api-sets";
import { inspectWorkbook } from "./inspect";
import { WorkbookModel, type FormulaEvaluator } from "./model/workbook-model";
import { ClientObject } from "./objects/client-object";
import { BatchSession, type BatchStats, type Routed, type WorkbookStats } from "./objects/session";
import { createRequestContext } from "./objects/workbook-objects";
import { PersonActions } from "./person-actions";
import type { WorkbookSnapshot } from "./snapshot";

/** Options of a new in-memory workbook. */
export interface MemoryWorkbookOptions {
  /** The highest ExcelApi requirement set the workbook supports; "1.8" by default. */
  apiVersion?: string;
  /** Computes formula values for `Range.values`; without it formula cells read as "". */
  evaluate?: FormulaEvaluator;
}

/**
 * A headless workbook with Office.js semantics: batches of queued commands, `load` before
 * read, `sync`, and Excel's rules for values, names, tables and protection. It starts with one
 * empty sheet, "Sheet1", like a new Excel workbook.
 */
export class MemoryWorkbook implements ExcelHost {
  /** What a person does in Excel's own interface. */
  readonly person: PersonActions;
  private readonly model: WorkbookModel;
  private readonly apiVersion: string;
  private counts: WorkbookStats = { syncs: 0, batches: [] };

  constructor(options: MemoryWorkbookOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.8";
    this.model = new WorkbookModel(options.evaluate);
    this.model.createSheet("Sheet1");
    this.person = new PersonActions(this.model);
  }

  /** Runs one batch as `Excel.run` does, with a final sync when commands are still queued. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const record = (request: BatchStats) => {
      this.counts.syncs += 1;
      this.counts.batches.push(request);
    };
    const session = new BatchSession(this.model, this.apiVersion, record, isRouted);
    const context = createRequestContext(session) as unknown as Excel.RequestContext;
    try {
      const result = await batch(context);
      if (session.hasPending) await session.sync();
      return result;
    } finally {
      session.close();
    }
  }

  /** True when ExcelApi `version` is at most the workbook's `apiVersion`. */
  supports(version: string): boolean {
    return compareVersions(version, this.apiVersion) <= 0;
  }

  /** Round trips since creation or the last `resetStats()`. */
  get stats(): WorkbookStats {
    return this.counts;
  }

  /** Starts counting round trips afresh. */
  resetStats(): void {
    this.counts = { syncs: 0, batches: [] };
  }

  /** Everything in the workbook as plain data. */
  inspect(): WorkbookSnapshot {
    return inspectWorkbook(this.model);
  }
}

function isRouted(value: unknown): value is Routed {
  return value instanceof ClientObject;
}
