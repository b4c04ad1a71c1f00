import { LANGUAGES } from "../language";
import { workbookTexts, type WorkbookTexts } from "../messages/workbook";
import type { Problem } from "../problems/problem";
import { cellProblem } from "../problems/problem";
import { cellAddress } from "../util/a1";
import type { TableGrid } from "./grids";

/**
 * Finds a table's columns by their header, in any language the add-in writes, so a
 * person who moved a column or opened a Dutch workbook in English still gets it read.
 */
export function findColumns<K extends string>(
  table: TableGrid,
  keys: readonly K[],
  header: (texts: WorkbookTexts, key: K) => string,
): { columns: Partial<Record<K, number>>; problems: Problem[] } {
  const normalised = table.headers.map((text) => text.trim().toLowerCase());
  const columns: Partial<Record<K, number>> = {};
  const problems: Problem[] = [];
  for (const key of keys) {
    const names = LANGUAGES.map((language) => header(workbookTexts(language), key).toLowerCase());
    const index = normalised.findIndex((text) => names.includes(text));
    if (index >= 0) {
      columns[key] = index;
    } else {
      const address = cellAddress(table.rect.row, table.rect.column);
      const column = header(workbookTexts("en"), key);
      problems.push(
        cellProblem("column-missing", "error", table.sheet, address, {
          table: table.name,
          column,
        }),
      );
    }
  }
  return { columns, problems };
}

/** The address of a body cell of a table. */
export function bodyAddress(table: TableGrid, row: number, column: number): string {
  return cellAddress(table.rect.row + 1 + row, table.rect.column + column);
}
