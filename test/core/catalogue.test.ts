import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  defaultCatalogue,
  parseCatalogue,
  unitKind,
  type Catalogue,
  type CatalogueResult,
} from "../../src/core/catalogue";
import { ROOT, readJson } from "../helpers/projects";

/** "code path" pairs of a result's problems; empty when the catalogue loaded. */
function problemsOf(result: CatalogueResult): string[] {
  if (result.ok) return [];
  return result.problems.map((problem) => {
    const where = problem.location.kind === "json" ? problem.location.path : "";
    return `${problem.code} ${where}`;
  });
}

function modifiedDefault(change: (catalogue: Record<string, unknown> & Catalogue) => void) {
  const text = readFileSync(join(ROOT, "src/core/catalogue/default-catalogue.json"), "utf8");
  const catalogue = JSON.parse(text) as Record<string, unknown> & Catalogue;
  change(catalogue);
  return parseCatalogue(catalogue);
}

describe("the default catalogue", () => {
  const catalogue = defaultCatalogue();

  it("has the five goals of the Green Deal map with their phases and English names", () => {
    expect(catalogue.goals.map((goal) => [goal.letter, goal.phase, goal.name.en])).toEqual([
      ["A", "input", "Reduce the total amount of materials"],
      ["B", "input", "Reduce non-renewable virgin input"],
      ["C", "use", "Extend the use and lifetime of products"],
      ["D", "output", "Optimise the potential reuse of products and components"],
      ["E", "output", "Optimise the potential recycling of products and materials"],
    ]);
  });

  it("has thirteen strategies, each supporting the goals of the default table", () => {
    expect(
      catalogue.strategies.map((strategy) => [strategy.number, strategy.goals.join("")]),
    ).toEqual([
      [1, "AC"],
      [2, "AC"],
      [3, "ACDE"],
      [4, "AB"],
      [5, "A"],
      [6, "B"],
      [7, "B"],
      [8, "C"],
      [9, "CD"],
      [10, "CD"],
      [11, "DE"],
      [12, "DE"],
      [13, "BDE"],
    ]);
  });

  it("has the indicator library with units and directions", () => {
    const rows = catalogue.indicators.map((indicator) =>
      [indicator.id, indicator.goal, indicator.unit.en, indicator.direction].join(" "),
    );
    expect(rows).toEqual([
      "A1 A kg per unit lower",
      "A2 A pieces lower",
      "A3 A kg lower",
      "B1 B % higher",
      "B2 B % higher",
      "B3 B % higher",
      "B4 B kg lower",
      "C1 C years higher",
      "C2 C years higher",
      "C3 C % higher",
      "C4 C % higher",
      "D1 D % higher",
      "D2 D % higher",
      "D3 D % higher",
      "E1 E % higher",
      "E2 E % higher",
      "E3 E kg lower",
    ]);
  });

  it("has the fifteen product categories, ending with other", () => {
    expect(catalogue.productCategories).toHaveLength(15);
    expect(catalogue.productCategories[0]?.name.en).toBe("Office furniture");
    expect(catalogue.productCategories[14]?.id).toBe("other");
  });

  it("says that an organisation replaces the strategies with its printed map", () => {
    expect(catalogue.description.en).toMatch(/replaces/);
    expect(catalogue.description.en).toMatch(/printed map/);
    expect(catalogue.description.nl).toMatch(/vervangt/);
  });

  it("has no text that a spreadsheet would take for a formula", () => {
    const texts = JSON.stringify(catalogue).match(/"(nl|en)":"[^"]*"/g) ?? [];
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((entry) => /^"(nl|en)":"[=+\-@]/.test(entry))).toEqual([]);
  });
});

describe("a custom catalogue", () => {
  it("loads when it is complete and consistent", () => {
    const result = parseCatalogue(readJson("test/fixtures/catalogue-small.json"));
    expect(result.ok && result.catalogue.goals.map((goal) => goal.letter)).toEqual(["A", "C"]);
  });

  it("of another format is refused with one problem", () => {
    expect(problemsOf(parseCatalogue({ format: "ambitiekaart-project", version: 1 }))).toEqual([
      "file-format $.format",
    ]);
  });

  it("of a newer version asks for a newer add-in", () => {
    const result = modifiedDefault((catalogue) => (catalogue.version = 2 as 1));
    expect(problemsOf(result)).toEqual(["file-version-newer $.version"]);
    expect(!result.ok && result.problems[0]?.message.en).toMatch(/newer version of the add-in/);
  });

  it("that is not an object is refused", () => {
    expect(problemsOf(parseCatalogue([1, 2]))).toEqual(["file-not-object $"]);
  });

  it("failing the schema lists every problem with its JSON path, and loads nothing", () => {
    const result = modifiedDefault((catalogue) => {
      const [goal, second] = catalogue.goals;
      if (!goal || !second) throw new Error("the default catalogue has goals");
      goal.letter = "a";
      (goal.name as Record<string, unknown>).en = 5;
      delete (second as Partial<typeof second>).description;
      (catalogue.indicators[0] as Record<string, unknown>).direction = "up";
      (catalogue.strategies[0] as Record<string, unknown>).colour = "green";
      (catalogue.productCategories[0]?.name as Record<string, unknown>).nl = "";
    });
    expect(result.ok).toBe(false);
    expect(problemsOf(result).sort()).toEqual(
      [
        "schema-format $.goals[0].letter",
        "schema-type $.goals[0].name.en",
        "schema-missing $.goals[1].description",
        "schema-value $.indicators[0].direction",
        "schema-unknown-key $.strategies[0].colour",
        "schema-empty $.productCategories[0].name.nl",
      ].sort(),
    );
  });

  it("explains a schema problem in both languages", () => {
    const result = modifiedDefault((catalogue) => {
      (catalogue.goals[0]?.name as Record<string, unknown>).en = 5;
      (catalogue.indicators[0] as Record<string, unknown>).direction = "up";
    });
    expect(!result.ok && result.problems.map((problem) => problem.message)).toEqual([
      { nl: "Verwacht: tekst; gevonden: 5.", en: "Expected text, found 5." },
      {
        nl: 'Moet een van deze waarden zijn: "higher", "lower".',
        en: 'Must be one of: "higher", "lower".',
      },
    ]);
  });

  it("that is inconsistent lists every inconsistency, and loads nothing", () => {
    const result = parseCatalogue(readJson("test/fixtures/catalogue-inconsistent.json"));
    expect(result.ok).toBe(false);
    expect(problemsOf(result)).toEqual([
      "catalogue-strategy-duplicate $.strategies[1].number",
      "catalogue-strategy-unknown-goal $.strategies[0].goals[1]",
      "catalogue-goal-unsupported $.goals[1].letter",
      "catalogue-indicator-duplicate $.indicators[1].id",
      "catalogue-indicator-unknown-goal $.indicators[1].goal",
    ]);
  });

  it.each<[string, (catalogue: Catalogue) => void, string]>([
    [
      "a goal letter used twice",
      (catalogue) => catalogue.goals.push({ ...catalogue.goals[0]! }),
      "catalogue-goal-duplicate $.goals[5].letter",
    ],
    [
      "a goal listed twice by one strategy",
      (catalogue) => catalogue.strategies[4]?.goals.push("A"),
      "catalogue-strategy-goal-duplicate $.strategies[4].goals[1]",
    ],
    [
      "a product category id used twice",
      (catalogue) => catalogue.productCategories.push({ ...catalogue.productCategories[0]! }),
      "catalogue-category-duplicate $.productCategories[15].id",
    ],
  ])("with %s is refused", (_name, change, expected) => {
    expect(problemsOf(modifiedDefault(change))).toEqual([expected]);
  });
});

describe("unit kinds", () => {
  it.each<[string, string]>([
    ["%", "percent"],
    ["procent", "percent"],
    ["kg", "non-negative"],
    ["kg per unit", "non-negative"],
    ["stuks", "non-negative"],
    ["pieces", "non-negative"],
    ["jaar", "non-negative"],
    ["years", "non-negative"],
    ["euro", "any"],
    ["kg CO2-eq verschil", "non-negative"],
    ["tCO2e", "any"],
  ])("%s is %s", (unit, kind) => {
    expect(unitKind(unit)).toBe(kind);
  });
});
