import { isRequirementMet, requirementName, requirementOf } from "../api-sets";
import {
  invalidArgument,
  itemNotFound,
  notImplemented,
  propertyNotLoaded,
  RichApiError,
} from "../errors";
import type { WorkbookModel } from "../model/workbook-model";
import type { BatchSession } from "./session";

/** How a proxy reads and writes one scalar property of its model target. */
export interface PropertySpec<T> {
  get?: (target: T, model: WorkbookModel) => unknown;
  set?: (target: T, value: unknown, location: string, model: WorkbookModel) => void;
}

/** The scalar properties of one proxy class. */
export type PropertyTable<T> = Readonly<Record<string, PropertySpec<T>>>;

/** Where a proxy's model target comes from, and whether it is a null object. */
export interface Origin<T> {
  resolve: () => T;
  isNull: () => boolean;
}

/** The result of the command that created a proxy, filled when that command runs. */
export class Slot<T> {
  private state: "pending" | "ready" | "null" = "pending";
  private value: T | null = null;

  /** Records the command's result; null makes the proxy a null object. */
  fill(value: T | null): void {
    this.value = value;
    this.state = value === null ? "null" : "ready";
  }

  /** An origin reading this slot; `location` names the creating call in errors. */
  origin(className: string, location: string): Origin<T> {
    return {
      resolve: () => {
        if (this.state === "pending" || this.value === null) {
          throw itemNotFound(location, "The object was not found when its command ran.");
        }
        return this.value;
      },
      isNull: () => {
        if (this.state === "pending") throw propertyNotLoaded(className, "isNullObject");
        return this.state === "null";
      },
    };
  }
}

/** An origin for a proxy whose target is already known. */
export function fixedOrigin<T>(value: T): Origin<T> {
  return { resolve: () => value, isNull: () => false };
}

/** Arguments that load accepts: names, a list of names, or Office's select/expand object. */
export type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

/**
 * The base of every proxy: queues commands, loads properties into a snapshot taken when the
 * load command runs, and refuses reads of properties that were not loaded.
 */
export abstract class ClientObject<T> {
  /** The Office.js class this proxy stands for, such as "Range". */
  abstract readonly officeClass: string;
  /** Its scalar properties. */
  abstract readonly propertyTable: PropertyTable<T>;
  readonly loadedValues = new Map<string, unknown>();
  readonly children = new Map<string, unknown>();

  constructor(
    readonly session: BatchSession,
    readonly route: string,
    readonly origin: Origin<T>,
  ) {}

  /** The workbook behind the batch. */
  get model(): WorkbookModel {
    return this.session.model;
  }

  /** The request context of the batch, as Office.js objects expose it. */
  get context(): unknown {
    return this.session.context;
  }

  /** True for a missing item returned by an `*OrNullObject` method, once its sync ran. */
  get isNullObject(): boolean {
    return this.origin.isNull();
  }

  /** Queues loading of properties ("a,b", ["a"], "items/a" on collections, none for all). */
  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.enqueue("load", [spec ?? null], () => {
      this.applyLoad(paths);
    });
    return this;
  }

  /** The loaded properties as plain data, as Office.js `toJSON` gives them. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }

  /** Reads a loaded property, or PropertyNotLoaded with Office's wording. */
  readLoaded(name: string): unknown {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(this.officeClass, name);
    return this.loadedValues.get(name);
  }

  /** Queues setting a property. */
  writeProperty(name: string, value: unknown): void {
    const spec = this.propertyTable[name];
    if (!spec?.set) {
      throw invalidArgument(`${this.officeClass}.${name}`, `${name} is read-only.`);
    }
    const set = spec.set;
    const copy = copyArgument(value);
    this.command(name, [copy], (target, location) => {
      set(target, copy, location, this.model);
    });
  }

  /** Loads paths (all scalar properties when empty) from the target, now. */
  applyLoad(paths: readonly string[]): void {
    if (this.origin.isNull()) return;
    const target = this.liveTarget(`${this.officeClass}.load`);
    const names = paths.length > 0 ? paths : this.scalarNames();
    for (const path of names) this.loadPath(target, path);
  }

  /** Queues a command that runs against this proxy's target. */
  protected command(
    member: string,
    args: readonly unknown[],
    run: (target: T, location: string) => void,
  ): void {
    const location = `${this.officeClass}.${member}`;
    this.enqueue(member, args, () => {
      run(this.liveTarget(location), location);
    });
  }

  /** The target, or ItemNotFound when it (or its sheet) was deleted since. */
  protected liveTarget(location: string): T {
    const target = this.origin.resolve();
    if (isRemoved(target)) throw itemNotFound(location, "The object was deleted.");
    return target;
  }

  /**
   * Queues a method that returns an object: the returned proxy exists at once and its target
   * is filled when the command runs (null for a null object).
   */
  protected spawn<C, P extends ClientObject<C>>(
    member: string,
    args: readonly unknown[],
    compute: (target: T, location: string) => C | null,
    make: (origin: Origin<C>, route: string) => P,
  ): P {
    const slot = new Slot<C>();
    const location = `${this.officeClass}.${member}`;
    const route = `${this.route}.${member}(${args.map(describeArgument).join(",")})`;
    const child = expose(make(slot.origin(this.officeClass, location), route));
    this.enqueue(member, args, () => {
      slot.fill(compute(this.liveTarget(location), location));
    });
    return child;
  }

  /** A navigation property's proxy (such as `range.format`), made once and kept. */
  protected navigation<C, P extends ClientObject<C>>(
    name: string,
    derive: (target: T) => C,
    make: (origin: Origin<C>, route: string) => P,
  ): P {
    const known = this.children.get(name) as P | undefined;
    if (known) return known;
    const origin: Origin<C> = {
      resolve: () => derive(this.origin.resolve()),
      isNull: () => this.origin.isNull(),
    };
    const child = expose(make(origin, `${this.route}.${name}`));
    this.children.set(name, child);
    return child;
  }

  /** Queues a command with this proxy's route. */
  protected enqueue(member: string, args: readonly unknown[], run: () => void): void {
    this.session.enqueue({ target: this.route, member, args, run });
  }

  private scalarNames(): string[] {
    return Object.keys(this.propertyTable).filter((name) => {
      const requirement = requirementOf(this.officeClass, name);
      const met =
        requirement === undefined || isRequirementMet(requirement, this.session.apiVersion);
      return met && this.propertyTable[name]?.get !== undefined;
    });
  }

  private loadPath(target: T, path: string): void {
    const [head = "", ...rest] = path.split("/");
    const get = this.propertyTable[head]?.get;
    if (get && rest.length === 0) {
      checkRequirement(this.officeClass, head, this.session.apiVersion);
      this.loadedValues.set(head, copyArgument(get(target, this.model)));
      return;
    }
    const child: unknown = (this as unknown as Record<string, unknown>)[head];
    if (!(child instanceof ClientObject)) {
      throw invalidArgument(`${this.officeClass}.load`, `"${path}" is not a loadable property.`);
    }
    child.applyLoad(rest.length > 0 ? [rest.join("/")] : []);
  }
}

/**
 * A collection proxy: `items` holds one proxy per item after a load, each with the loaded
 * properties ("items/name,items/position", or just "name").
 */
export abstract class ClientCollection<T, I, P extends ClientObject<I>> extends ClientObject<T> {
  loadedItems: P[] | null = null;

  /** The loaded items; PropertyNotLoaded before a load and a sync. */
  get items(): P[] {
    if (this.loadedItems === null) throw propertyNotLoaded(this.officeClass, "items");
    return this.loadedItems;
  }

  /** The collection's current model items. */
  protected abstract itemTargets(target: T): I[];

  /** A proxy for one item. */
  protected abstract makeItem(item: I, index: number): P;

  override applyLoad(paths: readonly string[]): void {
    if (this.origin.isNull()) return;
    const own = paths.filter((path) => this.propertyTable[path] !== undefined);
    const forItems = paths
      .filter((path) => !own.includes(path))
      .map((path) => path.replace(/^items\/?/, ""))
      .filter((path) => path !== "");
    if (own.length > 0) super.applyLoad(own);
    const target = this.liveTarget(`${this.officeClass}.load`);
    this.loadedItems = this.itemTargets(target).map((item, index) => {
      const proxy = expose(this.makeItem(item, index));
      proxy.applyLoad(forItems);
      return proxy;
    });
  }
}

/** `OfficeExtension.ClientResult`: a value returned by a method, readable after the sync. */
export class ClientResult<V> {
  private filled = false;
  private result: V | null = null;

  constructor(private readonly location: string) {}

  /** The value; PropertyNotLoaded before the sync that computes it. */
  get value(): V {
    if (!this.filled) throw propertyNotLoaded(this.location, "value");
    return this.result as V;
  }

  /** Sets the value when the command runs. */
  fill(value: V): void {
    this.result = value;
    this.filled = true;
  }
}

// Model objects carry a `removed` flag; ranges, columns, rows, axes and sheet names point at a
// sheet, table or chart that carries one.
function isRemoved(target: unknown, depth = 0): boolean {
  if (typeof target !== "object" || target === null || depth > 2) return false;
  if ("removed" in target && target.removed === true) return true;
  const parents = [
    "sheet" in target ? target.sheet : null,
    "table" in target ? target.table : null,
    "chart" in target ? target.chart : null,
    "scope" in target ? target.scope : null,
  ];
  return parents.some((parent) => isRemoved(parent, depth + 1));
}

function parseLoadSpec(spec: LoadSpec): string[] {
  if (!spec) return [];
  if (typeof spec === "string") return splitNames(spec);
  if (Array.isArray(spec)) return spec.flatMap(splitNames);
  return [...splitNames(spec.select ?? ""), ...splitNames(spec.expand ?? "")];
}

function splitNames(text: string): string[] {
  return text
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

function describeArgument(value: unknown): string {
  if (value instanceof ClientObject) return value.route;
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/** A copy of an argument taken when it is queued; proxies inside stay references. */
export function copyArgument(value: unknown): unknown {
  if (value instanceof ClientObject) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => copyArgument(item));
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).map(([key, item]) => [key, copyArgument(item)]);
    return Object.fromEntries(entries);
  }
  return value;
}

/** ApiNotFound when a member needs a newer requirement set than the workbook supports. */
export function checkRequirement(className: string, member: string, apiVersion: string): void {
  const requirement = requirementOf(className, member);
  if (requirement === undefined || isRequirementMet(requirement, apiVersion)) return;
  throw new RichApiError(
    "ApiNotFound",
    `${className}.${member}`,
    `${className}.${member} needs ${requirementName(requirement)}; this workbook supports ` +
      `ExcelApi ${apiVersion}.`,
  );
}

// Members JavaScript itself probes (await, Jest's matchers, util.inspect) that Office.js
// objects do not have; answering undefined keeps those tools working.
const PROBED = new Set([
  "then",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "inspect",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "_isMockFunction",
]);

/**
 * Wraps a proxy so that a member the in-memory workbook does not implement throws NotImplemented
 * and a member newer than the supported ExcelApi version throws ApiNotFound, instead of reading
 * as undefined.
 */
export function expose<P extends object>(object: P): P {
  return new Proxy(object, MEMBER_GUARD as ProxyHandler<P>);
}

/** What the member guard needs of a proxy, whatever its target type. */
interface Guarded {
  readonly officeClass: string;
  readonly session: BatchSession;
  readonly propertyTable: Readonly<Record<string, { get?: unknown; set?: unknown }>>;
  readLoaded(name: string): unknown;
  writeProperty(name: string, value: unknown): void;
}

const MEMBER_GUARD: ProxyHandler<Guarded> = {
  get(target, name, receiver) {
    if (typeof name === "symbol") return Reflect.get(target, name, receiver) as unknown;
    checkRequirement(target.officeClass, name, target.session.apiVersion);
    if (target.propertyTable[name]?.get) return target.readLoaded(name);
    if (name in target) return Reflect.get(target, name, receiver) as unknown;
    if (PROBED.has(name)) return undefined;
    throw missingMember(target.officeClass, name);
  },
  set(target, name, value, receiver) {
    if (typeof name === "symbol") return Reflect.set(target, name, value, receiver);
    checkRequirement(target.officeClass, name, target.session.apiVersion);
    if (target.propertyTable[name]) {
      target.writeProperty(name, value);
      return true;
    }
    if (requirementOf(target.officeClass, name) === undefined && Object.hasOwn(target, name)) {
      return Reflect.set(target, name, value, receiver);
    }
    throw missingMember(target.officeClass, name);
  },
};

function missingMember(className: string, name: string): RichApiError {
  const known = requirementOf(className, name) !== undefined;
  const detail = known
    ? `The in-memory workbook does not implement ${className}.${name}.`
    : `${className}.${name} is not a member the in-memory workbook knows.`;
  return notImplemented(`${className}.${name}`, detail);
}
