import type JSZip from "jszip";
import { attributes, escapeXml, readAttributes, startTags, XML_DECLARATION } from "./xml";

/** Relationship types of the parts this module adds (ECMA-376 Part 1, §15.2). */
export const RELATIONSHIP = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The text of a part; fails when the package lacks it. */
export async function readPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`the package has no part ${path}`);
  return file.async("string");
}

/** The worksheet part of each sheet, by sheet name, read from the workbook and its rels. */
export async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await readPart(zip, "xl/workbook.xml");
  const rels = await readPart(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map(
    startTags(rels, "Relationship").map((tag) => {
      const { Id = "", Target = "" } = readAttributes(tag);
      return [Id, resolveTarget("xl/workbook.xml", Target)];
    }),
  );
  const parts = new Map<string, string>();
  for (const tag of startTags(workbook, "sheet")) {
    const { name = "", "r:id": id = "" } = readAttributes(tag);
    const part = targets.get(id);
    if (part) parts.set(name, part);
  }
  return parts;
}

/** The package path a relationship target names, seen from the part that holds it. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const folders = source.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") folders.pop();
    else if (step !== ".") folders.push(step);
  }
  return folders.join("/");
}

/** The relationship target of `part` as seen from the part `source`. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let shared = 0;
  while (shared < from.length && from[shared] === to[shared]) shared += 1;
  return [...from.slice(shared).map(() => ".."), ...to.slice(shared)].join("/");
}

/** The rels part that holds the relationships of `part`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Adds a relationship from `source` to `target` (relative to source) and returns its id. */
export async function addRelationship(
  zip: JSZip,
  source: string,
  type: string,
  target: string,
): Promise<string> {
  const path = relsPathOf(source);
  const existing = zip.file(path) ? await readPart(zip, path) : emptyRelationships();
  const taken = new Set(startTags(existing, "Relationship").map((tag) => readAttributes(tag).Id));
  let number = taken.size + 1;
  while (taken.has(`rId${number}`)) number += 1;
  const id = `rId${number}`;
  const element = `<Relationship${attributes({ Id: id, Type: type, Target: target })}/>`;
  zip.file(path, existing.replace("</Relationships>", `${element}</Relationships>`));
  return id;
}

function emptyRelationships(): string {
  return `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}"></Relationships>`;
}

/** Declares the content type of new parts with an Override each. */
export async function addContentTypes(
  zip: JSZip,
  overrides: readonly { part: string; contentType: string }[],
): Promise<void> {
  const path = "[Content_Types].xml";
  const types = await readPart(zip, path);
  const elements = overrides
    .map(({ part, contentType }) => {
      return `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`;
    })
    .join("");
  zip.file(path, types.replace("</Types>", `${elements}</Types>`));
}

/** The lowest number n from `first` on for which `prefix + n + suffix` is not in the package. */
export function freeNumber(zip: JSZip, prefix: string, suffix: string, first = 1): number {
  let number = first;
  while (zip.file(`${prefix}${number}${suffix}`)) number += 1;
  return number;
}
