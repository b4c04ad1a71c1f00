import FormulaParser, { FormulaError, type CellRef, type RangeRef } from "fast-formula-parser";
import { cellAddress, parseAddress } from "../../core/util/a1";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../office/memory";
import { CONTEXT_FUNCTIONS, PLAIN_FUNCTIONS } from "./lookup-functions";

/** Why a formula has no value the workbench can show. */
export type UnsupportedReason = "unsupported" | "cycle" | "depends-on-unsupported";

/** What a formula cell computes to. */
export type Evaluation =
  | { kind: "value"; value: CellValue }
  | { kind: "error"; code: string }
  | { kind: "unsupported"; reason: UnsupportedReason; detail: string };

// Thrown through the parser when a cell cannot be computed, so that every formula that
// depends on it is marked as well instead of getting a made-up value.
class Unresolved extends Error {
  constructor(
    readonly reason: UnsupportedReason,
    detail: string,
  ) {
    super(detail);
  }
}

interface SheetCells {
  snapshot: SheetSnapshot;
  lastRow: number;
  lastColumn: number;
}

/**
 * Computes the formulas of a workbook snapshot with fast-formula-parser: references to other
 * sheets, ranges (whole columns are cut at the last used row), memoised results and
 * detection of circular references. A formula it cannot compute is reported as such, never
 * given a value.
 *
 * Known differences from Excel: the parser compares text with `=` and `<>` case-sensitively,
 * and an empty cell reads as "" so `=0` does not hold for it; the add-in's own formulas
 * compare only numbers and texts they wrote themselves, so neither changes their results.
 */
export class FormulaEngine {
  private readonly sheets = new Map<string, SheetCells>();
  private readonly results = new Map<string, Evaluation>();
  private readonly inProgress = new Set<string>();
  // The parser keeps the formula being parsed in its own state, so a formula that needs
  // another formula's value while it is being parsed uses a parser one level deeper.
  private readonly parsers: FormulaParser[] = [];

  constructor(snapshot: WorkbookSnapshot) {
    for (const sheet of snapshot.sheets) {
      this.sheets.set(sheet.name.toLowerCase(), { snapshot: sheet, ...usedArea(sheet) });
    }
  }

  /** The computed result of a formula cell, or null when the cell holds no formula. */
  evaluate(sheet: string, address: string): Evaluation | null {
    const cell = this.sheets.get(sheet.toLowerCase())?.snapshot.cells[address];
    if (cell === undefined || cell.formula === null) return null;
    return this.evaluateFormula(sheet, address, cell.formula);
  }

  /** The result of every formula cell of a sheet, by address. */
  evaluateSheet(sheet: string): Map<string, Evaluation> {
    const found = this.sheets.get(sheet.toLowerCase());
    const results = new Map<string, Evaluation>();
    if (!found) return results;
    for (const [address, cell] of Object.entries(found.snapshot.cells)) {
      if (cell.formula !== null) {
        results.set(address, this.evaluateFormula(sheet, address, cell.formula));
      }
    }
    return results;
  }

  /**
   * A formula that is not in a cell but applies to it, such as a conditional format's rule
   * already moved to the cell; computed as if it stood in that cell.
   */
  evaluateAt(sheet: string, address: string, formula: string): Evaluation {
    return this.evaluateFormula(sheet, address, formula, `|${formula}`);
  }

  private evaluateFormula(
    sheet: string,
    address: string,
    formula: string,
    variant = "",
  ): Evaluation {
    const key = `${sheet.toLowerCase()}!${address}${variant}`;
    const known = this.results.get(key);
    if (known) return known;
    if (this.inProgress.has(key)) {
      throw new Unresolved("cycle", `${sheet}!${address} refers to itself`);
    }
    const position = parseAddress(address);
    if (!position) return unsupported("unsupported", `not a cell address: ${address}`);
    this.inProgress.add(key);
    let result: Evaluation;
    try {
      const parser = this.parserAt(this.inProgress.size - 1);
      const at = { sheet, row: position.row + 1, col: position.column + 1 };
      result = fromParser(parser.parse(withoutDollars(formula.replace(/^=/, "")), at));
    } catch (error) {
      result = fromFailure(error);
    } finally {
      this.inProgress.delete(key);
    }
    this.results.set(key, result);
    return result;
  }

  private parserAt(depth: number): FormulaParser {
    let parser = this.parsers[depth];
    if (!parser) {
      parser = new FormulaParser({
        functions: PLAIN_FUNCTIONS,
        functionsNeedContext: CONTEXT_FUNCTIONS,
        onCell: (ref) => this.cellForParser(ref) ?? "",
        onRange: (ref) => this.rangeForParser(ref),
      });
      this.parsers[depth] = parser;
    }
    return parser;
  }

  private cellForParser(ref: CellRef): unknown {
    const sheet = this.sheets.get((ref.sheet ?? "").toLowerCase());
    if (!sheet) throw new Unresolved("unsupported", `there is no sheet "${ref.sheet ?? ""}"`);
    const address = cellAddress(ref.row - 1, ref.col - 1);
    const cell = sheet.snapshot.cells[address];
    if (!cell) return null;
    if (cell.formula === null) return cell.value === "" ? null : cell.value;
    const result = this.evaluateFormula(sheet.snapshot.name, address, cell.formula);
    switch (result.kind) {
      case "value":
        return result.value;
      case "error":
        return new FormulaError(result.code);
      case "unsupported":
        throw new Unresolved("depends-on-unsupported", `${sheet.snapshot.name}!${address}`);
    }
  }

  private rangeForParser(ref: RangeRef): unknown[][] {
    const sheet = this.sheets.get((ref.sheet ?? "").toLowerCase());
    if (!sheet) throw new Unresolved("unsupported", `there is no sheet "${ref.sheet ?? ""}"`);
    // A whole column reaches row 1,048,576; past the last used row every cell is empty.
    const lastRow = Math.min(ref.to.row, Math.max(sheet.lastRow, ref.from.row));
    const lastColumn = Math.min(ref.to.col, Math.max(sheet.lastColumn, ref.from.col));
    const rows: unknown[][] = [];
    for (let row = ref.from.row; row <= lastRow; row += 1) {
      const values: unknown[] = [];
      for (let col = ref.from.col; col <= lastColumn; col += 1) {
        values.push(this.cellForParser({ sheet: sheet.snapshot.name, row, col }));
      }
      rows.push(values);
    }
    return rows;
  }
}

function usedArea(sheet: SheetSnapshot): { lastRow: number; lastColumn: number } {
  let lastRow = 1;
  let lastColumn = 1;
  for (const address of Object.keys(sheet.cells)) {
    const parsed = parseAddress(address);
    if (!parsed) continue;
    lastRow = Math.max(lastRow, parsed.row + 1);
    lastColumn = Math.max(lastColumn, parsed.column + 1);
  }
  return { lastRow, lastColumn };
}

function fromParser(value: unknown): Evaluation {
  if (value instanceof FormulaError) return { kind: "error", code: value.error };
  if (value === null || value === undefined) return { kind: "value", value: 0 };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return { kind: "value", value };
  }
  return unsupported("unsupported", "the formula gives an array or a reference");
}

// The parser wraps whatever is thrown while it runs in a FormulaError whose details hold
// the original; an unknown function or a syntax it does not read ends up here too.
function fromFailure(error: unknown): Evaluation {
  let cause: unknown = error;
  while (cause instanceof FormulaError && cause.details !== undefined) cause = cause.details;
  if (cause instanceof Unresolved) {
    const reason = cause.reason === "cycle" ? "cycle" : "depends-on-unsupported";
    return unsupported(reason, cause.message);
  }
  return unsupported("unsupported", error instanceof Error ? error.message : String(error));
}

function unsupported(reason: UnsupportedReason, detail: string): Evaluation {
  return { kind: "unsupported", reason, detail };
}

// `$` only fixes a reference when it is copied; the parser misreads `$M:$M`, so it is dropped
// everywhere outside text literals and quoted sheet names.
function withoutDollars(formula: string): string {
  let result = "";
  let quote: string | null = null;
  for (const char of formula) {
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === "$") {
      continue;
    }
    result += char;
  }
  return result;
}
