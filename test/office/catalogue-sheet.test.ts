import { defaultCatalogue } from "../../src/core/catalogue";
import { MemoryWorkbook } from "../../src/office/memory";
import { readCatalogueFromWorkbook } from "../../src/office/workbook-actions";
import { build, exampleProject } from "../helpers/workbooks";

async function builtWorkbook(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  await build(workbook, exampleProject("office-chairs"));
  workbook.person.unprotect("Catalogus");
  return workbook;
}

describe("importing the catalogue from the catalogue sheet", () => {
  it("reads back the catalogue the add-in wrote, unchanged", async () => {
    const outcome = await readCatalogueFromWorkbook(
      await builtWorkbook(),
      defaultCatalogue(),
      "nl",
    );
    expect(outcome.ok && outcome.catalogue).toEqual(defaultCatalogue());
  });

  it("takes an organisation's own strategy name, in both languages", async () => {
    const workbook = await builtWorkbook();
    // G5 holds strategy 1's name, the first row of AK_CatalogueStrategies.
    workbook.person.type("Catalogus", "G5", "Behoefte kritisch bevragen");
    const outcome = await readCatalogueFromWorkbook(workbook, defaultCatalogue(), "nl");
    if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message.en).join("; "));
    expect(outcome.catalogue.strategies[0]?.name).toEqual({
      nl: "Behoefte kritisch bevragen",
      en: "Behoefte kritisch bevragen",
    });
    expect(outcome.catalogue.strategies[1]?.name).toEqual(defaultCatalogue().strategies[1]?.name);
  });

  it("refuses an inconsistent sheet with problems at their cells, importing nothing", async () => {
    const workbook = await builtWorkbook();
    workbook.person.type("Catalogus", "K5", "G");
    workbook.person.type("Catalogus", "M6", "A1");
    const outcome = await readCatalogueFromWorkbook(workbook, defaultCatalogue(), "nl");
    expect(outcome.ok).toBe(false);
    const found = outcome.ok
      ? []
      : outcome.problems.map((problem) =>
          problem.location.kind === "cell"
            ? `${problem.code} ${problem.location.sheet}!${problem.location.address}`
            : problem.code,
        );
    expect(found).toEqual([
      "catalogue-strategy-unknown-goal Catalogus!K5",
      "catalogue-indicator-duplicate Catalogus!M6",
    ]);
  });
});
