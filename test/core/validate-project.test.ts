import { checkProjectFile } from "../../src/core/check-project";
import type { ProjectFile } from "../../src/core/project";
import type { Problem, ProblemCode } from "../../src/core/problems";
import { index, readJson, validProjectFile } from "../helpers/projects";

const TODAY = "2026-12-03";

function check(file: unknown): Problem[] {
  return checkProjectFile(file, index, { today: TODAY }).problems;
}

/** Problems of one code, as "severity path" strings, to assert where they point. */
function found(file: unknown, code: ProblemCode): string[] {
  return check(file)
    .filter((problem) => problem.code === code)
    .map((problem) => {
      const where = problem.location.kind === "json" ? problem.location.path : "";
      return `${problem.severity} ${where}`;
    });
}

function changed(change: (file: ProjectFile) => void): ProjectFile {
  const file = validProjectFile();
  change(file);
  return file;
}

const goal = (file: ProjectFile, position: number) => {
  const entry = file.goals[position];
  if (!entry) throw new Error(`the fixture has no goal ${position}`);
  return entry;
};
const indicator = (file: ProjectFile, goalPosition: number) => {
  const entry = goal(file, goalPosition).indicators[0];
  if (!entry) throw new Error(`goal ${goalPosition} of the fixture has no indicator`);
  return entry;
};

describe("the valid fixture", () => {
  it("has no problem at all", () => {
    expect(check(validProjectFile())).toEqual([]);
  });
});

// Each rule: the case that breaks it gives exactly the expected problems, and the
// valid fixture (checked above) gives none of them.
describe.each<[string, ProblemCode, (file: ProjectFile) => void, string[]]>([
  [
    "an unknown goal letter",
    "goal-unknown",
    (file) => (goal(file, 1).goal = "F"),
    ["error $.goals[1].goal"],
  ],
  [
    "a goal chosen twice",
    "goal-duplicate",
    (file) => (goal(file, 1).goal = "A"),
    ["error $.goals[1].goal"],
  ],
  [
    "an unknown strategy number",
    "strategy-unknown",
    (file) => goal(file, 0).strategies.push({ number: 14 }),
    ["error $.goals[0].strategies[2].number"],
  ],
  [
    "a strategy for a goal it does not support",
    "strategy-not-supporting",
    (file) => goal(file, 0).strategies.push({ number: 6 }),
    ["error $.goals[0].strategies[2].number"],
  ],
  [
    "a strategy twice within one goal",
    "strategy-duplicate",
    (file) => goal(file, 0).strategies.push({ number: 4 }),
    ["error $.goals[0].strategies[2].number"],
  ],
  [
    "a goal without strategy",
    "goal-without-strategy",
    (file) => (goal(file, 1).strategies = []),
    ["error $.goals[1].strategies"],
  ],
  [
    "a goal without indicator",
    "goal-without-indicator",
    (file) => (goal(file, 1).indicators = []),
    ["error $.goals[1].indicators"],
  ],
  ["no goal at all", "goals-missing", (file) => (file.goals = []), ["error $.goals"]],
  [
    "an unknown indicator id",
    "indicator-unknown",
    (file) => (indicator(file, 0).id = "A9"),
    ["error $.goals[0].indicators[0].id"],
  ],
  [
    "a catalogue indicator under another goal",
    "indicator-wrong-goal",
    (file) => (indicator(file, 0).id = "C1"),
    ["error $.goals[0].indicators[0].id"],
  ],
  [
    "a catalogue indicator that also sets its unit",
    "indicator-id-and-custom",
    (file) => (indicator(file, 0).unit = "stuks"),
    ["error $.goals[0].indicators[0].unit"],
  ],
  [
    "a custom indicator without name",
    "indicator-custom-no-name",
    (file) => (goal(file, 0).indicators[0] = { unit: "stuks", direction: "lower" }),
    ["error $.goals[0].indicators[0].name"],
  ],
  [
    "a custom indicator without unit",
    "indicator-custom-no-unit",
    (file) => (goal(file, 0).indicators[0] = { name: "Stoelen", direction: "lower" }),
    ["error $.goals[0].indicators[0].unit"],
  ],
  [
    "a custom indicator without direction",
    "indicator-custom-no-direction",
    (file) => (goal(file, 0).indicators[0] = { name: "Stoelen", unit: "stuks" }),
    ["error $.goals[0].indicators[0].direction"],
  ],
  [
    "a custom indicator with a direction that is neither higher nor lower",
    "indicator-direction-invalid",
    (file) => (goal(file, 0).indicators[0] = { name: "Stoelen", unit: "stuks", direction: "up" }),
    ["error $.goals[0].indicators[0].direction"],
  ],
  [
    "a measurement that is text",
    "measurement-not-number",
    (file) => (indicator(file, 0).end = "ca. 30"),
    ["error $.goals[0].indicators[0].end"],
  ],
  [
    "a measurement that is true",
    "measurement-not-number",
    (file) => (indicator(file, 0).baseline = true),
    ["error $.goals[0].indicators[0].baseline"],
  ],
  [
    "a percentage above 100",
    "measurement-percent-range",
    (file) => (goal(file, 0).indicators[0] = { id: "B1", baseline: 10, contract: 120, end: null }),
    ["error $.goals[0].indicators[0].contract"],
  ],
  [
    "a percentage below 0",
    "measurement-percent-range",
    (file) =>
      (goal(file, 0).indicators[0] = {
        name: "Hersteld",
        unit: "%",
        direction: "higher",
        baseline: -1,
        contract: 10,
        end: null,
      }),
    ["error $.goals[0].indicators[0].baseline"],
  ],
  [
    "a negative number of pieces",
    "measurement-negative",
    (file) => (indicator(file, 0).end = -3),
    ["error $.goals[0].indicators[0].end"],
  ],
  [
    "a negative number of years",
    "measurement-negative",
    (file) => (indicator(file, 1).baseline = -2),
    ["error $.goals[1].indicators[0].baseline"],
  ],
  [
    "a negative mass in kg",
    "measurement-negative",
    (file) => (goal(file, 0).indicators[0] = { id: "A3", baseline: 50, contract: -1, end: null }),
    ["error $.goals[0].indicators[0].contract"],
  ],
  [
    "a contract that ends before it starts",
    "contract-dates-order",
    (file) => (file.card.contractEnd = "2025-12-31"),
    ["error $.card.contractEnd"],
  ],
  [
    "a date that does not exist",
    "date-invalid",
    (file) => (indicator(file, 0).baselineDate = "2025-02-29"),
    ["error $.goals[0].indicators[0].baselineDate"],
  ],
  [
    "a date in another form",
    "date-invalid",
    (file) => (file.card.contractStart = "01/01/2026"),
    ["error $.card.contractStart"],
  ],
  [
    "no project name",
    "project-name-missing",
    (file) => (file.card.name = " "),
    ["error $.card.name"],
  ],
  [
    "an unknown product category",
    "category-unknown",
    (file) => (file.card.productCategory = "spaceships"),
    ["error $.card.productCategory"],
  ],
  [
    "no product category",
    "category-missing",
    (file) => delete file.card.productCategory,
    ["warning $.card.productCategory"],
  ],
  ["only one goal", "single-goal", (file) => file.goals.pop(), ["warning $.goals"]],
  [
    "only one strategy for a goal",
    "single-strategy",
    (file) => goal(file, 1).strategies.pop(),
    ["warning $.goals[1].strategies"],
  ],
  [
    "a contract value that is no improvement, lower being better",
    "contract-no-improvement",
    (file) => (indicator(file, 0).contract = 400),
    ["warning $.goals[0].indicators[0].contract"],
  ],
  [
    "a contract value that is no improvement, higher being better",
    "contract-no-improvement",
    (file) => (indicator(file, 1).contract = 1),
    ["warning $.goals[1].indicators[0].contract"],
  ],
  [
    "a contract that ended without end values",
    "end-values-missing",
    (file) => {
      file.card.contractStart = "2022-01-01";
      file.card.contractEnd = "2025-12-31";
      indicator(file, 1).end = 9;
    },
    ["warning $.goals[0].indicators[0].end"],
  ],
  [
    "a strategy that also supports another chosen goal",
    "strategy-shared",
    (file) => goal(file, 0).strategies.push({ number: 1 }),
    ["info $.goals[0].strategies[2].number"],
  ],
])("%s", (_name, code, change, expected) => {
  it(`is reported as ${code}`, () => {
    expect(found(changed(change), code)).toEqual(expected);
  });
});

describe("messages", () => {
  it("name the goals a strategy does support, in Dutch and English", () => {
    const [problem] = check(
      changed((file) => goal(file, 0).strategies.push({ number: 13 })),
    ).filter((candidate) => candidate.code === "strategy-not-supporting");
    expect(problem?.message).toEqual({
      nl: "Strategie 13 ondersteunt doelstelling A niet, wel doelstellingen B, D, E.",
      en: "Strategy 13 does not support goal A; it supports goals B, D, E.",
    });
  });

  it("name the field and the value of a measurement that is not a number", () => {
    const [problem] = check(changed((file) => (indicator(file, 0).end = "ca. 30")));
    expect(problem?.message).toEqual({
      nl: 'De waarde bij einde contract "ca. 30" is geen getal.',
      en: 'The end-of-contract value "ca. 30" is not a number.',
    });
  });

  it("say that a contract in the future needs no end values yet", () => {
    expect(found(validProjectFile(), "end-values-missing")).toEqual([]);
  });

  it("accept a contract value equal to a missing baseline as nothing to compare", () => {
    const file = changed((project) => (indicator(project, 0).baseline = null));
    expect(found(file, "contract-no-improvement")).toEqual([]);
  });
});

describe("the example projects", () => {
  it.each(["office-chairs", "laptops"])("%s has no error and no warning", (name) => {
    const problems = check(readJson(`examples/${name}.json`));
    expect(problems.filter((problem) => problem.severity !== "info")).toEqual([]);
  });

  it("the problem example has every kind of error it was written to show", () => {
    const codes = new Set(check(readJson("examples/problems.json")).map((problem) => problem.code));
    const expected: ProblemCode[] = [
      "schema-unknown-key",
      "measurement-not-number",
      "project-name-missing",
      "category-unknown",
      "contract-dates-order",
      "date-invalid",
      "strategy-duplicate",
      "strategy-unknown",
      "strategy-not-supporting",
      "indicator-wrong-goal",
      "indicator-unknown",
      "measurement-negative",
      "goal-unknown",
      "goal-duplicate",
      "goal-without-strategy",
      "goal-without-indicator",
      "indicator-custom-no-unit",
      "indicator-custom-no-name",
      "indicator-direction-invalid",
      "indicator-id-and-custom",
      "measurement-percent-range",
      "contract-no-improvement",
      "end-values-missing",
      "single-strategy",
      "strategy-shared",
    ];
    expect([...codes].sort()).toEqual([...expected].sort());
  });
});
