import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../../src/office/memory";
import { requirementTable } from "../../../src/office/memory/api-sets";
import {
  ClientCollection,
  ClientObject,
  fixedOrigin,
} from "../../../src/office/memory/objects/client-object";
import { BatchSession, type Routed } from "../../../src/office/memory/objects/session";
import { WorkbookModel } from "../../../src/office/memory/model/workbook-model";

const TYPINGS = join(__dirname, "../../../node_modules/@types/office-js/index.d.ts");

/** `[Api set: …]` tags of the Excel classes in the typings, by class and member. */
function typedRequirements(): Map<string, Map<string, string>> {
  const lines = readFileSync(TYPINGS, "utf8").split("\n");
  const start = lines.findIndex((line) => line.startsWith("declare namespace Excel {"));
  const result = new Map<string, Map<string, string>>();
  let members: Map<string, string> | null = null;
  let tag: string | null = null;
  for (const line of lines.slice(start)) {
    if (/^ {4}namespace Interfaces/.test(line)) break;
    const opening = /^ {4}class (\w+) extends/.exec(line);
    if (opening) {
      members = new Map();
      result.set(opening[1] ?? "", members);
    } else if (/^ {4}\}/.test(line)) {
      members = null;
    } else if (members) {
      tag = /\[Api set: ([^\]]+)\]/.exec(line)?.[1]?.trim() ?? tag;
      const member = /^ {8}(?:readonly )?(\w+)\??[(:]/.exec(line)?.[1];
      if (member) {
        if (tag !== null && !members.has(member)) members.set(member, tag);
        tag = null;
      }
    }
  }
  return result;
}

describe("the requirement-set table", () => {
  const typed = typedRequirements();

  it("matches the [Api set] tags of @types/office-js for every plain tag", () => {
    const mismatches: string[] = [];
    for (const [className, members] of requirementTable()) {
      const tags = typed.get(className);
      if (!tags) {
        mismatches.push(`${className} is not a class of the typings`);
        continue;
      }
      for (const [member, tag] of tags) {
        const plain = /^ExcelApi (1\.\d+)$/.exec(tag)?.[1];
        const other = /^ExcelApi(Desktop|Online) /.exec(tag)?.[1];
        const expected = plain ?? other;
        if (expected !== undefined && members.get(member) !== expected) {
          mismatches.push(`${className}.${member}: ${tag} vs ${String(members.get(member))}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("lists every member the typings tag, for the classes it covers", () => {
    const missing: string[] = [];
    for (const [className, members] of requirementTable()) {
      for (const member of typed.get(className)?.keys() ?? []) {
        if (!members.has(member)) missing.push(`${className}.${member}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

// The member guard lets through whatever the proxy object has, so the names the base class uses
// for itself must never be Office.js members, or office code would reach internals.
describe("the proxies' own bookkeeping", () => {
  class Probe extends ClientCollection<WorkbookModel, WorkbookModel, Probe> {
    readonly officeClass = "Probe";
    readonly propertyTable = {};
    protected itemTargets(): WorkbookModel[] {
      return [];
    }
    protected makeItem(): this {
      return this;
    }
  }

  it("uses no name that is an Office.js member of any modelled class", () => {
    const model = new WorkbookModel();
    const never = (value: unknown): value is Routed => value === probe;
    const session = new BatchSession(model, "1.8", () => undefined, never);
    const probe: Probe = new Probe(session, "probe", fixedOrigin(model));
    const names = new Set<string>(Reflect.ownKeys(probe).map(String));
    for (const proto of [ClientObject.prototype, ClientCollection.prototype]) {
      for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
    }
    const officeMembers = ["load", "toJSON", "context", "isNullObject", "items", "constructor"];
    const clashes: string[] = [];
    for (const [className, members] of requirementTable()) {
      for (const name of names) {
        if (!officeMembers.includes(name) && members.has(name))
          clashes.push(`${className}.${name}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("keeps workbook.properties (ExcelApi 1.7) unimplemented rather than internal", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.run(async (context) => {
      expect(() => context.workbook.properties).toThrow("Workbook.properties");
      await context.sync();
    });
  });
});
