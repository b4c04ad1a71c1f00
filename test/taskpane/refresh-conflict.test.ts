import { defaultCatalogue } from "../../src/core/catalogue";
import { MemoryWorkbook } from "../../src/office/memory";
import { readProject } from "../../src/office/workbook-actions";
import { refreshProject } from "../../src/taskpane/refresh";
import { build, exampleProject } from "../helpers/workbooks";

describe("a refresh that meets a value changed on both sides", () => {
  it("keeps the workbook's value and names the cell", async () => {
    const workbook = new MemoryWorkbook();
    const built = await build(workbook, exampleProject("office-chairs"));
    workbook.person.paste("Indicatoren", "H4", 175);
    const pane = structuredClone(built.project);
    const indicator = pane.goals[0]?.indicators[0];
    if (indicator) indicator.end = 190;
    const read = await readProject(workbook, defaultCatalogue(), "2026-12-03");
    if (!read.ok) throw new Error("the workbook reads");
    const result = refreshProject(pane, built.project, read.project, read.cells);
    expect(result.project.goals[0]?.indicators[0]?.end).toBe(175);
    expect(result.conflicts.map((problem) => problem.location)).toEqual([
      { kind: "cell", sheet: "Indicatoren", address: "H4" },
    ]);
  });
});
