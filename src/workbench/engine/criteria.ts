/** A value inside a range as the parser hands it over; null is an empty cell. */
export type RangeCell = string | number | boolean | null | object;

type Operator = "=" | "<>" | "<" | "<=" | ">" | ">=";

const OPERATORS: readonly Operator[] = ["<=", ">=", "<>", "<", ">", "="];

/**
 * Turns a COUNTIFS/AVERAGEIFS criterion into a test of one cell, following Excel: a leading
 * comparison operator, numbers compared as numbers, text compared ignoring case with the
 * wildcards `*` and `?` (`~` escapes them), and "" matching empty cells.
 */
export function criterionTest(criterion: unknown): (cell: RangeCell) => boolean {
  if (typeof criterion === "number" || typeof criterion === "boolean") {
    return (cell) => sameValue(cell, criterion);
  }
  const text = typeof criterion === "string" ? criterion : "";
  const operator = OPERATORS.find((candidate) => text.startsWith(candidate));
  const operand = operator === undefined ? text : text.slice(operator.length);
  return compareWith(operator ?? "=", operand);
}

function compareWith(operator: Operator, operand: string): (cell: RangeCell) => boolean {
  const number = numberFrom(operand);
  if (operator === "=" || operator === "<>") {
    const equal = equalityTest(operand, number);
    return operator === "=" ? equal : (cell) => !equal(cell);
  }
  if (number !== null) {
    return (cell) => typeof cell === "number" && ordered(operator, cell - number);
  }
  const lower = operand.toLowerCase();
  return (cell) =>
    typeof cell === "string" &&
    ordered(operator, cell.toLowerCase() < lower ? -1 : cell.toLowerCase() > lower ? 1 : 0);
}

function equalityTest(operand: string, number: number | null): (cell: RangeCell) => boolean {
  if (operand === "") return (cell) => cell === null || cell === "";
  if (number !== null) return (cell) => sameValue(cell, number);
  const pattern = wildcardPattern(operand);
  return (cell) => typeof cell === "string" && pattern.test(cell);
}

/** Exact comparison as MATCH type 0 and a plain criterion do it: text ignores case. */
export function sameValue(cell: RangeCell, wanted: unknown): boolean {
  if (typeof wanted === "number") {
    return typeof cell === "number" ? cell === wanted : numberFrom(cell) === wanted;
  }
  if (typeof wanted === "string" && typeof cell === "string") {
    return cell.toLowerCase() === wanted.toLowerCase();
  }
  return cell === wanted;
}

function ordered(operator: Operator, difference: number): boolean {
  switch (operator) {
    case "<":
      return difference < 0;
    case "<=":
      return difference <= 0;
    case ">":
      return difference > 0;
    case ">=":
      return difference >= 0;
    case "=":
      return difference === 0;
    case "<>":
      return difference !== 0;
  }
}

function numberFrom(value: unknown): number | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

function wildcardPattern(text: string): RegExp {
  let source = "";
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    const next = text.charAt(i + 1);
    if (char === "~" && (next === "*" || next === "?" || next === "~")) {
      source += escapeRegExp(next);
      i += 1;
    } else if (char === "*") source += "[\\s\\S]*";
    else if (char === "?") source += "[\\s\\S]";
    else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`, "i");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
