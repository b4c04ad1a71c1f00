import { cli } from "../helpers/cli";

interface JsonProblem {
  code: string;
  severity: string;
  location: { kind: string; path: string };
  message: { nl: string; en: string };
}

describe("ambitiekaart validate", () => {
  it("exits 0 for a valid project and says so", async () => {
    const run = await cli(["validate", "examples/office-chairs.json"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/examples\/office-chairs\.json: 0 errors, 0 warnings, 3 notes\.\n$/);
  });

  it("exits 1 and lists errors first, with their paths, for a project with errors", async () => {
    const run = await cli(["validate", "examples/problems.json", "--lang", "en"]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      'error    $.goals[2].indicators[0].basline  Unknown field "basline": check its spelling; ' +
        "it was not read. (schema-unknown-key)",
    );
    expect(lines).toContain(
      "error    $.card.productCategory  Product category spaceships is not in the catalogue. " +
        "(category-unknown)",
    );
    expect(lines[lines.length - 1]).toMatch(/: 2\d errors, \d+ warnings, 3 notes\.$/);
  });

  it("speaks Dutch with --lang nl and from a Dutch locale", async () => {
    const byOption = await cli(["validate", "examples/problems.json", "--lang", "nl"]);
    const byLocale = await cli(["validate", "examples/problems.json"], "nl_BE.UTF-8");
    expect(byOption.stdout).toContain("fout          $.card.name  Het project heeft geen naam.");
    expect(byLocale.stdout).toBe(byOption.stdout);
  });

  it("prints problems as JSON with --json", async () => {
    const run = await cli(["validate", "examples/problems.json", "--json"]);
    const output = JSON.parse(run.stdout) as { valid: boolean; problems: JsonProblem[] };
    expect(run.status).toBe(1);
    expect(output.valid).toBe(false);
    expect(output.problems).toContainEqual(
      expect.objectContaining({
        code: "strategy-not-supporting",
        severity: "error",
        location: { kind: "json", path: "$.goals[0].strategies[3].number" },
        message: {
          nl: "Strategie 6 ondersteunt doelstelling A niet, wel doelstelling B.",
          en: "Strategy 6 does not support goal A; it supports goal B.",
        },
      }),
    );
  });

  it("exits 0 with warnings only", async () => {
    const run = await cli(["validate", "test/fixtures/project-warnings-only.json", "--json"]);
    const output = JSON.parse(run.stdout) as { valid: boolean; problems: JsonProblem[] };
    expect(output.problems.map((problem) => problem.severity)).toEqual(["warning", "warning"]);
    expect(run.status).toBe(0);
  });
});

describe("ambitiekaart progress", () => {
  it("prints progress per indicator, goal and project", async () => {
    const run = await cli(["progress", "examples/office-chairs.json"]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "Goal  Indicator  Ambition  Change  Progress  Status",
      "A     A2         -250      -220    0.88      partly-achieved",
      "B     B1         30        35      1.1667    achieved",
      "B     B3         50        35      0.7       partly-achieved",
      "C     C2         8         8       1         achieved",
    ]);
    expect(lines).toContain("Goal B: progress 0.9333");
    expect(lines).toContain("Project: progress 0.9378");
  });

  it("prints the documented JSON shape, with null where progress is undefined", async () => {
    const run = await cli(["progress", "examples/laptops.json", "--json"]);
    const output = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(run.status).toBe(0);
    expect(Object.keys(output)).toEqual([
      "file",
      "valid",
      "indicators",
      "goals",
      "project",
      "problems",
    ]);
    expect((output.indicators as unknown[])[0]).toEqual({
      goal: "C",
      indicator: "C1",
      direction: "higher",
      baseline: 4,
      contract: 6,
      end: null,
      ambition: 2,
      realisedChange: null,
      progress: null,
      status: "running",
    });
    expect(output.goals).toEqual([
      { goal: "C", progress: null },
      { goal: "D", progress: null },
      { goal: "E", progress: null },
    ]);
    expect(output.project).toBeNull();
  });

  it("still prints what can be computed for an invalid project, with exit 1", async () => {
    const run = await cli(["progress", "examples/problems.json", "--json"]);
    const output = JSON.parse(run.stdout) as {
      indicators: { indicator: string; progress: number | null }[];
      problems: JsonProblem[];
    };
    expect(run.status).toBe(1);
    expect(output.indicators.find((row) => row.indicator === "C2")?.progress).toBe(1);
    expect(output.problems.length).toBeGreaterThan(20);
  });

  it("says nothing can be computed when the structure is broken", async () => {
    const run = await cli(["progress", "test/fixtures/project-broken.json"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Nothing can be computed: the file's structure is broken\.\n\n/);
    expect(run.stdout).toContain('$.goals[0].strategies[0].number  Expected a number, found "3".');
  });
});

describe("ambitiekaart catalogue", () => {
  it("prints the default catalogue in the chosen language", async () => {
    const run = await cli(["catalogue", "--lang", "nl"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("A  input    De totale hoeveelheid materialen verminderen");
    expect(run.stdout).toMatch(/\n3\s+.+\s+ondersteunt A, C, D, E\n/);
  });

  it("prints the catalogue as JSON", async () => {
    const run = await cli(["catalogue", "--json"]);
    const output = JSON.parse(run.stdout) as { catalogue: { strategies: unknown[] } };
    expect(output.catalogue.strategies).toHaveLength(13);
  });

  it("prints a custom catalogue", async () => {
    const run = await cli(["catalogue", "--catalogue", "test/fixtures/catalogue-small.json"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Map of the City of Lindebeek\n/);
  });

  it("lists the problems of an inconsistent custom catalogue with exit 1", async () => {
    const run = await cli([
      "catalogue",
      "--catalogue",
      "test/fixtures/catalogue-inconsistent.json",
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n").slice(0, 3)).toEqual([
      "The catalogue test/fixtures/catalogue-inconsistent.json cannot be used:",
      "error    $.strategies[1].number  Strategy number 1 is used more than once. " +
        "(catalogue-strategy-duplicate)",
      "error    $.strategies[0].goals[1]  Strategy 1 supports goal G, which is not a goal. " +
        "(catalogue-strategy-unknown-goal)",
    ]);
  });

  it("validates a project against a custom catalogue", async () => {
    const run = await cli([
      "validate",
      "examples/office-chairs.json",
      "--catalogue",
      "test/fixtures/catalogue-small.json",
      "--json",
    ]);
    const output = JSON.parse(run.stdout) as { problems: JsonProblem[] };
    expect(run.status).toBe(1);
    expect(output.problems.map((problem) => problem.code)).toContain("goal-unknown");
  });
});

describe("exit status 2 with a one-line reason", () => {
  it.each<[string, string[], string]>([
    [
      "a missing project file",
      ["validate", "nope.json"],
      "Cannot read nope.json: the file does not exist.",
    ],
    ["a folder", ["progress", "examples"], "Cannot read examples: EISDIR."],
    [
      "a file that is not JSON",
      ["validate", "test/fixtures/not-json.json"],
      "test/fixtures/not-json.json is not valid JSON: the error is at line 3, column 3.",
    ],
    [
      "an unreadable catalogue",
      ["catalogue", "--catalogue", "missing.json"],
      "Cannot read missing.json: the file does not exist.",
    ],
    ["an unknown command", ["check", "x.json"], 'Unknown command "check".'],
    ["no command", [], "No command given."],
    ["no project file", ["validate"], "No project file given."],
    ["an unknown option", ["validate", "x.json", "--fast"], "Unknown option --fast."],
    [
      "an option without its value",
      ["validate", "x.json", "--catalogue"],
      "Option --catalogue needs a value.",
    ],
    [
      "a language that is not offered",
      ["catalogue", "--lang", "fr"],
      'Language "fr" is not supported; use "nl" or "en".',
    ],
    ["two project files", ["validate", "a.json", "b.json"], "Unexpected argument b.json."],
  ])("for %s", async (_name, args, reason) => {
    const run = await cli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toBe(reason);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it("gives the reason in Dutch when asked", async () => {
    const run = await cli(["validate", "nope.json", "--lang", "nl"]);
    expect(run.stderr).toBe("Kan nope.json niet lezen: het bestand bestaat niet.\n");
  });
});

describe("help", () => {
  it("prints the usage with exit 0", async () => {
    const run = await cli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage:\n {2}ambitiekaart validate <project\.json>/);
  });
});
