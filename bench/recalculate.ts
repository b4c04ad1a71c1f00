import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { defaultCatalogue } from "../src/core/catalogue";
import { exportXlsx } from "../src/export/export-xlsx";
import { MemoryWorkbook } from "../src/office/memory";
import { buildWorkbook } from "../src/office/workbook-actions";
import { csvNumber, recalculateToCsv } from "../test/engine/libreoffice";
import { benchProject } from "./sizes";

/** The time to export a project's workbook and have LibreOffice recalculate it. */
export interface Recalculation {
  indicators: number;
  exportMs: number;
  recalculateMs: number;
  xlsxBytes: number;
}

/**
 * Builds the project of `size` indicators in the in-memory workbook, exports it as .xlsx and
 * lets LibreOffice (headless, recalculating on load) turn it into CSV. The first indicator's
 * progress is read back, so a recalculation that computed nothing fails instead of timing.
 */
export async function measureRecalculation(size: number): Promise<Recalculation> {
  const workbook = new MemoryWorkbook();
  const request = { project: benchProject(size), catalogue: defaultCatalogue(), base: null };
  const built = await buildWorkbook(workbook, { ...request, language: "nl" });
  if (!built.ok) throw new Error(`build of ${size} failed`);
  const folder = mkdtempSync(join(tmpdir(), "ak-bench-recalc-"));
  try {
    const exportStart = performance.now();
    const xlsx = await exportXlsx(workbook.inspect());
    const exportMs = performance.now() - exportStart;
    const file = join(folder, "bench.xlsx");
    writeFileSync(file, xlsx);
    const start = performance.now();
    const sheets = recalculateToCsv([file], folder).get(file);
    const recalculateMs = performance.now() - start;
    // The bench project's first indicator: baseline 1000, contract 500, no end value yet;
    // its second: 1001, 501 and 601, so 80 % of the way.
    const progress = csvNumber(sheets?.get("Indicatoren")?.[4]?.[12]);
    if (progress === null || Math.abs(progress - 0.8) > 1e-9) {
      throw new Error(
        `LibreOffice computed ${String(progress)} as the second indicator's progress`,
      );
    }
    return { indicators: size, exportMs, recalculateMs, xlsxBytes: xlsx.length };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
