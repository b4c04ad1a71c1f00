/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../src/office/memory";
import { importCatalogueText } from "../../src/taskpane/catalogue-import";
import { build, exampleProject } from "../helpers/workbooks";
import { ROOT } from "../helpers/projects";
import { goToStep, renderPane } from "./pane-helpers";

function fixture(name: string): File {
  const text = readFileSync(join(ROOT, "test/fixtures", name), "utf8");
  return new File([text], name, { type: "application/json" });
}

async function importFile(name: string): Promise<void> {
  const input = await screen.findByLabelText("Eigen catalogus inlezen (JSON-bestand)");
  fireEvent.change(input, { target: { files: [fixture(name)] } });
}

describe("importing a catalogue", () => {
  it("lists every problem of a broken file by JSON path, and keeps the old catalogue", async () => {
    await renderPane();
    await importFile("catalogue-inconsistent.json");

    expect(
      await screen.findByText(/^catalogue-inconsistent\.json is niet ingelezen \(5 problemen\)/),
    ).toBeTruthy();
    const panel = screen.getByRole("region", { name: "Ambitiekaart (catalogus)" });
    const paths = within(panel)
      .getAllByRole("listitem")
      .map((item) => /\((\$[^)]*)\)$/.exec(item.textContent)?.[1]);
    expect(paths).toEqual([
      "$.strategies[1].number",
      "$.strategies[0].goals[1]",
      "$.goals[1].letter",
      "$.indicators[1].id",
      "$.indicators[1].goal",
    ]);
    expect(
      screen.getByText("In gebruik: Circulaire ambitiekaart — standaardcatalogus."),
    ).toBeTruthy();
    await goToStep("Doelstellingen");
    expect(screen.getAllByRole("checkbox")).toHaveLength(5);
  });

  it("says a file is not JSON, and keeps the old catalogue", async () => {
    await renderPane();
    await importFile("not-json.json");

    expect(await screen.findByText(/^not-json\.json is geen leesbaar JSON-bestand/)).toBeTruthy();
    expect(
      screen.getByText("In gebruik: Circulaire ambitiekaart — standaardcatalogus."),
    ).toBeTruthy();
  });

  it("uses a valid catalogue in every step", async () => {
    await renderPane();
    await importFile("catalogue-small.json");

    expect(
      await screen.findByText(
        "Catalogus “Kaart van Stad Lindebeek” ingelezen: 2 doelstellingen, 2 strategieën, " +
          "1 indicatoren.",
      ),
    ).toBeTruthy();
    await goToStep("Doelstellingen");
    const boxes = screen.getAllByRole("checkbox").map((box) => box.id);
    expect(boxes).toEqual(["ak-goal-A", "ak-goal-C"]);
    await goToStep("Projectkaart");
    const categories = within(screen.getByLabelText("Productcategorie")).getAllByRole("option");
    expect(categories).toHaveLength(2);
  });
});

describe("reading a catalogue file's text", () => {
  it("imports nothing from a file with a problem", () => {
    const result = importCatalogueText('{"format": "ambitiekaart-catalogue", "version": 1}');
    expect(result.kind).toBe("refused");
  });

  it("reports the JSON syntax error of a file that is not JSON", () => {
    const result = importCatalogueText("{ nope");
    expect(result.kind).toBe("not-json");
  });
});

describe("importing the catalogue sheet from the pane", () => {
  // Building the workbook and the first visit to a lazily loaded step take a few seconds
  // under ts-jest.
  jest.setTimeout(30_000);

  it("uses the organisation's own strategy name typed in the sheet", async () => {
    const workbook = new MemoryWorkbook();
    await build(workbook, exampleProject("office-chairs"));
    workbook.person.unprotect("Catalogus");
    workbook.person.type("Catalogus", "G5", "Behoefte kritisch bevragen");
    await renderPane({ workbook });
    await importSheet();
    expect(await screen.findByText(/^Catalogus “.+” ingelezen: 5 doelstellingen/)).toBeTruthy();
    await goToStep("Strategieën");
    expect(await screen.findAllByText("1. Behoefte kritisch bevragen")).toHaveLength(2);
  });

  it("lists the sheet's problems and keeps the catalogue in use", async () => {
    const workbook = new MemoryWorkbook();
    await build(workbook, exampleProject("office-chairs"));
    workbook.person.unprotect("Catalogus");
    workbook.person.type("Catalogus", "K5", "G");
    await renderPane({ workbook });
    await importSheet();
    expect(
      await screen.findByText(/^Het catalogusblad is niet ingelezen \(1 probleem\)/),
    ).toBeTruthy();
    expect(screen.getByText(/Catalogus!K5/)).toBeTruthy();
  });
});

// The pane reads the workbook when it opens; the button waits until that is done.
async function importSheet(): Promise<void> {
  const button = screen.getByRole<HTMLButtonElement>("button", {
    name: "Inlezen uit het catalogusblad",
  });
  await waitFor(() => {
    expect(button.disabled).toBe(false);
  });
  fireEvent.click(button);
}
