/** @jest-environment jsdom */
import { cleanup, fireEvent, screen } from "@testing-library/react";
import type { HostInfo } from "../../src/office/host";
import { EXCEL_EN, EXCEL_NL, goToStep, OUTSIDE, renderPane } from "./pane-helpers";

const WORD: HostInfo = { kind: "other-host", host: "Word" };

async function statusFor(host: HostInfo, browserLanguage: string): Promise<string> {
  await renderPane({ host, browserLanguage });
  return screen.getByRole("status").textContent;
}

describe("the task pane's first screen", () => {
  it("shows the add-in's name as the level-one heading and the start step", async () => {
    await renderPane();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Ambitiekaart");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Begin");
    expect(screen.getByRole("navigation", { name: "Stappen" })).toBeTruthy();
  });

  it("says it is ready in Excel", async () => {
    expect(await statusFor(EXCEL_NL, "en-US")).toBe("Verbonden met Excel: klaar.");
    cleanup();
    expect(await statusFor(EXCEL_EN, "nl-NL")).toBe("Connected to Excel: ready.");
  });

  it("tells a reader outside Office that the flow can be explored but not built", async () => {
    const dutch = await statusFor(OUTSIDE, "nl-NL");
    expect(dutch).toContain("Dit venster draait buiten Excel");
    expect(dutch).toContain("geen werkmap lezen of bouwen");
    expect(dutch).toContain("manifest");
    cleanup();
    const english = await statusFor(OUTSIDE, "en-GB");
    expect(english).toContain("This pane is running outside Excel");
    expect(english).toContain("sideload the manifest");
  });

  it("names the other Office application it was opened in", async () => {
    expect(await statusFor(WORD, "nl-BE")).toMatch(
      /^Ambitiekaart werkt alleen in Excel, niet in Word/,
    );
    cleanup();
    expect(await statusFor(WORD, "en-US")).toMatch(
      /^Ambitiekaart works only in Excel, not in Word/,
    );
    expect(
      screen.getByRole("button", { name: "Open the project in this workbook" }),
    ).toHaveProperty("disabled", true);
  });
});

describe("keyboard and screen reader use", () => {
  it("leaves the focus alone on the first screen", async () => {
    await renderPane();
    expect(document.activeElement).toBe(document.body);
  });

  it("moves the focus to the heading of the step navigated to", async () => {
    await renderPane();
    const heading = await goToStep("Doelstellingen");
    expect(document.activeElement).toBe(heading);

    fireEvent.click(screen.getByRole("button", { name: "Volgende: Strategieën" }));
    const next = await screen.findByRole("heading", { level: 2, name: "Strategieën" });
    expect(document.activeElement).toBe(next);
  });

  it("marks the current step in the step list", async () => {
    await renderPane();
    await goToStep("Indicatoren");
    const current = screen.getByRole("button", { current: "step" });
    expect(current.textContent).toBe("5. Indicatoren");
  });

  it("labels every form control", async () => {
    await renderPane();
    for (const step of ["Begin", "Projectkaart", "Doelstellingen", "Nakijken en bouwen"]) {
      await goToStep(step);
      const controls = [...document.querySelectorAll("input, select, textarea")];
      const unlabelled = controls.filter((control) => {
        const labels = (control as HTMLInputElement).labels?.length ?? 0;
        return labels === 0 && !control.getAttribute("aria-labelledby");
      });
      expect(unlabelled.map((control) => control.id)).toEqual([]);
    }
  });
});
