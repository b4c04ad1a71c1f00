import type { CellSnapshot, CellValue } from "../../office/memory";
import type { Evaluation } from "../engine/formula-engine";

/** The value a cell shows, as the engine computes it; null for an empty cell. */
export function shownValue(cell: CellSnapshot, evaluation: Evaluation | null): CellValue | null {
  if (cell.formula === null) return cell.value;
  if (evaluation?.kind === "value") return evaluation.value;
  return null;
}
