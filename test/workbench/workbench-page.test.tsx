/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { deserialize, serialize } from "node:v8";
import { defaultCatalogue } from "../../src/core/catalogue";
import type { HostInfo } from "../../src/office/host";
import { Workbench } from "../../src/workbench/ui/workbench";

// The workbench page in jsdom: the grid follows the in-memory workbook, a person's typing
// goes through Excel's rules, and the toolbar opens the examples.
// jsdom's window lacks structuredClone, which the in-memory workbook's inspect() uses.
if (typeof globalThis.structuredClone !== "function") {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

const HOST: HostInfo = { kind: "excel", platform: "workbench", displayLanguage: "en-US" };

// The pane reads the workbook as it opens; the page is settled once that read is done and the
// pane's first screen is in place.
async function renderWorkbench(): Promise<void> {
  render(
    <Workbench host={HOST} catalogue={defaultCatalogue()} language="en" browserLanguage="en-US" />,
  );
  await paneSettled();
}

async function paneSettled(): Promise<void> {
  await waitFor(() => {
    expect(document.getElementById("ak-catalogue-file")).not.toBeNull();
  });
  await within(screen.getByTestId("pane")).findByText(/Connected to Excel: ready/);
}

const grid = () => screen.getByTestId("grid");
const cell = (address: string) => {
  const found = grid().querySelector(`[role="gridcell"][data-address="${address}"]`);
  if (!(found instanceof HTMLElement)) throw new Error(`no cell ${address}`);
  return found;
};
const alertText = () => screen.getByRole("alert").textContent;
const nameBox = () => screen.getByTestId("name-box").textContent;
const formulaBar = () => screen.getByTestId("formula-bar").textContent;

async function loadOfficeChairs(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Load example project" }));
  const item = await screen.findByRole("menuitem", { name: "Circulaire bureaustoelen 2022–2025" });
  fireEvent.click(item);
  await screen.findByRole("tab", { name: "Indicators" }, { timeout: 10000 });
  await within(screen.getByTestId("pane")).findByText(
    /Circulaire bureaustoelen/,
    {},
    {
      timeout: 10000,
    },
  );
}

async function showSheet(name: string): Promise<void> {
  fireEvent.click(screen.getByRole("tab", { name }));
  await screen.findByRole("grid", { name: `Cells of ${name}` });
}

describe("the workbench page", () => {
  it("says it runs against the in-memory workbook and shows an empty Sheet1", async () => {
    await renderWorkbench();
    expect(screen.getByText("Runs against the in-memory workbook, not Excel")).toBeTruthy();
    const tab = screen.getByRole("tab", { name: "Sheet1" });
    expect(tab.getAttribute("aria-selected")).toBe("true");
    expect(within(screen.getByTestId("pane")).getAllByRole("main")).toHaveLength(1);
    expect(nameBox()).toBe("A1");
  });

  it("types into a cell: a key starts editing, Enter commits and moves down", async () => {
    await renderWorkbench();
    fireEvent.mouseDown(cell("B2"));
    expect(nameBox()).toBe("B2");
    fireEvent.keyDown(grid(), { key: "4" });
    const editor = screen.getByTestId("cell-editor");
    expect((editor as HTMLInputElement).value).toBe("4");
    fireEvent.change(editor, { target: { value: "42" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    expect(screen.queryByTestId("cell-editor")).toBeNull();
    expect(cell("B2").textContent).toBe("42");
    expect(nameBox()).toBe("B3");
    fireEvent.keyDown(grid(), { key: "ArrowUp" });
    expect(formulaBar()).toBe("42");
    expect(window.__workbench?.inspect().sheets[0]?.cells.B2?.value).toBe(42);
  });

  it("keeps what was typed when a click on another cell ends the edit", async () => {
    await renderWorkbench();
    fireEvent.keyDown(grid(), { key: "x" });
    fireEvent.mouseDown(cell("C3"));
    expect(cell("A1").textContent).toBe("x");
    expect(nameBox()).toBe("C3");
  });

  it("cancels an edit with Escape and moves with the arrow keys", async () => {
    await renderWorkbench();
    fireEvent.keyDown(grid(), { key: "ArrowRight" });
    fireEvent.keyDown(grid(), { key: "ArrowDown" });
    expect(nameBox()).toBe("B2");
    fireEvent.keyDown(grid(), { key: "F2" });
    const editor = screen.getByTestId("cell-editor");
    fireEvent.change(editor, { target: { value: "gone" } });
    fireEvent.keyDown(editor, { key: "Escape" });
    expect(cell("B2").textContent).toBe("");
    expect(nameBox()).toBe("B2");
  });

  it("builds an example and shows computed formulas, tables, dropdowns and fills", async () => {
    await renderWorkbench();
    await loadOfficeChairs();
    await showSheet("Indicators");
    expect(cell("A3").dataset.header).toBe("true");
    expect(cell("A3").dataset.table).toBe("AK_Indicators");
    expect(cell("K4").dataset.formula).toBe("true");
    expect(cell("K4").textContent).toBe("-250");
    expect(cell("M4").textContent).toBe("88.0%");
    expect(cell("N4").dataset.fill).toBe("#FFEB9C");
    expect(grid().querySelectorAll('[data-dropdown="true"]').length).toBeGreaterThan(0);
    fireEvent.mouseDown(cell("K4"));
    expect(formulaBar()).toMatch(/^=IF\(AND\(ISNUMBER\(/);
  });

  it("shows Excel's refusal of a locked cell in an alert and keeps the formula", async () => {
    await renderWorkbench();
    await loadOfficeChairs();
    await showSheet("Indicators");
    fireEvent.mouseDown(cell("K4"));
    fireEvent.keyDown(grid(), { key: "7" });
    fireEvent.keyDown(screen.getByTestId("cell-editor"), { key: "Enter" });
    expect(alertText()).toBe(
      "Excel refuses this entry in Indicators!K4: the cell is locked and the sheet is protected.",
    );
    expect(cell("K4").textContent).toBe("-250");
    expect(nameBox()).toBe("K4");
  });

  it("shows the dropdown's own message when a typed value is not in its list", async () => {
    await renderWorkbench();
    await loadOfficeChairs();
    await showSheet("Indicators");
    expect(cell("A4").dataset.dropdown).toBe("true");
    const before = cell("A4").textContent;
    fireEvent.mouseDown(cell("A4"));
    fireEvent.keyDown(grid(), { key: "Z" });
    fireEvent.keyDown(screen.getByTestId("cell-editor"), { key: "Enter" });
    expect(alertText()).toMatch(/^Excel refuses this entry in Indicators!A4: \S/);
    expect(cell("A4").textContent).toBe(before);
  });

  it("follows a measurement typed into the sheet through to progress", async () => {
    await renderWorkbench();
    await loadOfficeChairs();
    await showSheet("Indicators");
    act(() => {
      window.__workbench?.type("Indicators", "H4", "150");
    });
    expect(cell("M4").textContent).toBe("100.0%");
    expect(cell("N4").textContent).toBe("achieved");
  });

  it("draws the dashboard's charts with their titles", async () => {
    await renderWorkbench();
    await loadOfficeChairs();
    await showSheet("Dashboard");
    const charts = screen.getAllByTestId("chart");
    expect(charts.length).toBeGreaterThan(1);
    expect(screen.getByRole("figure", { name: "Progress per indicator" })).toBeTruthy();
    expect(charts[0]?.querySelectorAll("svg rect").length).toBeGreaterThan(0);
  });

  it("does not build the example with errors and lists its problems", async () => {
    await renderWorkbench();
    fireEvent.click(screen.getByRole("button", { name: "Load example project" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "problems.json (with errors)" }));
    const status = await screen.findByText(/has errors and cannot be built/);
    expect(status.closest("[role=status]")?.querySelectorAll("li").length).toBeGreaterThan(0);
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["Sheet1"]);
  });

  it("opens a new, empty workbook", async () => {
    await renderWorkbench();
    await loadOfficeChairs();
    fireEvent.click(screen.getByRole("button", { name: "New workbook" }));
    await screen.findByText("A new, empty workbook is open.");
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["Sheet1"]);
  });
});
