import type { CellRect } from "../../../core/util/a1";
import { invalidArgument, itemNotFound, notImplemented } from "../errors";
import { objectArgument, oneOf, stringArgument } from "./arguments";
import type {
  CellValueRule,
  ConditionalFormatKind,
  ConditionalFormatModel,
  IconCriterion,
} from "./conditional-format-model";
import { guardChange } from "./protection";
import { overlaps, subtract } from "./rects";
import type { SheetModel } from "./sheet-model";
import type { WorkbookModel } from "./workbook-model";

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
] as const;
const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
] as const;
const ICON_SETS = [
  "ThreeArrows",
  "ThreeArrowsGray",
  "ThreeFlags",
  "ThreeTrafficLights1",
  "ThreeTrafficLights2",
  "ThreeSigns",
  "ThreeSymbols",
  "ThreeSymbols2",
  "FourArrows",
  "FourArrowsGray",
  "FourRedToBlack",
  "FourRating",
  "FourTrafficLights",
  "FiveArrows",
  "FiveArrowsGray",
  "FiveRating",
  "FiveQuarters",
  "ThreeStars",
  "ThreeTriangles",
  "FiveBoxes",
] as const;
const ICON_OPERATORS = ["GreaterThan", "GreaterThanOrEqual"] as const;
const ICON_RULE_TYPES = ["Number", "Percent", "Formula", "Percentile"] as const;

/**
 * Adds a conditional format to a range at the top priority, as ConditionalFormatCollection.add
 * does. Cell-value, custom and icon-set formats are modelled; the other types are not.
 */
export function addConditionalFormat(
  workbook: WorkbookModel,
  sheet: SheetModel,
  rect: CellRect,
  type: unknown,
  location: string,
): ConditionalFormatModel {
  const chosen = oneOf(TYPES, type, location);
  if (chosen !== "CellValue" && chosen !== "Custom" && chosen !== "IconSet") {
    throw notImplemented(location, `The in-memory workbook has no ${chosen} conditional formats.`);
  }
  guardChange(sheet, "conditionalFormat", location);
  const format: ConditionalFormatModel = {
    id: `{CF-${workbook.nextNumber("conditionalFormat")}}`,
    sheet,
    areas: [rect],
    stopIfTrue: false,
    kind: initialKind(chosen),
    removed: false,
  };
  sheet.conditionalFormats = [format, ...sheet.conditionalFormats];
  return format;
}

// Excel's starting icon set: three icons split at 33 and 67 percent.
function initialKind(type: "CellValue" | "Custom" | "IconSet"): ConditionalFormatKind {
  const format = { fill: null, fontColor: null, bold: null };
  if (type === "CellValue") return { type, rule: null, format };
  if (type === "Custom") return { type, formula: null, format };
  const criteria = [
    { formula: "", operator: "", type: "" },
    { formula: "=33", operator: "GreaterThanOrEqual", type: "Percent" },
    { formula: "=67", operator: "GreaterThanOrEqual", type: "Percent" },
  ];
  return { type, style: "ThreeArrows", criteria, showIconOnly: false, reverseIconOrder: false };
}

/** The conditional formats that overlap a range, highest priority first. */
export function formatsOverlapping(sheet: SheetModel, rect: CellRect): ConditionalFormatModel[] {
  return sheet.conditionalFormats.filter((format) =>
    format.areas.some((area) => overlaps(area, rect)),
  );
}

/** Removes conditional formats from a range's cells (ConditionalFormatCollection.clearAll). */
export function clearConditionalFormats(sheet: SheetModel, rect: CellRect, location: string) {
  guardChange(sheet, "conditionalFormat", location);
  for (const format of sheet.conditionalFormats) {
    format.areas = format.areas.flatMap((area) => subtract(area, rect));
    format.removed ||= format.areas.length === 0;
  }
  sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !format.removed);
}

/** Deletes one conditional format. */
export function deleteConditionalFormat(
  sheet: SheetModel,
  format: ConditionalFormatModel,
  location: string,
) {
  guardChange(sheet, "conditionalFormat", location);
  format.removed = true;
  sheet.conditionalFormats = sheet.conditionalFormats.filter((item) => item !== format);
}

/** A format's priority: its place in the sheet's list, 0 first. */
export function priorityOf(sheet: SheetModel, format: ConditionalFormatModel): number {
  return sheet.conditionalFormats.indexOf(format);
}

/** Moves a format to a priority; a priority past the end puts it last. */
export function setPriority(
  sheet: SheetModel,
  format: ConditionalFormatModel,
  priority: unknown,
  location: string,
): void {
  if (typeof priority !== "number" || !Number.isInteger(priority) || priority < 0) {
    throw invalidArgument(location, "A priority is a whole number from 0.");
  }
  guardChange(sheet, "conditionalFormat", location);
  const others = sheet.conditionalFormats.filter((item) => item !== format);
  others.splice(Math.min(priority, others.length), 0, format);
  sheet.conditionalFormats = others;
}

/** A `ConditionalCellValueRule` checked: formulas as text, one of Excel's operators. */
export function parseCellValueRule(input: unknown, location: string): CellValueRule {
  const fields = objectArgument(input, location);
  const operator = oneOf(CELL_VALUE_OPERATORS, fields.operator, `${location}.operator`);
  const rule: CellValueRule = { formula1: operandText(fields.formula1, location), operator };
  if (operator === "Between" || operator === "NotBetween") {
    rule.formula2 = operandText(fields.formula2, `${location}.formula2`);
  }
  return rule;
}

/** A custom rule's formula, which must be given. */
export function parseCustomFormula(input: unknown, location: string): string {
  const formula = stringArgument(input, location);
  if (formula.trim() === "") throw invalidArgument(location, "A custom rule needs a formula.");
  return formula;
}

/** An icon set style, one of `Excel.IconSet`. */
export function parseIconStyle(input: unknown, location: string): string {
  return oneOf(ICON_SETS, input, location);
}

/** Icon criteria; the first may be empty (`{}`), as in Microsoft's examples. */
export function parseIconCriteria(input: unknown, location: string): IconCriterion[] {
  if (!Array.isArray(input) || input.length < 2) {
    throw invalidArgument(location, "Icon criteria are an array with one entry per icon.");
  }
  return input.map((item: unknown, index) => {
    const fields = objectArgument(item, `${location}[${index}]`);
    if (index === 0 && Object.keys(fields).length === 0) {
      return { formula: "", operator: "", type: "" };
    }
    return {
      formula: operandText(fields.formula, `${location}[${index}].formula`),
      operator: oneOf(ICON_OPERATORS, fields.operator, `${location}[${index}].operator`),
      type: oneOf(ICON_RULE_TYPES, fields.type, `${location}[${index}].type`),
    };
  });
}

/** The format of a conditional format, or ItemNotFound for a type without one. */
export function lookOf(format: ConditionalFormatModel, location: string) {
  if (format.kind.type === "IconSet") {
    throw itemNotFound(location, "An icon set conditional format has no format.");
  }
  return format.kind.format;
}

function operandText(value: unknown, location: string): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string" && value.trim() !== "") return value;
  throw invalidArgument(location, "A rule needs a formula or a number.");
}
