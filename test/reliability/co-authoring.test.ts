import type { WorkbookSnapshot } from "../../src/office/memory/snapshot";
import { builtExample, read, rebuild, sheetOf, typedTexts } from "./edit-helpers";

/** Cells whose value or formula differ between two snapshots, as `Sheet!A1`. */
function changedCells(before: WorkbookSnapshot, after: WorkbookSnapshot): string[] {
  const content = (snapshot: WorkbookSnapshot) => {
    const cells = new Map<string, string>();
    for (const sheet of snapshot.sheets) {
      for (const [address, cell] of Object.entries(sheet.cells)) {
        cells.set(`${sheet.name}!${address}`, JSON.stringify([cell.value, cell.formula]));
      }
    }
    return cells;
  };
  const [a, b] = [content(before), content(after)];
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((key) => a.get(key) !== b.get(key)).sort();
}

describe("co-authoring: a rebuild writes only what changes", () => {
  it("rebuilding an unchanged workbook writes no cell and sends no write", async () => {
    const { workbook, project } = await builtExample();
    const before = workbook.inspect();
    workbook.resetStats();
    const built = await rebuild(workbook, project, project);
    expect(built.ok && built.cellsWritten).toBe(0);
    // The two loads only: no third, writing round trip.
    expect(workbook.stats.syncs).toBe(2);
    expect(changedCells(before, workbook.inspect())).toEqual([]);
  });

  it("a changed measurement writes that one cell", async () => {
    const { workbook, project } = await builtExample();
    const before = workbook.inspect();
    const pane = structuredClone(project);
    const indicator = pane.goals[1]?.indicators[0];
    if (indicator) indicator.end = 48;
    const built = await rebuild(workbook, pane, project);
    expect(built.ok && built.cellsWritten).toBe(1);
    expect(changedCells(before, workbook.inspect())).toEqual(["Indicatoren!H5"]);
  });

  it("a changed note and project name write those two cells", async () => {
    const { workbook, project } = await builtExample();
    const before = workbook.inspect();
    const pane = structuredClone(project);
    pane.card.name = "Bureaustoelen 2026";
    const strategy = pane.goals[0]?.strategies[1];
    if (strategy) strategy.note = "Perceel 2";
    const built = await rebuild(workbook, pane, project);
    expect(built.ok && built.cellsWritten).toBe(2);
    expect(changedCells(before, workbook.inspect())).toEqual(["Ambities!E5", "Project!B4"]);
  });
});

describe("co-authoring: another author's row between a read and a build", () => {
  it("a row inserted inside the indicator table is kept with its values", async () => {
    const { workbook } = await builtExample();
    const opened = await read(workbook);
    if (!opened.ok) throw new Error("the workbook reads");
    // The other author inserts a row inside the table and fills it in.
    workbook.person.unprotect("Indicatoren");
    workbook.person.insertRows("Indicatoren", 4, 1);
    workbook.person.paste("Indicatoren", "A5", "A");
    workbook.person.paste("Indicatoren", "B5", "Gerecycleerd aluminium");
    workbook.person.paste("Indicatoren", "C5", "%");
    workbook.person.paste("Indicatoren", "D5", "hoger");
    workbook.person.paste("Indicatoren", "E5", 10);
    workbook.person.paste("Indicatoren", "G5", 40);
    const typed = typedTexts(workbook);
    // Meanwhile the pane changed an end value and builds with what it read as the base.
    const pane = structuredClone(opened.project);
    const indicator = pane.goals[2]?.indicators[0];
    if (indicator) indicator.end = 9;
    const built = await rebuild(workbook, pane, opened.project);
    expect(built.ok).toBe(true);
    const after = await read(workbook);
    if (!after.ok) throw new Error("the workbook reads");
    expect(after.project.goals[0]?.indicators[1]).toEqual({
      name: "Gerecycleerd aluminium",
      unit: "%",
      direction: "higher",
      baseline: 10,
      contract: 40,
      end: null,
    });
    expect(after.project.goals[2]?.indicators[0]?.end).toBe(9);
    // Only the end value the pane changed differs: C2's 10 became 9.
    typed.splice(typed.indexOf("10"), 1, "9");
    expect(typedTexts(workbook)).toEqual(typed.sort());
  });

  it("keeps a strategy another author typed below the table when the pane adds one", async () => {
    const { workbook } = await builtExample();
    const opened = await read(workbook);
    if (!opened.ok) throw new Error("the workbook reads");
    workbook.person.unprotect("Ambities");
    workbook.person.type("Ambities", "A11", "C");
    workbook.person.type("Ambities", "B11", 3);
    workbook.person.type("Ambities", "E11", "Herbruik van onderdelen");
    const pane = structuredClone(opened.project);
    pane.goals[0]?.strategies.push({ number: 2, note: "Deelplatform" });
    const built = await rebuild(workbook, pane, opened.project);
    expect(built.ok).toBe(true);
    const after = await read(workbook);
    if (!after.ok) throw new Error("the workbook reads");
    expect(after.project.goals[0]?.strategies.map((s) => s.number)).toEqual([1, 4, 2]);
    expect(after.project.goals[2]?.strategies).toContainEqual({
      number: 3,
      note: "Herbruik van onderdelen",
    });
    expect(sheetOf(workbook, "Ambities").tables[0]?.address).toMatch(/A3:E12$/);
  });
});
