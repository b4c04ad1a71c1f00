/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memory";
import type { WorkbookService } from "../../src/taskpane/workbook-service";
import { build, exampleProject } from "../helpers/workbooks";
import {
  goToStep,
  indicatorGroup,
  memoryService,
  OUTSIDE,
  renderPane,
  tick,
  typeInto,
} from "./pane-helpers";

// The smallest project without errors: a name, one goal, one strategy, one indicator.
async function typeSmallProject(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Nieuw project" }));
  await screen.findByRole("heading", { level: 2, name: "Projectkaart" });
  typeInto("Projectnaam", "Werkkledij");
  await goToStep("Doelstellingen");
  tick(/^B\. /);
  await goToStep("Strategieën");
  tick(/^6\. /);
  await goToStep("Indicatoren");
  typeInto(/Indicator uit de indicatorentabel voor doelstelling B/, "B1");
  fireEvent.click(screen.getByRole("button", { name: "Indicator toevoegen" }));
  typeInto("Nulmeting", "10", indicatorGroup(/^B1\. /));
  typeInto("Contractwaarde", "40", indicatorGroup(/^B1\. /));
}

async function buildFromReview(label = "Werkmap bouwen"): Promise<void> {
  await goToStep("Nakijken en bouwen");
  fireEvent.click(screen.getByRole("button", { name: label }));
}

// Building and reading a workbook twice in one test takes longer than Jest's default.
jest.setTimeout(20_000);

describe("the review", () => {
  it("disables the build while there is an error, and takes the person to the field", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("button", { name: "Nieuw project" }));
    await goToStep("Nakijken en bouwen");

    expect(screen.getByRole("button", { name: "Werkmap bouwen" })).toHaveProperty("disabled", true);
    expect(screen.getByText(/Los eerst de fouten op/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Het project heeft geen naam." }));

    await screen.findByRole("heading", { level: 2, name: "Projectkaart" });
    expect(document.activeElement).toBe(screen.getByLabelText("Projectnaam"));
  });

  it("takes the person to the goals when none is chosen", async () => {
    await renderPane();
    await goToStep("Nakijken en bouwen");
    fireEvent.click(screen.getByRole("button", { name: "Kies minstens één doelstelling." }));

    await screen.findByRole("heading", { level: 2, name: "Doelstellingen" });
    expect(document.activeElement?.id).toBe("ak-goals");
  });

  it("refuses to build while a measurement holds text that is not a number", async () => {
    await renderPane();
    await typeSmallProject();
    typeInto("Contractwaarde", "ca. 40", indicatorGroup(/^B1\. /));
    expect(screen.getByText("Dit is geen getal. Typ bijvoorbeeld 12,5.")).toBeTruthy();

    await goToStep("Nakijken en bouwen");
    expect(screen.getByRole("button", { name: "Werkmap bouwen" })).toHaveProperty("disabled", true);
    const problem = screen.getByRole("button", { name: /Contractwaarde “ca. 40” is geen/ });
    fireEvent.click(problem);

    await screen.findByRole("heading", { level: 2, name: "Indicatoren" });
    expect(document.activeElement).toBe(
      within(indicatorGroup(/^B1\. /)).getByLabelText("Contractwaarde"),
    );
    expect((document.activeElement as HTMLInputElement).value).toBe("ca. 40");
  });

  it("says the build needs Excel when the pane runs outside Office", async () => {
    await renderPane({ host: OUTSIDE, browserLanguage: "nl-NL" });
    expect(screen.getByRole("status").textContent).toContain("Dit venster draait buiten Excel");
    expect(screen.getByRole("button", { name: /Project uit deze werkmap/ })).toHaveProperty(
      "disabled",
      true,
    );
    await typeSmallProject();
    await goToStep("Nakijken en bouwen");

    expect(screen.queryByText("Fout")).toBeNull();
    expect(screen.getByRole("button", { name: "Werkmap bouwen" })).toHaveProperty("disabled", true);
    expect(screen.getByText(/De werkmap bouwen kan alleen in Excel/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Vernieuwen uit werkmap" })).toBeNull();
  });
});

describe("reading the workbook", () => {
  it("opens the project in the workbook and lists its problems", async () => {
    const workbook = new MemoryWorkbook();
    await build(workbook, exampleProject("office-chairs"));
    await renderPane({ workbook });

    fireEvent.click(screen.getByRole("button", { name: "Project uit deze werkmap openen" }));

    expect(await screen.findByText(/^Project “.+” gelezen uit de werkmap\.$/)).toBeTruthy();
    await goToStep("Projectkaart");
    expect(screen.getByLabelText<HTMLInputElement>("Projectnaam").value).toBe(
      exampleProject("office-chairs").card.name,
    );
  });

  it("lists the problems found in the sheets, with their cells", async () => {
    const workbook = new MemoryWorkbook();
    await build(workbook, exampleProject("office-chairs"));
    workbook.person.paste("Indicatoren", "E4", "ca. 400");
    await renderPane({ workbook });

    fireEvent.click(screen.getByRole("button", { name: "Project uit deze werkmap openen" }));

    expect(await screen.findByText(/^"ca\. 400" is geen getal/)).toBeTruthy();
    expect(screen.getByText("(Indicatoren!E4)")).toBeTruthy();
  });

  it("says so when the workbook holds no project yet", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("button", { name: "Project uit deze werkmap openen" }));

    expect(await screen.findByText("Er is geen project gelezen.")).toBeTruthy();
    expect(
      screen.getByText(/Deze werkmap heeft nog geen tabellen van de ambitiekaart/),
    ).toBeTruthy();
  });

  it("shows a value a stakeholder changed in the sheet after a refresh", async () => {
    const { workbook } = await renderPane();
    await typeSmallProject();
    await buildFromReview();
    await screen.findByText(/cellen geschreven/);

    workbook.person.type("Indicatoren", "E4", 15);
    fireEvent.click(screen.getByRole("button", { name: "Vernieuwen uit werkmap" }));

    expect(await screen.findByText("1 waarde veranderd in de werkmap:")).toBeTruthy();
    expect(screen.getByText("Doelstelling B, indicator B1, Nulmeting: 10 → 15")).toBeTruthy();
    await goToStep("Indicatoren");
    const field = within(indicatorGroup(/^B1\. /)).getByLabelText<HTMLInputElement>("Nulmeting");
    expect(field.value).toBe("15");
  });
});

describe("a failing Excel call", () => {
  it("shows a message bar, keeps the typed project, and can be tried again", async () => {
    const { workbook } = await renderPane();
    await typeSmallProject();
    await buildFromReview();
    await screen.findByText(/cellen geschreven/);
    // A stakeholder protects the indicator sheet with a password the add-in does not know.
    workbook.person.unprotect("Indicatoren");
    workbook.person.protect("Indicatoren", "x");

    await goToStep("Indicatoren");
    typeInto("Contractwaarde", "45", indicatorGroup(/^B1\. /));
    await buildFromReview("Werkmap bijwerken");

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Excel kon de werkmap niet bijwerken")).toBeTruthy();
    expect(within(alert).getByText(/^Een blad is beveiligd met een wachtwoord/)).toBeTruthy();
    expect(within(alert).getByText("Technische details")).toBeTruthy();
    expect(screen.queryByText(/cellen geschreven/)).toBeNull();
    await goToStep("Indicatoren");
    const contract = within(indicatorGroup(/^B1\. /)).getByLabelText<HTMLInputElement>(
      "Contractwaarde",
    );
    expect(contract.value).toBe("45");

    workbook.person.unprotect("Indicatoren", "x");
    await buildFromReview("Werkmap bijwerken");
    expect(await screen.findByText(/; 1 cel geschreven\.$/)).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("names what went wrong when the office code itself throws", async () => {
    const broken: WorkbookService = {
      read: () => Promise.reject(new Error("chunk failed to load")),
      build: () => Promise.reject(new Error("chunk failed to load")),
      readCatalogue: () => Promise.reject(new Error("chunk failed to load")),
      repair: () => Promise.reject(new Error("chunk failed to load")),
    };
    await renderPane({ service: broken });
    fireEvent.click(screen.getByRole("button", { name: "Project uit deze werkmap openen" }));

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Er ging iets mis in de invoegtoepassing.")).toBeTruthy();
    expect(within(alert).getByText("chunk failed to load")).toBeTruthy();
    fireEvent.click(within(alert).getByRole("button", { name: "Sluiten" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("keeps the pane's project when reading the workbook fails", async () => {
    const workbook = new MemoryWorkbook();
    const service = memoryService(workbook);
    const failing: WorkbookService = {
      ...service,
      read: () => Promise.reject(new Error("gone")),
    };
    await renderPane({ service: failing });
    await typeSmallProject();
    fireEvent.click(screen.getByRole("button", { name: "Vernieuwen uit werkmap" }));

    expect(await screen.findByRole("alert")).toBeTruthy();
    expect(
      within(screen.getByRole("alert")).getByText("Het venster is niet veranderd."),
    ).toBeTruthy();
    await goToStep("Projectkaart");
    expect(screen.getByLabelText<HTMLInputElement>("Projectnaam").value).toBe("Werkkledij");
  });
});
