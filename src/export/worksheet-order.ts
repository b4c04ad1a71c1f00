import { insertChild } from "./xml";

/**
 * The children of `worksheet` in the order of CT_Worksheet's sequence (ECMA-376 Part 1,
 * §18.3.1.99 and the schema sml.xsd); a consumer may reject a part whose children are out of
 * this order.
 */
const WORKSHEET_CHILDREN = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/** A child element of `worksheet` that this export inserts. */
export type WorksheetChild = (typeof WORKSHEET_CHILDREN)[number];

/** The worksheet XML with `element` (a `name` element, or several) where the schema wants it. */
export function insertWorksheetChild(xml: string, name: WorksheetChild, element: string): string {
  const followers = WORKSHEET_CHILDREN.slice(WORKSHEET_CHILDREN.indexOf(name) + 1);
  return insertChild(xml, element, followers);
}
