import { invalidArgument } from "../errors";

/** Horizontal alignments of `Excel.HorizontalAlignment`. */
export const HORIZONTAL_ALIGNMENTS = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
/** One of HORIZONTAL_ALIGNMENTS. */
export type HorizontalAlignment = (typeof HORIZONTAL_ALIGNMENTS)[number];

/** Vertical alignments of `Excel.VerticalAlignment`. */
export const VERTICAL_ALIGNMENTS = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
/** One of VERTICAL_ALIGNMENTS. */
export type VerticalAlignment = (typeof VERTICAL_ALIGNMENTS)[number];

/** The font of a cell, as `RangeFont` describes it. */
export interface FontStyle {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
  name: string;
}

/** Everything about a cell's look and protection; shared and never changed in place. */
export interface CellStyle {
  numberFormat: string;
  locked: boolean;
  fill: string | null;
  font: FontStyle;
  wrap: boolean;
  horizontalAlignment: HorizontalAlignment;
  verticalAlignment: VerticalAlignment;
}

/** A change to some of a style's fields. */
export type StylePatch = Partial<Omit<CellStyle, "font">> & { font?: Partial<FontStyle> };

// Excel's Normal style: General, locked, no fill, black Calibri 11, bottom-aligned.
/** The style of a cell nobody formatted. */
export const DEFAULT_STYLE: CellStyle = Object.freeze({
  numberFormat: "General",
  locked: true,
  fill: null,
  font: Object.freeze({ bold: false, italic: false, color: "#000000", size: 11, name: "Calibri" }),
  wrap: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
});

/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's default row height in points. */
export const DEFAULT_ROW_HEIGHT = 15;

/** The style with a patch applied; the same object when nothing changes. */
export function patchStyle(style: CellStyle, patch: StylePatch): CellStyle {
  const { font, ...rest } = patch;
  const next: CellStyle = {
    ...style,
    ...rest,
    font: font ? { ...style.font, ...font } : style.font,
  };
  return sameStyle(next, style) ? style : next;
}

/** True when two styles look the same. */
export function sameStyle(a: CellStyle, b: CellStyle): boolean {
  return (
    a.numberFormat === b.numberFormat &&
    a.locked === b.locked &&
    a.fill === b.fill &&
    a.wrap === b.wrap &&
    a.horizontalAlignment === b.horizontalAlignment &&
    a.verticalAlignment === b.verticalAlignment &&
    a.font.bold === b.font.bold &&
    a.font.italic === b.font.italic &&
    a.font.color === b.font.color &&
    a.font.size === b.font.size &&
    a.font.name === b.font.name
  );
}

// Office.js accepts "#RRGGBB" and HTML colour names and reports "#RRGGBB" back. The names most
// used in add-ins are listed; any other name is refused rather than stored as something Excel
// would show differently.
const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
  aqua: "#00FFFF",
  fuchsia: "#FF00FF",
  lightgray: "#D3D3D3",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  darkgreen: "#006400",
  darkred: "#8B0000",
  pink: "#FFC0CB",
};

/** A colour as Office.js reports it (`#RRGGBB`, upper case), or InvalidArgument. */
export function normalizeColor(value: unknown, location: string): string {
  if (typeof value !== "string") throw invalidArgument(location, "A colour is a string.");
  const text = value.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(text)) return text.toUpperCase();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  throw invalidArgument(location, `"${value}" is not a #RRGGBB colour or a known colour name.`);
}
