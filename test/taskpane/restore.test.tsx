/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memory";
import { build, exampleProject } from "../helpers/workbooks";
import { goToStep, OUTSIDE, renderPane } from "./pane-helpers";

describe("opening the pane", () => {
  it("restores the project from the sheets without being asked", async () => {
    const workbook = new MemoryWorkbook();
    await build(workbook, exampleProject("office-chairs"));
    await renderPane({ workbook });
    await goToStep("Projectkaart");
    await waitFor(() => {
      expect(screen.getByLabelText<HTMLInputElement>("Projectnaam").value).toBe(
        "Circulaire bureaustoelen 2022–2025",
      );
    });
  });

  it("reads nothing outside Office", async () => {
    const workbook = new MemoryWorkbook();
    await build(workbook, exampleProject("office-chairs"));
    workbook.resetStats();
    await renderPane({ workbook, host: OUTSIDE });
    expect(workbook.stats.syncs).toBe(0);
  });
});
