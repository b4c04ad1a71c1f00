import type JSZip from "jszip";
import type { WorkbookSnapshot } from "../office/memory/snapshot";
import { readPart } from "./package-parts";
import { readAttributes, startTags } from "./xml";

const AUTO_FILTER = /<autoFilter\b[^>]*\/>|<autoFilter\b[^>]*>[\s\S]*?<\/autoFilter>/;

/**
 * Removes the filter buttons of tables that have none. A table shows them when its part has
 * an `autoFilter` element, which exceljs always writes.
 */
export async function hideFilterButtons(zip: JSZip, snapshot: WorkbookSnapshot): Promise<void> {
  const hidden = new Set(
    snapshot.sheets
      .flatMap((sheet) => sheet.tables)
      .filter((table) => !table.showFilterButton)
      .map((table) => table.name),
  );
  if (hidden.size === 0) return;
  const parts = Object.keys(zip.files).filter((path) => /^xl\/tables\/[^/]+\.xml$/.test(path));
  for (const part of parts) {
    const xml = await readPart(zip, part);
    const name = readAttributes(startTags(xml, "table")[0] ?? "").name ?? "";
    if (hidden.has(name)) zip.file(part, xml.replace(AUTO_FILTER, ""));
  }
}
