import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, release, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { defaultCatalogue } from "../src/core/catalogue";
import { MemoryWorkbook } from "../src/office/memory";
import { buildWorkbook, readProject } from "../src/office/workbook-actions";
import { measureFirstRender } from "./first-render";
import { growthExponent, timeMedian } from "./measure";
import { measureRecalculation, type Recalculation } from "./recalculate";
import { benchProject, SIZES } from "./sizes";

// The project's performance budgets; Excel on the web refuses requests above 5 MB, and the
// largest batch stays well below that.
const BUDGET = {
  buildSyncs: 3,
  readSyncs: 2,
  largestBatchBytes: 1_000_000,
  growthExponent: 1.1,
  rebuildCells: 0,
  firstScreenGzipBytes: 250 * 1024,
};

// Compiled to dist/bench/bench/run.js: the repository is three folders up.
const ROOT = join(__dirname, "..", "..", "..");
const TODAY = "2026-12-03";

interface SizeResult {
  indicators: number;
  buildSyncs: number;
  rebuildSyncs: number;
  readSyncs: number;
  largestBatchBytes: number;
  rebuildCells: number;
  charts: number;
  buildMs: number;
  readMs: number;
}

async function measureSize(size: number): Promise<SizeResult> {
  const catalogue = defaultCatalogue();
  const project = benchProject(size);
  const request = { project, catalogue, language: "nl" as const, base: null };
  const workbook = new MemoryWorkbook();
  const built = await buildWorkbook(workbook, request);
  if (!built.ok) throw new Error(`build of ${size} failed: ${built.problems[0]?.message.en ?? ""}`);
  const build = { ...workbook.stats };
  workbook.resetStats();
  const rebuilt = await buildWorkbook(workbook, {
    ...request,
    project: built.project,
    base: built.project,
  });
  if (!rebuilt.ok) throw new Error(`rebuild of ${size} failed`);
  const rebuild = { ...workbook.stats };
  workbook.resetStats();
  await readProject(workbook, catalogue, TODAY);
  const read = { ...workbook.stats };
  const batches = [...build.batches, ...rebuild.batches, ...read.batches];
  const runs = size >= 1000 ? 3 : 5;
  return {
    indicators: size,
    buildSyncs: build.syncs,
    rebuildSyncs: rebuild.syncs,
    readSyncs: read.syncs,
    largestBatchBytes: Math.max(...batches.map((batch) => batch.bytes)),
    rebuildCells: rebuilt.cellsWritten,
    charts: workbook.inspect().sheets.reduce((sum, sheet) => sum + sheet.charts.length, 0),
    buildMs: await timeMedian(runs, () => buildWorkbook(new MemoryWorkbook(), request)),
    readMs: await timeMedian(runs, () => readProject(workbook, catalogue, TODAY)),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  // A first round lets V8 compile the code, so the smallest size is not timed cold.
  await measureSize(SIZES[1]);
  const sizes: SizeResult[] = [];
  for (const size of SIZES) sizes.push(await measureSize(size));
  const buildExponent = growthExponent(sizes.map((s) => ({ size: s.indicators, ms: s.buildMs })));
  const readExponent = growthExponent(sizes.map((s) => ({ size: s.indicators, ms: s.readMs })));
  const firstRender = await attempt(() => measureFirstRender(ROOT));
  const recalculation = await attempt(() => measureRecalculation(1000));
  const largest = sizes.find((s) => s.indicators === 1000)?.largestBatchBytes ?? 0;
  const checks: Check[] = [
    check(
      "syncs per build or rebuild",
      Math.max(...sizes.flatMap((s) => [s.buildSyncs, s.rebuildSyncs])),
      BUDGET.buildSyncs,
    ),
    check("syncs per read", Math.max(...sizes.map((s) => s.readSyncs)), BUDGET.readSyncs),
    check("largest batch at 1000 indicators (bytes)", largest, BUDGET.largestBatchBytes - 1),
    check("growth exponent of build time", round(buildExponent), BUDGET.growthExponent),
    check("growth exponent of read time", round(readExponent), BUDGET.growthExponent),
    check(
      "cells written by a rebuild of an unchanged workbook",
      Math.max(...sizes.map((s) => s.rebuildCells)),
      BUDGET.rebuildCells,
    ),
    "error" in firstRender
      ? failed("task pane JavaScript for the first screen (gzip bytes)", firstRender.error)
      : check(
          "task pane JavaScript for the first screen (gzip bytes)",
          firstRender.paneScriptGzipBytes + firstRender.officeScriptGzipBytes,
          BUDGET.firstScreenGzipBytes,
        ),
    "error" in firstRender
      ? failed("first render of the pane in Chromium, median of 5 (ms)", firstRender.error)
      : reported("first render of the pane in Chromium, median of 5 (ms)", firstRender.medianMs),
    "error" in recalculation
      ? failed("export plus LibreOffice recalculation, 1000 indicators (ms)", recalculation.error)
      : reported(
          "export plus LibreOffice recalculation, 1000 indicators (ms)",
          Math.round(recalculation.exportMs + recalculation.recalculateMs),
        ),
  ];
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const results = {
    machine: machine(),
    seconds,
    sizes,
    firstRender: "error" in firstRender ? null : firstRender,
    recalculation: "error" in recalculation ? null : rounded(recalculation),
    checks,
  };
  mkdirSync(join(ROOT, "bench"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
  printTable(sizes, checks, seconds);
  process.exitCode = checks.every((entry) => entry.ok) ? 0 : 1;
}

// A measurement that cannot run (a missing program) fails its check with the reason.
async function attempt<T>(measure: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await measure();
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

interface Check {
  measure: string;
  value: number | null;
  /** Null for a figure that is reported, not held to a budget. */
  budget: number | null;
  ok: boolean;
  note?: string;
}

function check(measure: string, value: number, budget: number): Check {
  return { measure, value, budget, ok: value <= budget };
}

function reported(measure: string, value: number): Check {
  return { measure, value, budget: null, ok: true };
}

function failed(measure: string, note: string): Check {
  return { measure, value: null, budget: null, ok: false, note };
}

function rounded(recalculation: Recalculation): Recalculation {
  return {
    ...recalculation,
    exportMs: Math.round(recalculation.exportMs),
    recalculateMs: Math.round(recalculation.recalculateMs),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function machine() {
  return {
    node: process.version,
    os: `${process.platform} ${release()}`,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? "",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
}

function printTable(sizes: readonly SizeResult[], checks: readonly Check[], seconds: number) {
  const header = [
    "indicators",
    "build ms",
    "read ms",
    "build syncs",
    "rebuild syncs",
    "read syncs",
    "largest batch",
    "charts",
  ];
  const rows = sizes.map((s) =>
    [
      s.indicators,
      s.buildMs.toFixed(1),
      s.readMs.toFixed(1),
      s.buildSyncs,
      s.rebuildSyncs,
      s.readSyncs,
      s.largestBatchBytes,
      s.charts,
    ].map(String),
  );
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((r) => len(r[i]))));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ");
  const lines = [line(header), ...rows.map(line), "", "budget checks:"];
  for (const c of checks) {
    const status = c.ok ? (c.budget === null ? "info" : "ok  ") : "FAIL";
    const budget = c.budget === null ? "" : ` (budget ${c.budget})`;
    const note = c.note ? ` — ${c.note}` : "";
    lines.push(`${status} ${c.measure}: ${c.value ?? "not measured"}${budget}${note}`);
  }
  lines.push("", `bench took ${seconds} s`);
  process.stdout.write(lines.join("\n") + "\n");
}

function len(text: string | undefined): number {
  return text?.length ?? 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${String(error)}\n`);
  process.exitCode = 2;
});
