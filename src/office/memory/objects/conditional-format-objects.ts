import { itemNotFound } from "../errors";
import { booleanArgument } from "../model/arguments";
import { normalizeColor } from "../model/cell-style";
import type {
  ConditionalFormatKind,
  ConditionalFormatLook,
  ConditionalFormatModel,
} from "../model/conditional-format-model";
import {
  addConditionalFormat,
  clearConditionalFormats,
  deleteConditionalFormat,
  formatsOverlapping,
  lookOf,
  parseCellValueRule,
  parseCustomFormula,
  parseIconCriteria,
  parseIconStyle,
  priorityOf,
  setPriority,
} from "../model/conditional-formats";
import { guardChange } from "../model/protection";
import type { RangeTarget } from "../model/range-ops";
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  fixedOrigin,
  type PropertySpec,
  type PropertyTable,
} from "./client-object";
import { RangeObject } from "./range-object";

/** The Office.js `ConditionalFormatCollection` of a range (ExcelApi 1.6). */
export class ConditionalFormatCollectionObject extends ClientCollection<
  RangeTarget,
  ConditionalFormatModel,
  ConditionalFormatObject
> {
  readonly officeClass = "ConditionalFormatCollection";
  readonly propertyTable: PropertyTable<RangeTarget> = {};

  /** Adds a format of a type ("CellValue", "Custom" or "IconSet") at the top priority. */
  add(type: string): ConditionalFormatObject {
    return this.spawn(
      "add",
      [type],
      (target, at) => addConditionalFormat(this.model, target.sheet, target.rect, type, at),
      (origin, route) => new ConditionalFormatObject(this.session, route, origin),
    );
  }

  /** Removes every conditional format from the range's cells. */
  clearAll(): void {
    this.command("clearAll", [], (target, at) => {
      clearConditionalFormats(target.sheet, target.rect, at);
    });
  }

  /** The number of formats overlapping the range, after the sync. */
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(this.officeClass);
    this.command("getCount", [], (target) => {
      result.fill(formatsOverlapping(target.sheet, target.rect).length);
    });
    return result;
  }

  /** The format at a position, highest priority first. */
  getItemAt(index: number): ConditionalFormatObject {
    return this.spawn(
      "getItemAt",
      [index],
      (target, at) => {
        const format = formatsOverlapping(target.sheet, target.rect)[index];
        if (!format) throw itemNotFound(at, `There is no conditional format ${index}.`);
        return format;
      },
      (origin, route) => new ConditionalFormatObject(this.session, route, origin),
    );
  }

  /** The format with an id. */
  getItem(id: string): ConditionalFormatObject {
    return this.spawn(
      "getItem",
      [id],
      (target, at) => {
        const format = formatsOverlapping(target.sheet, target.rect).find((f) => f.id === id);
        if (!format) throw itemNotFound(at, `There is no conditional format ${id}.`);
        return format;
      },
      (origin, route) => new ConditionalFormatObject(this.session, route, origin),
    );
  }

  protected itemTargets(target: RangeTarget): ConditionalFormatModel[] {
    return formatsOverlapping(target.sheet, target.rect);
  }

  protected makeItem(item: ConditionalFormatModel, index: number): ConditionalFormatObject {
    return new ConditionalFormatObject(
      this.session,
      `${this.route}.items[${index}]`,
      fixedOrigin(item),
    );
  }
}

const FORMAT_PROPERTIES: PropertyTable<ConditionalFormatModel> = {
  id: { get: (format) => format.id },
  type: { get: (format) => format.kind.type },
  priority: {
    get: (format) => priorityOf(format.sheet, format),
    set: (format, value, at) => {
      setPriority(format.sheet, format, value, at);
    },
  },
  stopIfTrue: {
    get: (format) => format.stopIfTrue,
    set: (format, value, at) => {
      guardChange(format.sheet, "conditionalFormat", at);
      format.stopIfTrue = booleanArgument(value, at);
    },
  },
};

/** The Office.js `ConditionalFormat`: one rule of a sheet and the cells it covers. */
export class ConditionalFormatObject extends ClientObject<ConditionalFormatModel> {
  readonly officeClass = "ConditionalFormat";
  readonly propertyTable = FORMAT_PROPERTIES;

  /** The cell-value rule and format; ItemNotFound on another type. */
  get cellValue(): CellValueFormatObject {
    return this.navigation("cellValue", kindOf("CellValue"), (origin, route) => {
      return new CellValueFormatObject(this.session, route, origin);
    });
  }

  /** The custom formula rule and format; ItemNotFound on another type. */
  get custom(): CustomFormatObject {
    return this.navigation("custom", kindOf("Custom"), (origin, route) => {
      return new CustomFormatObject(this.session, route, origin);
    });
  }

  /** The icon set; ItemNotFound on another type. */
  get iconSet(): IconSetFormatObject {
    return this.navigation("iconSet", kindOf("IconSet"), (origin, route) => {
      return new IconSetFormatObject(this.session, route, origin);
    });
  }

  /** Deletes this conditional format. */
  delete(): void {
    this.command("delete", [], (format, at) => {
      deleteConditionalFormat(format.sheet, format, at);
    });
  }

  /** The cells the format covers (its first area when it has several). */
  getRange(): RangeObject {
    return this.spawn(
      "getRange",
      [],
      (format, at) => {
        const [area] = format.areas;
        if (!area) throw itemNotFound(at, "The conditional format covers no cells.");
        return { sheet: format.sheet, rect: area };
      },
      (origin, route) => new RangeObject(this.session, route, origin),
    );
  }
}

function kindOf(type: ConditionalFormatKind["type"]) {
  return (format: ConditionalFormatModel): ConditionalFormatModel => {
    if (format.kind.type !== type) {
      throw itemNotFound(`ConditionalFormat.${type}`, `This conditional format is not ${type}.`);
    }
    return format;
  };
}

/** Changes the type-specific part of a format, after checking sheet protection. */
function updateKind(
  format: ConditionalFormatModel,
  location: string,
  change: (kind: ConditionalFormatKind) => ConditionalFormatKind,
): void {
  guardChange(format.sheet, "conditionalFormat", location);
  format.kind = change(format.kind);
}

const CELL_VALUE_PROPERTIES: PropertyTable<ConditionalFormatModel> = {
  rule: {
    get: (format) => (format.kind.type === "CellValue" ? format.kind.rule : null),
    set: (format, value, at) => {
      const rule = parseCellValueRule(value, at);
      updateKind(format, at, (kind) => (kind.type === "CellValue" ? { ...kind, rule } : kind));
    },
  },
};

/** The Office.js `CellValueConditionalFormat`. */
export class CellValueFormatObject extends ClientObject<ConditionalFormatModel> {
  readonly officeClass = "CellValueConditionalFormat";
  readonly propertyTable = CELL_VALUE_PROPERTIES;

  /** The format applied when the rule holds. */
  get format(): ConditionalRangeFormatObject {
    return this.navigation(
      "format",
      (format) => format,
      (origin, route) => {
        return new ConditionalRangeFormatObject(this.session, route, origin);
      },
    );
  }
}

/** The Office.js `CustomConditionalFormat`. */
export class CustomFormatObject extends ClientObject<ConditionalFormatModel> {
  readonly officeClass = "CustomConditionalFormat";
  readonly propertyTable: PropertyTable<ConditionalFormatModel> = {};

  /** The formula rule. */
  get rule(): ConditionalFormatRuleObject {
    return this.navigation(
      "rule",
      (format) => format,
      (origin, route) => {
        return new ConditionalFormatRuleObject(this.session, route, origin);
      },
    );
  }

  /** The format applied when the formula is true. */
  get format(): ConditionalRangeFormatObject {
    return this.navigation(
      "format",
      (format) => format,
      (origin, route) => {
        return new ConditionalRangeFormatObject(this.session, route, origin);
      },
    );
  }
}

const RULE_PROPERTIES: PropertyTable<ConditionalFormatModel> = {
  formula: {
    get: (format) => (format.kind.type === "Custom" ? format.kind.formula : null),
    set: (format, value, at) => {
      const formula = parseCustomFormula(value, at);
      updateKind(format, at, (kind) => (kind.type === "Custom" ? { ...kind, formula } : kind));
    },
  },
};

/** The Office.js `ConditionalFormatRule` of a custom format. */
export class ConditionalFormatRuleObject extends ClientObject<ConditionalFormatModel> {
  readonly officeClass = "ConditionalFormatRule";
  readonly propertyTable = RULE_PROPERTIES;
}

/** The Office.js `ConditionalRangeFormat`: fill and font of a conditional format. */
export class ConditionalRangeFormatObject extends ClientObject<ConditionalFormatModel> {
  readonly officeClass = "ConditionalRangeFormat";
  readonly propertyTable: PropertyTable<ConditionalFormatModel> = {};

  /** The fill. */
  get fill(): ConditionalRangeFillObject {
    return this.navigation(
      "fill",
      (format) => format,
      (origin, route) => {
        return new ConditionalRangeFillObject(this.session, route, origin);
      },
    );
  }

  /** The font. */
  get font(): ConditionalRangeFontObject {
    return this.navigation(
      "font",
      (format) => format,
      (origin, route) => {
        return new ConditionalRangeFontObject(this.session, route, origin);
      },
    );
  }
}

function lookProperty(
  pick: (look: ConditionalFormatLook) => unknown,
  apply: (look: ConditionalFormatLook, value: unknown, at: string) => ConditionalFormatLook,
): PropertySpec<ConditionalFormatModel> {
  return {
    get: (format) => pick(lookOf(format, "ConditionalRangeFormat")),
    set: (format, value, at) => {
      const look = apply(lookOf(format, at), value, at);
      updateKind(format, at, (kind) =>
        kind.type === "IconSet" ? kind : { ...kind, format: look },
      );
    },
  };
}

const FILL_PROPERTIES: PropertyTable<ConditionalFormatModel> = {
  color: lookProperty(
    (look) => look.fill,
    (look, value, at) => ({ ...look, fill: normalizeColor(value, at) }),
  ),
};

/** The Office.js `ConditionalRangeFill`. */
export class ConditionalRangeFillObject extends ClientObject<ConditionalFormatModel> {
  readonly officeClass = "ConditionalRangeFill";
  readonly propertyTable = FILL_PROPERTIES;

  /** Removes the fill. */
  clear(): void {
    this.command("clear", [], (format, at) => {
      const look = { ...lookOf(format, at), fill: null };
      updateKind(format, at, (kind) =>
        kind.type === "IconSet" ? kind : { ...kind, format: look },
      );
    });
  }
}

const FONT_PROPERTIES: PropertyTable<ConditionalFormatModel> = {
  color: lookProperty(
    (look) => look.fontColor,
    (look, value, at) => ({ ...look, fontColor: normalizeColor(value, at) }),
  ),
  bold: lookProperty(
    (look) => look.bold,
    (look, value, at) => ({ ...look, bold: booleanArgument(value, at) }),
  ),
};

/** The Office.js `ConditionalRangeFont` (colour and bold). */
export class ConditionalRangeFontObject extends ClientObject<ConditionalFormatModel> {
  readonly officeClass = "ConditionalRangeFont";
  readonly propertyTable = FONT_PROPERTIES;
}

function iconProperty(
  pick: (kind: Extract<ConditionalFormatKind, { type: "IconSet" }>) => unknown,
  parse: (
    value: unknown,
    at: string,
  ) => Partial<Extract<ConditionalFormatKind, { type: "IconSet" }>>,
): PropertySpec<ConditionalFormatModel> {
  return {
    get: (format) => (format.kind.type === "IconSet" ? pick(format.kind) : null),
    set: (format, value, at) => {
      const change = parse(value, at);
      updateKind(format, at, (kind) => (kind.type === "IconSet" ? { ...kind, ...change } : kind));
    },
  };
}

const ICON_SET_PROPERTIES: PropertyTable<ConditionalFormatModel> = {
  style: iconProperty(
    (kind) => kind.style,
    (value, at) => ({ style: parseIconStyle(value, at) }),
  ),
  criteria: iconProperty(
    (kind) => kind.criteria,
    (value, at) => ({ criteria: parseIconCriteria(value, at) }),
  ),
  showIconOnly: iconProperty(
    (kind) => kind.showIconOnly,
    (value, at) => ({ showIconOnly: booleanArgument(value, at) }),
  ),
  reverseIconOrder: iconProperty(
    (kind) => kind.reverseIconOrder,
    (value, at) => ({ reverseIconOrder: booleanArgument(value, at) }),
  ),
};

/** The Office.js `IconSetConditionalFormat`. */
export class IconSetFormatObject extends ClientObject<ConditionalFormatModel> {
  readonly officeClass = "IconSetConditionalFormat";
  readonly propertyTable = ICON_SET_PROPERTIES;
}
