import { RichApiError } from "../errors";
import type { WorkbookModel } from "../model/workbook-model";

/** The size of one request: its commands (loads included) and their JSON length. */
export interface BatchStats {
  commands: number;
  bytes: number;
}

/** Round trips so far: every `context.sync()` (the final one of `run` too) and its request. */
export interface WorkbookStats {
  syncs: number;
  batches: BatchStats[];
}

/** One queued Office.js command: what it targets, for the request size, and what it does. */
export interface Command {
  target: string;
  member: string;
  args: readonly unknown[];
  run: () => void;
}

/** Something a command's arguments may hold that is sent by reference, like a Range. */
export interface Routed {
  readonly route: string;
}

/**
 * One `Excel.run`: commands queue here and touch the model only at `sync()`, in order. The first
 * failing command stops the rest and rejects the sync; those before it stay applied, as Office.js
 * batches are not transactions.
 */
export class BatchSession {
  private queue: Command[] = [];
  private closed = false;
  /** The request context proxy handed to the batch function. */
  context: unknown = null;

  constructor(
    readonly model: WorkbookModel,
    readonly apiVersion: string,
    private readonly record: (request: BatchStats) => void,
    private readonly isRouted: (value: unknown) => value is Routed,
  ) {}

  /** Queues a command; objects of a finished `run` can no longer queue anything. */
  enqueue(command: Command): void {
    if (this.closed) {
      throw new RichApiError(
        "InvalidObjectPath",
        `${command.target}.${command.member}`,
        "The object belongs to an Excel.run batch that has finished.",
      );
    }
    this.queue.push(command);
  }

  /** True when commands wait for a sync. */
  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Ends the batch: later commands on its objects fail. */
  close(): void {
    this.closed = true;
  }

  /** Sends the queued commands: counts the request, then runs them in order. */
  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    this.record({ commands: commands.length, bytes: this.requestBytes(commands) });
    // A real sync is a round trip; resolving later keeps callers from relying on it being
    // synchronous.
    await Promise.resolve();
    for (const command of commands) command.run();
  }

  // Office.js sends each object path once (its parent's id and one step) and refers to it by
  // id in the actions, so the request is measured that way, not with a full path per command.
  private requestBytes(commands: readonly Command[]): number {
    const paths = new Map<string, number>();
    const pathId = (route: string): number => {
      let parent = 0;
      for (const step of splitRoute(route)) {
        const key = `${parent}|${step}`;
        const known = paths.get(key);
        parent = known ?? paths.size + 1;
        if (known === undefined) paths.set(key, parent);
      }
      return parent;
    };
    const actions = commands.map(({ target, member, args }) => [
      pathId(target),
      member,
      args.map((arg) => this.plain(arg, pathId)),
    ]);
    return JSON.stringify({ paths: [...paths.keys()], actions }).length;
  }

  private plain(value: unknown, pathId: (route: string) => number): unknown {
    if (this.isRouted(value)) return { ref: pathId(value.route) };
    if (Array.isArray(value)) return value.map((item: unknown) => this.plain(item, pathId));
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, this.plain(item, pathId)]),
      );
    }
    return value;
  }
}

/** The steps of a route such as `workbook.worksheets.getItem("A.b").tables`, split at dots
 * outside parentheses and quotes. */
export function splitRoute(route: string): string[] {
  const steps: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < route.length; i++) {
    const char = route[i];
    if (quoted) {
      if (char === "\\") i++;
      else if (char === '"') quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "." && depth === 0) {
      steps.push(route.slice(start, i));
      start = i + 1;
    }
  }
  steps.push(route.slice(start));
  return steps;
}
