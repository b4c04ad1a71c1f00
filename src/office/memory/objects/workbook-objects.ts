import type { WorkbookModel } from "../model/workbook-model";
import { ClientObject, expose, fixedOrigin, type PropertyTable } from "./client-object";
import { NamedItemCollectionObject, type NameScope } from "./named-item-objects";
import type { BatchSession } from "./session";
import { TableCollectionObject, type TableScope } from "./table-objects";
import { WorksheetCollectionObject } from "./worksheet-objects";

/** The `Excel.RequestContext` handed to a batch: its workbook and `sync()`. */
export class RequestContextObject extends ClientObject<WorkbookModel> {
  readonly officeClass = "RequestContext";
  readonly propertyTable: PropertyTable<WorkbookModel> = {};

  /** The workbook of the batch. */
  get workbook(): WorkbookObject {
    return this.navigation("workbook", same, (origin, route) => {
      return new WorkbookObject(this.session, route, origin);
    });
  }

  /** Sends the queued commands and runs them in order. */
  sync(): Promise<void> {
    return this.session.sync();
  }
}

/** The request context proxy of a new batch. */
export function createRequestContext(session: BatchSession): RequestContextObject {
  const context = expose(new RequestContextObject(session, "context", fixedOrigin(session.model)));
  session.context = context;
  return context;
}

/** The Office.js `Workbook`. */
export class WorkbookObject extends ClientObject<WorkbookModel> {
  readonly officeClass = "Workbook";
  readonly propertyTable: PropertyTable<WorkbookModel> = {};

  /** The worksheets. */
  get worksheets(): WorksheetCollectionObject {
    return this.navigation("worksheets", same, (origin, route) => {
      return new WorksheetCollectionObject(this.session, route, origin);
    });
  }

  /** Every table of the workbook. */
  get tables(): TableCollectionObject {
    return this.navigation(
      "tables",
      (model): TableScope => ({ model, sheet: null }),
      (origin, route) => new TableCollectionObject(this.session, route, origin),
    );
  }

  /** The workbook-wide names. */
  get names(): NamedItemCollectionObject {
    return this.navigation(
      "names",
      (model): NameScope => ({ model, scope: null }),
      (origin, route) => new NamedItemCollectionObject(this.session, route, origin),
    );
  }

  /** The Excel application. */
  get application(): ApplicationObject {
    return this.navigation("application", same, (origin, route) => {
      return new ApplicationObject(this.session, route, origin);
    });
  }
}

/** The Office.js `Application`. */
export class ApplicationObject extends ClientObject<WorkbookModel> {
  readonly officeClass = "Application";
  readonly propertyTable: PropertyTable<WorkbookModel> = {};

  /**
   * Pauses calculation until the next sync (ExcelApi 1.6). The in-memory workbook does not
   * calculate, so this only queues the command, which counts in the batch's size.
   */
  suspendApiCalculationUntilNextSync(): void {
    this.command("suspendApiCalculationUntilNextSync", [], () => undefined);
  }
}

function same(model: WorkbookModel): WorkbookModel {
  return model;
}
