import { columnIndex, columnLetters, parseAddress, type CellRect } from "../../core/util/a1";

/** A range on a named sheet, read from `Sheet!$A$1:$B$2`; null when it does not read. */
export function sheetRange(reference: string): { sheet: string; rect: CellRect } | null {
  const parsed = parseAddress(reference);
  if (!parsed || parsed.sheet === null) return null;
  return { sheet: parsed.sheet, rect: parsed };
}

/** The areas of a local address such as `A4:A7,C4:C7`. */
export function areasOf(address: string): CellRect[] {
  return address
    .split(",")
    .map((part) => parseAddress(part))
    .filter((rect): rect is NonNullable<typeof rect> => rect !== null);
}

/** True when the cell lies inside the rectangle. */
export function contains(rect: CellRect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rowCount &&
    column >= rect.column &&
    column < rect.column + rect.columnCount
  );
}

// A cell reference that is not part of a longer name: `A1`, `$P7`, `Sheet!$B$2`.
const CELL_REFERENCE = /(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/**
 * Moves the relative references of a formula by whole rows and columns, as Excel does when it
 * applies a conditional format's rule, written for the range's first cell, to another cell.
 * Text in quotes and quoted sheet names are left alone.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return splitQuoted(formula)
    .map(({ text, quoted }) =>
      quoted
        ? text
        : text.replace(CELL_REFERENCE, (whole, colFixed, letters, rowFixed, digits) => {
            const column = columnIndex(String(letters));
            if (column === null) return whole;
            const newColumn = colFixed === "$" ? column : column + columns;
            const newRow = rowFixed === "$" ? Number(digits) : Number(digits) + rows;
            if (newColumn < 0 || newRow < 1) return "#REF!";
            return `${String(colFixed)}${columnLetters(newColumn)}${String(rowFixed)}${newRow}`;
          }),
    )
    .join("");
}

function splitQuoted(formula: string): { text: string; quoted: boolean }[] {
  const parts: { text: string; quoted: boolean }[] = [];
  let current = "";
  let quote: string | null = null;
  for (const char of formula) {
    if (quote === null && (char === '"' || char === "'")) {
      parts.push({ text: current, quoted: false });
      current = char;
      quote = char;
    } else if (quote !== null && char === quote) {
      parts.push({ text: current + char, quoted: true });
      current = "";
      quote = null;
    } else {
      current += char;
    }
  }
  parts.push({ text: current, quoted: quote !== null });
  return parts;
}
