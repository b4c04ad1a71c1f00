import type JSZip from "jszip";
import type { WorkbookSnapshot } from "../office/memory/snapshot";
import { conditionalFormatsExtension, conditionalFormatsXml } from "./conditional-formats";
import { dataValidationsXml } from "./data-validations";
import { readPart } from "./package-parts";
import { insertWorksheetChild } from "./worksheet-order";
import { insertChild, startTags, topLevelChildren } from "./xml";

const STYLES = "xl/styles.xml";

/**
 * Adds each sheet's conditional formats and data validations to its worksheet part, and the
 * differential formats of the conditional formats to the shared styles part.
 */
export async function addSheetRules(
  zip: JSZip,
  snapshot: WorkbookSnapshot,
  worksheetParts: ReadonlyMap<string, string>,
): Promise<void> {
  const styles = await readPart(zip, STYLES);
  const firstDxf = startTags(styles, "dxf").length;
  const dxfs: string[] = [];
  for (const [sheetIndex, sheet] of snapshot.sheets.entries()) {
    const part = worksheetParts.get(sheet.name);
    if (!part) throw new Error(`the package has no worksheet part for ${sheet.name}`);
    const formats = conditionalFormatsXml(sheet.conditionalFormats, {
      firstDxf: firstDxf + dxfs.length,
      sheetIndex,
    });
    dxfs.push(...formats.dxfs);
    let xml = await readPart(zip, part);
    if (formats.elements)
      xml = insertWorksheetChild(xml, "conditionalFormatting", formats.elements);
    const validations = dataValidationsXml(sheet.validations);
    if (validations) xml = insertWorksheetChild(xml, "dataValidations", validations);
    if (formats.extensionElements) {
      xml = addExtension(xml, conditionalFormatsExtension(formats.extensionElements));
    }
    zip.file(part, xml);
  }
  if (dxfs.length > 0) zip.file(STYLES, addDxfs(styles, dxfs));
}

/** The worksheet with one more `ext` in its extension list, which is created when missing. */
function addExtension(xml: string, extension: string): string {
  if (!topLevelChildren(xml).some((child) => child.name === "extLst")) {
    return insertWorksheetChild(xml, "extLst", `<extLst>${extension}</extLst>`);
  }
  // The worksheet's own extLst is its last child, so its end tag is the last one.
  const end = xml.lastIndexOf("</extLst>");
  return xml.slice(0, end) + extension + xml.slice(end);
}

/** The styles part with more `dxf` elements, keeping the list's count right. */
function addDxfs(styles: string, dxfs: readonly string[]): string {
  const count = startTags(styles, "dxf").length + dxfs.length;
  const items = dxfs.join("");
  const empty = /<dxfs\b[^>]*\/>/;
  if (empty.test(styles)) return styles.replace(empty, `<dxfs count="${count}">${items}</dxfs>`);
  if (styles.includes("</dxfs>")) {
    return styles
      .replace(/<dxfs\b[^>]*>/, `<dxfs count="${count}">`)
      .replace("</dxfs>", `${items}</dxfs>`);
  }
  // CT_Stylesheet puts dxfs after cellStyles and before these (ECMA-376 Part 1, §18.8.39).
  const list = `<dxfs count="${count}">${items}</dxfs>`;
  return insertChild(styles, list, ["tableStyles", "colors", "extLst"]);
}
