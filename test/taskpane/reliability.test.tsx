/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memory";
import { build, exampleProject } from "../helpers/workbooks";
import { sheetOf, typedValues } from "../reliability/edit-helpers";
import { EXCEL_EN, goToStep, OUTSIDE, renderPane, typeInto } from "./pane-helpers";

describe("the repair offer in the pane", () => {
  // Building the workbook and rendering the pane take a few seconds under ts-jest.
  jest.setTimeout(30_000);

  it("says what it will change, and changes only that in one Excel.run", async () => {
    const workbook = new MemoryWorkbook();
    await build(workbook, exampleProject("office-chairs"));
    const formula = sheetOf(workbook, "Indicatoren").cells.M4?.formula;
    workbook.person.unprotect("Indicatoren");
    workbook.person.type("Indicatoren", "M4", 0.5);
    workbook.person.type("Indicatoren", "L5", "zie bijlage");
    workbook.person.deleteSheet("Catalogus");
    await renderPane({ workbook });

    expect(
      await screen.findByText("De invoegtoepassing kan de bladen herstellen. Dat verandert:"),
    ).toBeTruthy();
    expect(screen.getByText("blad Catalogus opnieuw aangemaakt")).toBeTruthy();
    expect(
      screen.getByText(/^\d+ formules teruggezet \(Ambities!C4, .* en \d+ andere\)$/),
    ).toBeTruthy();
    const before = typedValues(workbook);
    before.delete("Indicatoren!M4");
    before.delete("Indicatoren!L5");
    const runs = jest.spyOn(workbook, "run");
    fireEvent.click(screen.getByRole("button", { name: "Bladen herstellen" }));

    expect(await screen.findByText(/^Bladen hersteld; \d+ cellen geschreven\.$/)).toBeTruthy();
    expect(runs).toHaveBeenCalledTimes(1);
    expect(sheetOf(workbook, "Indicatoren").cells.M4?.formula).toBe(formula);
    expect(typedValues(workbook)).toEqual(before);
  });

  it("is not offered for a workbook that needs no repair, in English too", async () => {
    const workbook = new MemoryWorkbook();
    await build(workbook, exampleProject("office-chairs"), { language: "en" });
    await renderPane({ workbook, host: EXCEL_EN });
    await waitFor(() => {
      expect(screen.getByText(/^Read project “/)).toBeTruthy();
    });
    expect(screen.queryByRole("button", { name: "Repair sheets" })).toBeNull();
  });
});

describe("a text longer than an Excel cell holds", () => {
  it("is an error on the review step that leads to its field", async () => {
    await renderPane({ host: OUTSIDE });
    await goToStep("Projectkaart");
    typeInto("Projectnaam", "x".repeat(32_768));
    await goToStep("Nakijken en bouwen");
    const message = "Deze tekst heeft 32768 tekens; een cel in Excel bevat er hoogstens 32767.";
    fireEvent.click(await screen.findByRole("button", { name: message }));
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByLabelText("Projectnaam"));
    });
  });
});
