import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { defaultCatalogue } from "../src/core/catalogue";
import { MemoryWorkbook } from "../src/office/memory";
import { buildWorkbook, readProject } from "../src/office/workbook-actions";
import { growthExponent, timeMedian } from "./measure";
import { benchProject, SIZES } from "./sizes";

// Budgets from the benchmark issue; Excel on the web refuses requests above 5 MB.
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
    buildMs: await timeMedian(runs, () => buildWorkbook(new MemoryWorkbook(), request)),
    readMs: await timeMedian(runs, () => readProject(workbook, catalogue, TODAY)),
  };
}

/** The gzip size of the scripts taskpane.html loads first, from a production build. */
function firstScreenBytes(): number | null {
  const web = join(ROOT, "dist", "web");
  const html = join(web, "taskpane.html");
  if (!existsSync(html)) return null;
  // The production HTML is minified: attribute values may come without quotes.
  const scripts = [...readFileSync(html, "utf8").matchAll(/<script[^>]*\ssrc=("[^"]+"|[^\s>]+)/g)]
    .map((match) => (match[1] ?? "").replace(/"/g, ""))
    .filter((src) => !src.startsWith("http"));
  const files = scripts.length > 0 ? scripts : readdirSync(web).filter((f) => f.endsWith(".js"));
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(web, file))).length, 0);
}

async function main(): Promise<void> {
  const sizes: SizeResult[] = [];
  for (const size of SIZES) sizes.push(await measureSize(size));
  const buildExponent = growthExponent(sizes.map((s) => ({ size: s.indicators, ms: s.buildMs })));
  const readExponent = growthExponent(sizes.map((s) => ({ size: s.indicators, ms: s.readMs })));
  const firstScreen = firstScreenBytes();
  const largest = sizes.find((s) => s.indicators === 1000)?.largestBatchBytes ?? 0;
  const checks = [
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
    firstScreen === null
      ? {
          measure: "task pane JavaScript for the first screen (gzip bytes)",
          value: null,
          budget: BUDGET.firstScreenGzipBytes,
          ok: false,
          note: "no dist/web: run npm run build first",
        }
      : check(
          "task pane JavaScript for the first screen (gzip bytes)",
          firstScreen,
          BUDGET.firstScreenGzipBytes,
        ),
  ];
  const results = { machine: machine(), sizes, checks };
  mkdirSync(join(ROOT, "bench"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
  printTable(sizes, checks);
  process.exitCode = checks.every((entry) => entry.ok) ? 0 : 1;
}

interface Check {
  measure: string;
  value: number | null;
  budget: number;
  ok: boolean;
  note?: string;
}

function check(measure: string, value: number, budget: number): Check {
  return { measure, value, budget, ok: value <= budget };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function machine() {
  return {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? "",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
}

function printTable(sizes: readonly SizeResult[], checks: readonly Check[]): void {
  const lines = [
    "indicators  build ms  read ms  build syncs  rebuild syncs  read syncs  largest batch",
  ];
  for (const s of sizes) {
    lines.push(
      [
        s.indicators,
        s.buildMs.toFixed(1),
        s.readMs.toFixed(1),
        s.buildSyncs,
        s.rebuildSyncs,
        s.readSyncs,
        s.largestBatchBytes,
      ]
        .map(String)
        .join("  "),
    );
  }
  lines.push("", "budget checks:");
  for (const c of checks)
    lines.push(
      `${c.ok ? "ok  " : "FAIL"} ${c.measure}: ${c.value ?? "not measured"} ` +
        `(budget ${c.budget})${c.note ? ` — ${c.note}` : ""}`,
    );
  process.stdout.write(lines.join("\n") + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${String(error)}\n`);
  process.exitCode = 2;
});
