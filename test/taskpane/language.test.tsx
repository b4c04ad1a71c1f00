/** @jest-environment jsdom */
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { en } from "../../src/taskpane/messages/en";
import { nl } from "../../src/taskpane/messages/nl";
import { EXCEL_EN, EXCEL_NL, goToStep, OUTSIDE, renderPane, typeInto } from "./pane-helpers";

function headingText(): string {
  return screen.getByRole("heading", { level: 2 }).textContent;
}

describe("the pane's language", () => {
  it("follows Office's display language, not the browser's", async () => {
    await renderPane({ host: EXCEL_NL, browserLanguage: "en-US" });
    expect(headingText()).toBe("Begin");
    expect(screen.getByRole("button", { name: "Nieuw project" })).toBeTruthy();
    expect(document.querySelector("[lang='nl']")).not.toBeNull();
    cleanup();

    await renderPane({ host: EXCEL_EN, browserLanguage: "nl-NL" });
    expect(headingText()).toBe("Start");
    expect(screen.getByRole("button", { name: "New project" })).toBeTruthy();
    expect(document.querySelector("[lang='en']")).not.toBeNull();
  });

  it("outside Office, uses the browser's language, or English for an unknown one", async () => {
    await renderPane({ host: OUTSIDE, browserLanguage: "nl-BE" });
    expect(headingText()).toBe("Begin");
    cleanup();

    await renderPane({ host: OUTSIDE, browserLanguage: "fr-BE" });
    expect(headingText()).toBe("Start");
  });

  it("switches language in the pane without losing what was typed", async () => {
    await renderPane({ host: EXCEL_NL });
    fireEvent.click(screen.getByRole("button", { name: "Nieuw project" }));
    await screen.findByRole("heading", { level: 2, name: "Projectkaart" });
    typeInto("Projectnaam", "Werkkledij");

    typeInto("Taal", "en");

    expect(await screen.findByRole("heading", { level: 2, name: "Project card" })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>("Project name").value).toBe("Werkkledij");
    expect(screen.getByRole("combobox", { name: "Language" })).toBeTruthy();
  });

  it("shows the review's problems in English", async () => {
    await renderPane({ host: EXCEL_EN, browserLanguage: "en-US" });
    await goToStep("Review and build");

    expect(screen.getByRole("button", { name: "The project has no name." })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Build workbook" })).toHaveProperty("disabled", true);
    expect(screen.getByText("Fix the errors first; then the workbook can be built.")).toBeTruthy();
    expect(screen.getAllByText("Error").length).toBeGreaterThan(0);
  });

  it("shows the review's problems in Dutch", async () => {
    await renderPane({ host: EXCEL_NL });
    await goToStep("Nakijken en bouwen");

    expect(screen.getByRole("button", { name: "Het project heeft geen naam." })).toBeTruthy();
    expect(screen.getByText(/Los eerst de fouten op/)).toBeTruthy();
    expect(screen.getAllByText("Fout").length).toBeGreaterThan(0);
  });
});

describe("the message files", () => {
  // The types already demand the same shape; this also catches a text left untranslated.
  function shape(value: unknown): unknown {
    if (typeof value === "function") return `function/${String(value.length)}`;
    if (typeof value !== "object" || value === null) return typeof value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shape(item)]));
  }

  function texts(value: unknown): string[] {
    if (typeof value === "string") return [value];
    if (typeof value !== "object" || value === null) return [];
    return Object.values(value).flatMap(texts);
  }

  it("have the same keys and functions in Dutch and English", () => {
    expect(shape(en)).toEqual(shape(nl));
  });

  it("translate every text that is a sentence", () => {
    const dutch = new Set(texts(nl));
    const shared = texts(en).filter((text) => dutch.has(text) && text.includes(" "));
    expect(shared).toEqual([]);
  });
});
