import { parseProject, toProjectFile } from "../../src/core/project";
import { readJson, validProjectFile } from "../helpers/projects";

function codesAndPaths(input: unknown): string[] {
  return parseProject(input).problems.map((problem) => {
    const where = problem.location.kind === "json" ? problem.location.path : "";
    return `${problem.code} ${where}`;
  });
}

describe("reading a project file", () => {
  it("refuses a file of another format", () => {
    const result = parseProject({ ...validProjectFile(), format: "ambitiekaart-catalogue" });
    expect(result.project).toBeNull();
    expect(codesAndPaths({ ...validProjectFile(), format: "x" })).toEqual(["file-format $.format"]);
  });

  it("refuses another version and says when the file is newer", () => {
    expect(codesAndPaths({ ...validProjectFile(), version: 3 })).toEqual([
      "file-version-newer $.version",
    ]);
    expect(codesAndPaths({ ...validProjectFile(), version: "1" })).toEqual([
      "file-version $.version",
    ]);
  });

  it("refuses a file that is not an object", () => {
    expect(codesAndPaths("project")).toEqual(["file-not-object $"]);
    expect(codesAndPaths(null)).toEqual(["file-not-object $"]);
  });

  it("gives no project when the structure is broken, with every path", () => {
    const file: Record<string, unknown> = { ...validProjectFile(), goals: { goal: "A" } };
    delete file.card;
    const result = parseProject(file);
    expect(result.project).toBeNull();
    expect(codesAndPaths(file)).toEqual(["schema-missing $.card", "schema-type $.goals"]);
  });

  it("reads on past unknown fields and reports each", () => {
    const file = validProjectFile() as unknown as { card: Record<string, unknown> };
    file.card.contractStrat = "2026-01-01";
    const result = parseProject(file);
    expect(result.project?.card.name).toBe("Bureaustoelen");
    expect(result.problems.map((problem) => problem.message.en)).toEqual([
      'Unknown field "contractStrat": check its spelling; it was not read.',
    ]);
  });

  it("reads a measurement that is not a number as missing, and reports it", () => {
    const file = validProjectFile();
    const indicator = file.goals[0]?.indicators[0];
    if (!indicator) throw new Error("the fixture has an indicator");
    indicator.baseline = "30 %";
    indicator.end = undefined;
    const result = parseProject(file);
    expect(result.project?.goals[0]?.indicators[0]).toMatchObject({
      baseline: null,
      contract: 150,
      end: null,
    });
    expect(codesAndPaths(file)).toEqual([
      "measurement-not-number $.goals[0].indicators[0].baseline",
    ]);
  });

  it.each(["office-chairs", "laptops"])("writes %s back to the same JSON", (name) => {
    const input = readJson(`examples/${name}.json`);
    const { project } = parseProject(input);
    if (!project) throw new Error("the example reads");
    expect(JSON.parse(JSON.stringify(toProjectFile(project)))).toEqual(input);
  });
});
