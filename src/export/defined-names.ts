import type { NameSnapshot, WorkbookSnapshot } from "../office/memory/snapshot";
import { attributes, escapeXml, insertChild } from "./xml";

/** What follows `definedNames` in CT_Workbook's sequence (ECMA-376 Part 1, §18.2.27). */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/**
 * The workbook part with the snapshot's names, workbook-wide and per sheet. They are written
 * here because exceljs keeps only names of cell ranges, and the add-in's names hold
 * constants such as `1` and `"nl"`.
 */
export function addDefinedNames(workbookXml: string, snapshot: WorkbookSnapshot): string {
  const elements = [
    ...snapshot.names.map((name) => definedNameXml(name, undefined)),
    ...snapshot.sheets.flatMap((sheet, index) =>
      sheet.names.map((name) => definedNameXml(name, index)),
    ),
  ].join("");
  if (elements === "") return workbookXml;
  if (workbookXml.includes("</definedNames>")) {
    return workbookXml.replace("</definedNames>", `${elements}</definedNames>`);
  }
  const list = `<definedNames>${elements}</definedNames>`;
  return insertChild(workbookXml, list, AFTER_DEFINED_NAMES);
}

function definedNameXml(name: NameSnapshot, sheetIndex: number | undefined): string {
  const attributeText = attributes({
    name: name.name,
    comment: name.comment || undefined,
    localSheetId: sheetIndex,
    hidden: name.visible ? undefined : "1",
  });
  const formula = name.formula.startsWith("=") ? name.formula.slice(1) : name.formula;
  return `<definedName${attributeText}>${escapeXml(formula)}</definedName>`;
}
