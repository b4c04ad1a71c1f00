/** @jest-environment jsdom */
import { cleanup, render, screen } from "@testing-library/react";
import type { HostInfo } from "../../src/office/host";
import { App } from "../../src/taskpane/app";

const EXCEL_NL: HostInfo = { kind: "excel", platform: "OfficeOnline", displayLanguage: "nl-BE" };
const EXCEL_EN: HostInfo = { kind: "excel", platform: "PC", displayLanguage: "en-US" };
const OUTSIDE: HostInfo = { kind: "outside-office" };
const WORD: HostInfo = { kind: "other-host", host: "Word" };

function renderPane(host: HostInfo, browserLanguage: string): string {
  render(<App host={host} browserLanguage={browserLanguage} />);
  return screen.getByRole("status").textContent;
}

describe("task pane", () => {
  it("shows the heading as a level-one heading", () => {
    renderPane(OUTSIDE, "nl-NL");

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Ambitiekaart");
  });

  it("says it is ready in Excel, in Dutch when Excel's language is Dutch", () => {
    // The browser's language must not matter once Office names its display language.
    const status = renderPane(EXCEL_NL, "en-US");

    expect(status).toBe("Verbonden met Excel: klaar.");
    expect(screen.getByText(/circulaire aankoopproject/)).toBeTruthy();
    expect(document.querySelector("[lang='nl']")).not.toBeNull();
  });

  it("says it is ready in Excel, in English when Excel's language is English", () => {
    const status = renderPane(EXCEL_EN, "nl-NL");

    expect(status).toBe("Connected to Excel: ready.");
    expect(screen.getByText(/circular procurement project/)).toBeTruthy();
    expect(document.querySelector("[lang='en']")).not.toBeNull();
  });

  it("tells a Dutch reader outside Office to open the pane from Excel", () => {
    const status = renderPane(OUTSIDE, "nl-NL");

    expect(status).toContain("Dit venster draait buiten Excel.");
    expect(status).toContain("Open het vanuit Excel");
    expect(status).toContain("manifest");
  });

  it("tells an English reader outside Office to sideload the manifest in Excel", () => {
    const status = renderPane(OUTSIDE, "en-GB");

    expect(status).toContain("This pane is running outside Excel.");
    expect(status).toContain("sideload the manifest");
  });

  it("falls back to English for a browser language the add-in does not speak", () => {
    const status = renderPane(OUTSIDE, "fr-BE");

    expect(status).toContain("This pane is running outside Excel.");
  });

  it("names the other Office application it was opened in", () => {
    expect(renderPane(WORD, "nl-BE")).toBe("Ambitiekaart werkt alleen in Excel, niet in Word.");
    cleanup();
    expect(renderPane(WORD, "en-US")).toBe("Ambitiekaart works only in Excel, not in Word.");
  });
});
