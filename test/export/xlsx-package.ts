import JSZip from "jszip";
import { exportXlsx } from "../../src/export/export-xlsx";
import type { MemoryWorkbook } from "../../src/office/memory";
import type { WorkbookSnapshot } from "../../src/office/memory/snapshot";
import { findAll, parseXml, textOf, type XmlElement } from "./xml-tree";

/** An exported workbook: the snapshot it came from, the bytes and the opened package. */
export interface Exported {
  snapshot: WorkbookSnapshot;
  bytes: Uint8Array;
  zip: JSZip;
}

/** Exports the workbook's snapshot and opens the package. */
export async function exportWorkbook(workbook: MemoryWorkbook): Promise<Exported> {
  const snapshot = workbook.inspect();
  const bytes = await exportXlsx(snapshot);
  return { snapshot, bytes, zip: await JSZip.loadAsync(bytes) };
}

/** The paths of the package's parts (not its folders). */
export function partPaths(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((file) => !file.dir)
    .map((file) => file.name);
}

/** A part parsed; fails when the package lacks it. */
export async function readXml(zip: JSZip, path: string): Promise<XmlElement> {
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return parseXml(await file.async("string"));
}

/** The package path a relationship target names, seen from the part whose rels hold it. */
export function targetPath(relsPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const folders = relsPath
    .replace(/_rels\/[^/]+$/, "")
    .split("/")
    .filter(Boolean);
  for (const step of target.split("/")) {
    if (step === "..") folders.pop();
    else folders.push(step);
  }
  return folders.join("/");
}

/** The relationships of a part, by id, with their targets resolved to package paths. */
export async function relationshipsOf(
  zip: JSZip,
  part: string,
): Promise<Map<string, { type: string; path: string }>> {
  const slash = part.lastIndexOf("/");
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const rels = await readXml(zip, relsPath);
  return new Map(
    findAll(rels, "Relationship").map((item) => [
      item.attributes.Id ?? "",
      {
        type: item.attributes.Type ?? "",
        path: targetPath(relsPath, item.attributes.Target ?? ""),
      },
    ]),
  );
}

/** The worksheet part of the sheet named `name`. */
export async function worksheetPath(zip: JSZip, name: string): Promise<string> {
  const workbook = await readXml(zip, "xl/workbook.xml");
  const sheet = findAll(workbook, "sheet").find((item) => item.attributes.name === name);
  const id = sheet?.attributes["r:id"] ?? "";
  const target = (await relationshipsOf(zip, "xl/workbook.xml")).get(id);
  if (!target) throw new Error(`no worksheet part for ${name}`);
  return target.path;
}

/** A cell as stored: its type attribute, value text, shared string and formula. */
export interface StoredCell {
  type: string | null;
  value: string | null;
  text: string | null;
  formula: string | null;
}

/** The cells of a sheet as its part stores them, by address, shared strings resolved. */
export async function storedCells(zip: JSZip, name: string): Promise<Map<string, StoredCell>> {
  const sheet = await readXml(zip, await worksheetPath(zip, name));
  const strings = findAll(await readXml(zip, "xl/sharedStrings.xml"), "si").map(textOf);
  const cells = new Map<string, StoredCell>();
  for (const cell of findAll(sheet, "c")) {
    const type = cell.attributes.t ?? null;
    const value = cell.children.find((child) => child.name === "v")?.text ?? null;
    const formula = cell.children.find((child) => child.name === "f")?.text ?? null;
    const inline = cell.children.find((child) => child.name === "is");
    const text = type === "s" ? (strings[Number(value)] ?? null) : inline ? textOf(inline) : null;
    cells.set(cell.attributes.r ?? "", { type, value, text, formula });
  }
  return cells;
}
