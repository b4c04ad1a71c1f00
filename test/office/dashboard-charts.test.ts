import { MEASUREMENT_CHARTS } from "../../src/core/layout/dashboard-sheet";
import { MemoryWorkbook } from "../../src/office/memory";
import type { SheetSnapshot } from "../../src/office/memory/snapshot";
import { build, projectWithIndicators } from "../helpers/workbooks";

function dashboardOf(workbook: MemoryWorkbook): SheetSnapshot {
  const found = workbook.inspect().sheets.find((sheet) => sheet.name === "Dashboard");
  if (!found) throw new Error("no dashboard");
  return found;
}

describe("a dashboard with many indicators", () => {
  it("charts the measurements of the first indicators and says so", async () => {
    const workbook = new MemoryWorkbook();
    await build(workbook, projectWithIndicators(MEASUREMENT_CHARTS + 5));
    const dashboard = dashboardOf(workbook);
    const sources = dashboard.charts.map((chart) => chart.source.split("!").pop());
    expect(dashboard.charts).toHaveLength(1 + MEASUREMENT_CHARTS);
    // The progress chart reads a header and one row per indicator: all 25.
    expect(sources[0]).toBe("T6:U31");
    expect(sources[MEASUREMENT_CHARTS]).toBe("W63:Z64");
    const note = Object.values(dashboard.cells).find((cell) =>
      String(cell.value).startsWith("Meetgrafieken"),
    );
    expect(note?.value).toBe(
      "Meetgrafieken voor de eerste 20 van 25 indicatoren; " +
        "de voortgangsgrafiek en de grafiekgegevens tonen ze allemaal.",
    );
  });

  it("charts every indicator of a project within the limit, without a note", async () => {
    const workbook = new MemoryWorkbook();
    await build(workbook, projectWithIndicators(MEASUREMENT_CHARTS));
    const dashboard = dashboardOf(workbook);
    expect(dashboard.charts).toHaveLength(1 + MEASUREMENT_CHARTS);
    const texts = Object.values(dashboard.cells).map((cell) => String(cell.value));
    expect(texts.some((text) => text.startsWith("Meetgrafieken"))).toBe(false);
  });

  it("clears dashboard cells its plan no longer covers, then rebuilds idle", async () => {
    const workbook = new MemoryWorkbook();
    const project = projectWithIndicators(MEASUREMENT_CHARTS + 5);
    const first = await build(workbook, project);
    workbook.person.unprotect("Dashboard");
    // Below the chart data's progress column, above the lowest measurement block.
    workbook.person.type("Dashboard", "U40", "oud");
    workbook.person.protect("Dashboard");
    await build(workbook, project, { base: first.project });
    expect(dashboardOf(workbook).cells.U40?.value ?? null).toBeNull();
    const again = await build(workbook, project, { base: first.project });
    expect(again.cellsWritten).toBe(0);
  });

  it("re-adds only the chart of an indicator that was renamed", async () => {
    const workbook = new MemoryWorkbook();
    const first = await build(workbook, projectWithIndicators(MEASUREMENT_CHARTS + 5));
    const before = dashboardOf(workbook).charts;
    const renamed = structuredClone(first.project);
    const indicator = renamed.goals[0]?.indicators[1];
    if (!indicator) throw new Error("the project has a second indicator");
    indicator.name = "Gewicht van het afval";
    await build(workbook, renamed, { base: first.project });
    const after = dashboardOf(workbook).charts;
    const kept = new Set(before.map((chart) => chart.id));
    const changed = after.filter((chart) => !kept.has(chart.id));
    expect(after).toHaveLength(before.length);
    expect(changed.map((chart) => chart.title)).toEqual(["A · Gewicht van het afval"]);
  });

  it("puts back a measurement chart a person deleted", async () => {
    const workbook = new MemoryWorkbook();
    const project = projectWithIndicators(3);
    const first = await build(workbook, project);
    const names = dashboardOf(workbook).charts.map((chart) => chart.name);
    workbook.person.unprotect("Dashboard");
    await workbook.run(async (context) => {
      context.workbook.worksheets
        .getItem("Dashboard")
        .charts.getItem(names[2] ?? "")
        .delete();
      await context.sync();
    });
    workbook.person.protect("Dashboard");
    const again = await build(workbook, project, { base: first.project });
    expect(again.cellsWritten).toBe(0);
    expect(
      dashboardOf(workbook)
        .charts.map((chart) => chart.name)
        .sort(),
    ).toEqual([...names].sort());
  });
});
