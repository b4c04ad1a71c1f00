/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import {
  goToStep,
  indicatorGroup,
  renderPane,
  sheetOf,
  tick,
  typeInto,
  valueAt,
} from "./pane-helpers";

// A buyer's session from an empty workbook to built sheets, in Dutch.
async function fillInChairsProject(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Nieuw project" }));
  await screen.findByRole("heading", { level: 2, name: "Projectkaart" });
  typeInto("Projectnaam", "Circulaire bureaustoelen");
  typeInto("Organisatie", "Stad Lindebeek");
  typeInto("Productcategorie", "office-furniture");
  typeInto("Start van het contract", "2026-01-01");
  typeInto("Einde van het contract", "2029-12-31");

  await goToStep("Doelstellingen");
  tick(/^A\. /);
  tick(/^C\. /);

  await goToStep("Strategieën");
  tick(/^4\. /, screen.getByRole("region", { name: /Doelstelling A/ }));
  tick(/^5\. /, screen.getByRole("region", { name: /Doelstelling A/ }));
  tick(/^8\. /, screen.getByRole("region", { name: /Doelstelling C/ }));
  tick(/^9\. /, screen.getByRole("region", { name: /Doelstelling C/ }));

  await goToStep("Indicatoren");
  const goalA = screen.getByRole("region", { name: /Doelstelling A/ });
  typeInto(/Indicator uit de indicatorentabel voor doelstelling A/, "A2", goalA);
  fireEvent.click(within(goalA).getByRole("button", { name: "Indicator toevoegen" }));
  const chairs = indicatorGroup(/^A2\. /);
  typeInto("Nulmeting", "400", chairs);
  typeInto("Contractwaarde", "150", chairs);

  const goalC = screen.getByRole("region", { name: /Doelstelling C/ });
  fireEvent.click(within(goalC).getByRole("button", { name: "Eigen indicator toevoegen" }));
  const custom = indicatorGroup(/Eigen indicator zonder naam/);
  typeInto("Naam van de indicator", "Gemiddelde levensduur", custom);
  typeInto("Eenheid", "jaar", custom);
  typeInto("Richting", "higher", custom);
  typeInto("Nulmeting", "5", custom);
  typeInto("Contractwaarde", "10", custom);
  typeInto("Einde contract", "7,5", custom);
}

describe("the whole flow on an in-memory workbook", () => {
  // Typing a whole project through the pane takes seconds under ts-jest, more on a busy machine.
  jest.setTimeout(30_000);

  it("builds a workbook whose indicator table holds the values entered", async () => {
    const { workbook } = await renderPane();
    await fillInChairsProject();

    await goToStep("Nakijken en bouwen");
    const build = screen.getByRole("button", { name: "Werkmap bouwen" });
    expect(build).toHaveProperty("disabled", false);
    fireEvent.click(build);

    const result = await screen.findByText(/cellen geschreven/, {}, { timeout: 5000 });
    expect(result.textContent).toMatch(
      /^Werkmap bijgewerkt: bladen Project, Ambities, Indicatoren/,
    );
    const sheet = sheetOf(workbook, "Indicatoren");
    expect(["A4", "B4", "E4", "G4"].map((cell) => valueAt(sheet, cell))).toEqual([
      "A",
      "A2",
      400,
      150,
    ]);
    expect(["A5", "B5", "C5", "D5", "E5", "G5", "H5"].map((cell) => valueAt(sheet, cell))).toEqual([
      "C",
      "Gemiddelde levensduur",
      "jaar",
      "hoger",
      5,
      10,
      7.5,
    ]);
    expect(screen.getByRole("button", { name: "Werkmap bijwerken" })).toBeTruthy();
  });

  it("shows live progress while the measurements are typed", async () => {
    await renderPane();
    await fillInChairsProject();

    const custom = indicatorGroup(/Eigen indicator: Gemiddelde levensduur/);
    expect(within(custom).getByText("Voortgang: 50% (deels behaald)")).toBeTruthy();
    typeInto("Einde contract", "10", custom);
    expect(within(custom).getByText("Voortgang: 100% (behaald)")).toBeTruthy();
    expect(
      within(indicatorGroup(/^A2\. /)).getByText(/nog niet te berekenen \(loopt\)/),
    ).toBeTruthy();
  });
});
