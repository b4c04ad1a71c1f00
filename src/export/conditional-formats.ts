import type { ConditionalFormatSnapshot, ConditionalLookSnapshot } from "../office/memory/snapshot";
import { argb } from "./cell-style";
import { attributes, escapeXml } from "./xml";

/** A sheet's conditional formats as SpreadsheetML, and the differential formats they use. */
export interface ConditionalFormatsXml {
  /** `conditionalFormatting` elements. */
  elements: string;
  /** `x14:conditionalFormatting` elements, for icon sets only Excel 2010's extension has. */
  extensionElements: string;
  /** `dxf` elements for styles.xml, numbered on from the `firstDxf` given. */
  dxfs: string[];
}

/**
 * The conditional formats of a sheet as SpreadsheetML. They are written here rather than by
 * exceljs, whose writer has no `stopIfTrue`, no `gte` on icon thresholds (so "greater than"
 * would become "at least") and only numbers as thresholds. Snapshot priority 0 is applied
 * first; SpreadsheetML counts from 1.
 */
export function conditionalFormatsXml(
  formats: readonly ConditionalFormatSnapshot[],
  { firstDxf, sheetIndex }: { firstDxf: number; sheetIndex: number },
): ConditionalFormatsXml {
  const result: ConditionalFormatsXml = { elements: "", extensionElements: "", dxfs: [] };
  for (const format of formats) {
    const sqref = format.address.replace(/,/g, " ");
    if (format.type === "IconSet" && EXTENSION_ICON_SETS.has(iconSetName(format.style))) {
      result.extensionElements += extensionIconSet(format, sqref, sheetIndex);
      continue;
    }
    const written = ruleXml(format, firstDxf + result.dxfs.length);
    if (written === null) continue;
    if (written.dxf !== null) result.dxfs.push(written.dxf);
    const element = `<conditionalFormatting sqref="${sqref}">${written.rule}`;
    result.elements += `${element}</conditionalFormatting>`;
  }
  return result;
}

/** `Excel.ConditionalCellValueOperator` values and the `operator` attribute of cellIs rules. */
const CELL_VALUE_OPERATORS: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThanOrEqual: "lessThanOrEqual",
};

/** A `cfRule` and the differential format it uses, if any; null for a rule with no formula. */
function ruleXml(
  format: ConditionalFormatSnapshot,
  dxfId: number,
): { rule: string; dxf: string | null } | null {
  const common = { priority: format.priority + 1, stopIfTrue: format.stopIfTrue ? "1" : undefined };
  if (format.type === "IconSet") return { rule: iconSetRule(format, common), dxf: null };
  // A rule never given a formula does nothing in Excel either, so there is nothing to write.
  const formulas =
    format.type === "Custom"
      ? [format.rule.formula]
      : [format.rule?.formula1, format.rule?.formula2];
  const written = formulas.filter((formula): formula is string => typeof formula === "string");
  if (written.length === 0) return null;
  const kind =
    format.type === "Custom"
      ? { type: "expression" }
      : { type: "cellIs", operator: CELL_VALUE_OPERATORS[format.rule?.operator ?? ""] };
  const formulaXml = written.map((formula) => `<formula>${escapeXml(bare(formula))}</formula>`);
  const ruleAttributes = attributes({ ...kind, dxfId, ...common });
  const rule = `<cfRule${ruleAttributes}>${formulaXml.join("")}</cfRule>`;
  return { rule, dxf: dxfXml(format.format) };
}

/** A differential format as Excel writes one: a solid fill is a pattern's background colour. */
function dxfXml(look: ConditionalLookSnapshot): string {
  const bold = look.bold === null ? "" : look.bold ? "<b/>" : '<b val="0"/>';
  const color = look.fontColor === null ? "" : `<color rgb="${argb(look.fontColor)}"/>`;
  const font = bold || color ? `<font>${bold}${color}</font>` : "";
  const fill =
    look.fill === null
      ? ""
      : `<fill><patternFill><bgColor rgb="${argb(look.fill)}"/></patternFill></fill>`;
  return `<dxf>${font}${fill}</dxf>`;
}

type IconSetFormat = Extract<ConditionalFormatSnapshot, { type: "IconSet" }>;

/** Icon sets SpreadsheetML 2006 lacks; Excel 2010 and later keep them in an extension. */
const EXTENSION_ICON_SETS = new Set(["3Stars", "3Triangles", "5Boxes"]);

/** `Excel.IconSet` names such as ThreeTrafficLights1 as SpreadsheetML's 3TrafficLights1. */
function iconSetName(style: string): string {
  const name = style
    .replace(/^Three/, "3")
    .replace(/^Four/, "4")
    .replace(/^Five/, "5");
  if (!/^[345][A-Z]/.test(name)) throw new Error(`an icon set of style ${style} cannot be written`);
  return name;
}

function iconSetRule(format: IconSetFormat, common: Record<string, string | number | undefined>) {
  const thresholds = format.criteria.map((criterion, index) => {
    const { type, value, gte } = threshold(criterion, index);
    return `<cfvo${attributes({ type, val: value, gte })}/>`;
  });
  const iconSet = `<iconSet${iconSetAttributes(format)}>${thresholds.join("")}</iconSet>`;
  return `<cfRule${attributes({ type: "iconSet", ...common })}>${iconSet}</cfRule>`;
}

function iconSetAttributes(format: IconSetFormat): string {
  return attributes({
    iconSet: iconSetName(format.style),
    showValue: format.showIconOnly ? "0" : undefined,
    reverse: format.reverseIconOrder ? "1" : undefined,
  });
}

/** `Excel.ConditionalIconCriterionType` values and the `type` attribute of `cfvo`. */
const THRESHOLD_TYPES: Record<string, string> = {
  Number: "num",
  Percent: "percent",
  Formula: "formula",
  Percentile: "percentile",
};

/** A threshold; the first icon applies below the second threshold, so the first is 0 %. */
function threshold(criterion: IconSetFormat["criteria"][number], index: number) {
  const type = index === 0 ? undefined : THRESHOLD_TYPES[criterion.type];
  if (type === undefined) return { type: "percent", value: "0", gte: undefined };
  const gte = criterion.operator === "GreaterThan" ? "0" : undefined;
  return { type, value: bare(criterion.formula), gte };
}

function extensionIconSet(format: IconSetFormat, sqref: string, sheetIndex: number): string {
  const thresholds = format.criteria.map((criterion, index) => {
    const { type, value, gte } = threshold(criterion, index);
    const formula = `<xm:f>${escapeXml(value)}</xm:f>`;
    return `<x14:cfvo${attributes({ type, gte })}>${formula}</x14:cfvo>`;
  });
  const iconSet = `<x14:iconSet${iconSetAttributes(format)}>${thresholds.join("")}</x14:iconSet>`;
  const rule = attributes({
    type: "iconSet",
    priority: format.priority + 1,
    stopIfTrue: format.stopIfTrue ? "1" : undefined,
    id: ruleGuid(sheetIndex, format.priority + 1),
  });
  return (
    `<x14:conditionalFormatting xmlns:xm="${XM_NS}"><x14:cfRule${rule}>${iconSet}</x14:cfRule>` +
    `<xm:sqref>${sqref}</xm:sqref></x14:conditionalFormatting>`
  );
}

const XM_NS = "http://schemas.microsoft.com/office/excel/2006/main";
const X14_NS = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
/** The URI of the worksheet extension holding x14 conditional formats ([MS-XLSX] 2.2.4.12). */
const CONDITIONAL_FORMATS_EXTENSION = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";

/** An `ext` element holding `x14:conditionalFormatting` elements, for a worksheet's extLst. */
export function conditionalFormatsExtension(elements: string): string {
  const list = `<x14:conditionalFormattings>${elements}</x14:conditionalFormattings>`;
  return `<ext uri="${CONDITIONAL_FORMATS_EXTENSION}" xmlns:x14="${X14_NS}">${list}</ext>`;
}

/**
 * The GUID an extension rule is identified by. It only has to be unique in the workbook, so it
 * is made from the sheet's index and the rule's priority, which keeps the output repeatable.
 */
function ruleGuid(sheetIndex: number, priority: number): string {
  const serial = (sheetIndex * 65_536 + priority).toString(16).toUpperCase().padStart(12, "0");
  return `{5A4B1C00-0000-4000-8000-${serial}}`;
}

/** A formula without the "=" Office.js writes in front of it. */
function bare(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}
