/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { goToStep, OUTSIDE, renderPane, typeInto } from "./pane-helpers";

async function startWithName(): Promise<void> {
  await renderPane({ host: OUTSIDE });
  fireEvent.click(screen.getByRole("button", { name: "Nieuw project" }));
  await screen.findByRole("heading", { level: 2, name: "Projectkaart" });
  typeInto("Projectnaam", "Werkkledij");
  await goToStep("Begin");
  fireEvent.click(screen.getByRole("button", { name: "Nieuw project" }));
}

const nameField = () => screen.getByLabelText<HTMLInputElement>("Projectnaam");

describe("a new project over unwritten edits", () => {
  jest.setTimeout(30_000);

  it("asks first, and keeping the edits keeps them", async () => {
    await startWithName();
    expect(screen.getByText(/^Dit begint een leeg project in het venster/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Verder bewerken" }));
    await goToStep("Projectkaart");
    expect(nameField().value).toBe("Werkkledij");
  });

  it("starts empty once the person confirms", async () => {
    await startWithName();
    fireEvent.click(screen.getByRole("button", { name: "Weggooien en opnieuw beginnen" }));
    await screen.findByRole("heading", { level: 2, name: "Projectkaart" });
    expect(nameField().value).toBe("");
  });

  it("does not ask when there is nothing to lose", async () => {
    await renderPane({ host: OUTSIDE });
    fireEvent.click(screen.getByRole("button", { name: "Nieuw project" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Projectkaart" })).toBeTruthy();
  });
});
