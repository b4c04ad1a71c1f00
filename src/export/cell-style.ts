import type { Alignment, Style } from "exceljs";
import type { FormatSnapshot } from "../office/memory/snapshot";

/** `Excel.HorizontalAlignment` values and the `horizontal` attribute of SpreadsheetML. */
const HORIZONTAL: Record<string, Alignment["horizontal"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};

/** `Excel.VerticalAlignment` values; Bottom is the file format's default and is left out. */
const VERTICAL: Record<string, Alignment["vertical"]> = {
  Top: "top",
  Center: "middle",
  Justify: "justify",
  Distributed: "distributed",
};

/** The exceljs style of a cell, row or column format. */
export function cellStyle(format: FormatSnapshot): Partial<Style> {
  const style: Partial<Style> = {
    numFmt: format.numberFormat,
    font: {
      name: format.font.name,
      size: format.font.size,
      bold: format.font.bold,
      italic: format.font.italic,
      color: { argb: argb(format.font.color) },
    },
    alignment: alignmentOf(format),
    protection: { locked: format.locked },
  };
  if (format.fill !== null) {
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
  }
  return style;
}

function alignmentOf(format: FormatSnapshot): Partial<Alignment> {
  const alignment: Partial<Alignment> = {};
  const horizontal = HORIZONTAL[format.horizontalAlignment];
  const vertical = VERTICAL[format.verticalAlignment];
  if (horizontal) alignment.horizontal = horizontal;
  if (vertical) alignment.vertical = vertical;
  if (format.wrap) alignment.wrapText = true;
  return alignment;
}

/** `#RRGGBB` as the opaque ARGB colour SpreadsheetML stores. */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}
