import type { WorkbookPlan } from "../layout/plan";
import { makeProblem, type Problem } from "../problems/problem";
import { cellAddress, type CellRect } from "../util/a1";
import { subtract } from "../util/rects";
import { stateCell, type WorkbookState } from "./state";

/**
 * Cells a person filled where an update would put a moved table back. An update writes each
 * of the add-in's tables at its own place, because its formulas and charts point there; when
 * a person moved a table (cut and paste, or rows inserted above it) and then typed into its old
 * place, writing the table back would overwrite that. Each such table gives one problem, at
 * the first filled cell, and the update is refused.
 */
export function tablePlacesTaken(plan: WorkbookPlan, state: WorkbookState): Problem[] {
  const problems: Problem[] = [];
  for (const sheetPlan of plan.sheets) {
    const sheet = state.sheets.find((candidate) => candidate.name === sheetPlan.name);
    if (!sheet) continue;
    for (const table of sheetPlan.tables) {
      const existing = state.tables.find((candidate) => sameName(candidate.name, table.name));
      if (!existing || existing.sheet !== sheetPlan.name || !moved(existing.rect, table.rect)) {
        continue;
      }
      const filled = firstFilled(subtract(table.rect, existing.rect), (row, column) => {
        return stateCell(sheet, row, column, "formulas") !== "";
      });
      if (!filled) continue;
      const location = { kind: "cell" as const, sheet: sheet.name, address: filled };
      problems.push(
        makeProblem("table-place-taken", "error", location, {
          table: table.name,
          start: cellAddress(table.rect.row, table.rect.column),
        }),
      );
    }
  }
  return problems;
}

// A table that grew or shrank keeps its top-left corner; only a moved one changes it.
function moved(now: CellRect, planned: CellRect): boolean {
  return now.row !== planned.row || now.column !== planned.column;
}

function firstFilled(
  rects: CellRect[],
  isFilled: (row: number, column: number) => boolean,
): string | null {
  for (const rect of rects) {
    for (let row = rect.row; row < rect.row + rect.rowCount; row++) {
      for (let column = rect.column; column < rect.column + rect.columnCount; column++) {
        if (isFilled(row, column)) return cellAddress(row, column);
      }
    }
  }
  return null;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
