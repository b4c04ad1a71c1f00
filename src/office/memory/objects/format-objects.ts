import { invalidArgument } from "../errors";
import { booleanArgument, numberArgument, oneOf } from "../model/arguments";
import {
  HORIZONTAL_ALIGNMENTS,
  normalizeColor,
  VERTICAL_ALIGNMENTS,
  type CellStyle,
  type StylePatch,
} from "../model/cell-style";
import {
  autofitColumns,
  formatRange,
  readColumnWidth,
  readRowHeight,
  setColumnWidth,
  setLocked,
  setRowHeight,
  type RangeTarget,
} from "../model/range-ops";
import { guardChange } from "../model/protection";
import { commonValue, stylesIn } from "../model/styles";
import { ClientObject, type PropertySpec, type PropertyTable } from "./client-object";

/** A style property: read as the value all cells share (null when they differ), set on all. */
function styleProperty(
  pick: (style: CellStyle) => unknown,
  patch: (value: unknown, location: string) => StylePatch,
): PropertySpec<RangeTarget> {
  return {
    get: (target) => commonValue(stylesIn(target.sheet, target.rect), pick),
    set: (target, value, location) => {
      formatRange(target, patch(value, location), location);
    },
  };
}

const FORMAT_PROPERTIES: PropertyTable<RangeTarget> = {
  wrapText: styleProperty(
    (style) => style.wrap,
    (value, at) => ({ wrap: booleanArgument(value, at) }),
  ),
  horizontalAlignment: styleProperty(
    (style) => style.horizontalAlignment,
    (value, at) => ({ horizontalAlignment: oneOf(HORIZONTAL_ALIGNMENTS, value, at) }),
  ),
  verticalAlignment: styleProperty(
    (style) => style.verticalAlignment,
    (value, at) => ({ verticalAlignment: oneOf(VERTICAL_ALIGNMENTS, value, at) }),
  ),
  columnWidth: {
    get: readColumnWidth,
    set: (target, value, at) => {
      setColumnWidth(target, size(value, at), at);
    },
  },
  rowHeight: {
    get: readRowHeight,
    set: (target, value, at) => {
      setRowHeight(target, size(value, at), at);
    },
  },
};

function size(value: unknown, location: string): number {
  const number = numberArgument(value, location);
  if (number < 0) throw invalidArgument(location, "A size is not negative.");
  return number;
}

/** The Office.js `RangeFormat`: alignment, wrapping, sizes, and the fill, font and lock. */
export class RangeFormatObject extends ClientObject<RangeTarget> {
  readonly officeClass = "RangeFormat";
  readonly propertyTable = FORMAT_PROPERTIES;

  /** The background of the cells. */
  get fill(): RangeFillObject {
    return this.navigation("fill", same, (origin, route) => {
      return new RangeFillObject(this.session, route, origin);
    });
  }

  /** The font of the cells. */
  get font(): RangeFontObject {
    return this.navigation("font", same, (origin, route) => {
      return new RangeFontObject(this.session, route, origin);
    });
  }

  /** Whether the cells are locked when the sheet is protected. */
  get protection(): FormatProtectionObject {
    return this.navigation("protection", same, (origin, route) => {
      return new FormatProtectionObject(this.session, route, origin);
    });
  }

  /** Fits column widths to the longest text in each column (an approximation). */
  autofitColumns(): void {
    this.command("autofitColumns", [], (target, at) => {
      autofitColumns(this.model, target, at);
    });
  }

  /** Gives the rows back their standard height. */
  autofitRows(): void {
    this.command("autofitRows", [], (target, at) => {
      guardChange(target.sheet, "formatRows", at);
      for (let row = target.rect.row; row < target.rect.row + target.rect.rowCount; row++) {
        target.sheet.rowHeights.delete(row);
      }
    });
  }
}

// Office.js reports an unfilled cell as white.
const FILL_PROPERTIES: PropertyTable<RangeTarget> = {
  color: styleProperty(
    (style) => style.fill ?? "#FFFFFF",
    (value, at) => ({ fill: normalizeColor(value, at) }),
  ),
};

/** The Office.js `RangeFill`. */
export class RangeFillObject extends ClientObject<RangeTarget> {
  readonly officeClass = "RangeFill";
  readonly propertyTable = FILL_PROPERTIES;

  /** Removes the background. */
  clear(): void {
    this.command("clear", [], (target, at) => {
      formatRange(target, { fill: null }, at);
    });
  }
}

const FONT_PROPERTIES: PropertyTable<RangeTarget> = {
  bold: styleProperty(
    (style) => style.font.bold,
    (value, at) => ({ font: { bold: booleanArgument(value, at) } }),
  ),
  italic: styleProperty(
    (style) => style.font.italic,
    (value, at) => ({ font: { italic: booleanArgument(value, at) } }),
  ),
  color: styleProperty(
    (style) => style.font.color,
    (value, at) => ({ font: { color: normalizeColor(value, at) } }),
  ),
  size: styleProperty(
    (style) => style.font.size,
    (value, at) => ({ font: { size: size(value, at) } }),
  ),
  name: styleProperty(
    (style) => style.font.name,
    (value, at) => ({ font: { name: fontName(value, at) } }),
  ),
};

function fontName(value: unknown, location: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw invalidArgument(location, "A font name is non-empty text.");
  }
  return value;
}

/** The Office.js `RangeFont`. */
export class RangeFontObject extends ClientObject<RangeTarget> {
  readonly officeClass = "RangeFont";
  readonly propertyTable = FONT_PROPERTIES;
}

const PROTECTION_PROPERTIES: PropertyTable<RangeTarget> = {
  locked: {
    get: (target) => commonValue(stylesIn(target.sheet, target.rect), (style) => style.locked),
    set: (target, value, at) => {
      setLocked(target, booleanArgument(value, at), at);
    },
  },
};

/** The Office.js `FormatProtection`: the cells' locked flag. */
export class FormatProtectionObject extends ClientObject<RangeTarget> {
  readonly officeClass = "FormatProtection";
  readonly propertyTable = PROTECTION_PROPERTIES;
}

function same(target: RangeTarget): RangeTarget {
  return target;
}
