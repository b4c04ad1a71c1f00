/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { defaultCatalogue } from "../../src/core/catalogue";
import { CardStep } from "../../src/taskpane/steps/card-step";
import { GoalsStep } from "../../src/taskpane/steps/goals-step";
import { IndicatorsStep } from "../../src/taskpane/steps/indicators-step";
import { StrategiesStep } from "../../src/taskpane/steps/strategies-step";
import { indicatorGroup, tick, typeInto } from "./pane-helpers";
import { projectWithGoals, renderStep } from "./step-harness";

const EMPTY = { card: { stakeholders: [] }, goals: [] };

function optionsOf(label: string | RegExp, scope?: HTMLElement): string[] {
  const select = (scope ? within(scope) : screen).getByLabelText(label);
  return within(select)
    .getAllByRole("option")
    .map((option) => option.textContent);
}

describe("the project card step", () => {
  it("edits every field of the card", () => {
    const probe = renderStep(CardStep, EMPTY);
    typeInto("Projectnaam", "Circulaire bureaustoelen");
    typeInto("Organisatie", "Stad Lindebeek");
    typeInto("Productcategorie", "office-furniture");
    typeInto("Product", "Bureaustoelen");
    typeInto("Aankoper", "An Peeters");
    typeInto("Start van het contract", "2026-01-01");
    typeInto("Einde van het contract", "2029-12-31");

    expect(probe.state.project.card).toEqual({
      name: "Circulaire bureaustoelen",
      organisation: "Stad Lindebeek",
      productCategory: "office-furniture",
      product: "Bureaustoelen",
      buyer: "An Peeters",
      contractStart: "2026-01-01",
      contractEnd: "2029-12-31",
      stakeholders: [],
    });
  });

  it("offers the catalogue's product categories, and keeps an unknown one visible", () => {
    renderStep(CardStep, { card: { productCategory: "boats", stakeholders: [] }, goals: [] });
    const options = optionsOf("Productcategorie");
    expect(options).toHaveLength(defaultCatalogue().productCategories.length + 2);
    expect(options[0]).toBe("(geen categorie gekozen)");
    expect(options).toContain("Kantoormeubilair");
    expect(options.at(-1)).toBe("boats (niet in de catalogus)");
  });

  it("adds, fills in and removes stakeholder rows", () => {
    const probe = renderStep(CardStep, EMPTY);
    expect(screen.getByText("Nog geen stakeholders.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Stakeholder toevoegen" }));
    fireEvent.click(screen.getByRole("button", { name: "Stakeholder toevoegen" }));
    typeInto("Naam van stakeholder 1", "Facilitaire dienst");
    typeInto("Rol van stakeholder 1", "gebruiker");
    typeInto("Naam van stakeholder 2", "Preventieadviseur");
    fireEvent.click(screen.getByRole("button", { name: "Stakeholder 1 verwijderen" }));

    expect(probe.state.project.card.stakeholders).toEqual([{ name: "Preventieadviseur" }]);
    expect(screen.getByRole("group", { name: "Stakeholder 1" })).toBeTruthy();
    expect(screen.queryByRole("group", { name: "Stakeholder 2" })).toBeNull();
  });

  it("labels the dates as ISO dates", () => {
    renderStep(CardStep, EMPTY);
    const start = screen.getByLabelText<HTMLInputElement>("Start van het contract");
    expect(start.type).toBe("date");
    expect(screen.getAllByText("Een datum: typ hem of kies hem in de kalender")).toHaveLength(2);
  });
});

describe("the goals step", () => {
  it("groups the goals as input, use and output, with their descriptions", () => {
    renderStep(GoalsStep, EMPTY);
    const input = screen.getByRole("group", { name: "Input: wat je aankoopt" });
    const use = screen.getByRole("group", { name: "Gebruik" });
    const output = screen.getByRole("group", { name: "Output: na het gebruik" });
    const letters = (group: HTMLElement) =>
      within(group)
        .getAllByRole("checkbox")
        .map((box) => box.id.slice(-1));
    expect([letters(input), letters(use), letters(output)]).toEqual([
      ["A", "B"],
      ["C"],
      ["D", "E"],
    ]);
    const goalC = screen.getByRole("checkbox", { name: /^C\. / });
    const description = document.getElementById(goalC.getAttribute("aria-describedby") ?? "");
    expect(description?.textContent).toBe(defaultCatalogue().goals[2]?.description.nl);
  });

  it("chooses several goals, with a hint while only one is chosen", () => {
    const probe = renderStep(GoalsStep, EMPTY);
    tick(/^D\. /);
    expect(screen.getByText(/Je koos één doelstelling/)).toBeTruthy();
    tick(/^A\. /);
    expect(screen.queryByText(/Je koos één doelstelling/)).toBeNull();

    expect(probe.state.project.goals.map((goal) => goal.goal)).toEqual(["A", "D"]);
    tick(/^D\. /);
    expect(probe.state.project.goals.map((goal) => goal.goal)).toEqual(["A"]);
  });
});

describe("the strategies step", () => {
  it("offers only the strategies that support each goal", () => {
    renderStep(StrategiesStep, projectWithGoals("A", "B"));
    const numbers = (letter: string) =>
      within(screen.getByRole("region", { name: new RegExp(`Doelstelling ${letter}`) }))
        .getAllByRole("checkbox")
        .map((box) => Number(box.id.split("-").pop()));
    expect(numbers("A")).toEqual([1, 2, 3, 4, 5]);
    expect(numbers("B")).toEqual([4, 6, 7, 13]);
  });

  it("marks a strategy that also supports another chosen goal", () => {
    renderStep(StrategiesStep, projectWithGoals("A", "C"));
    const goalA = screen.getByRole("region", { name: /Doelstelling A/ });
    const shared = within(goalA).getByRole("checkbox", { name: /^1\. / });
    const described = shared.getAttribute("aria-describedby") ?? "";
    expect(described.split(" ").map((id) => document.getElementById(id)?.textContent)).toContain(
      "Ondersteunt ook doelstelling C",
    );
    const own = within(goalA).getByRole("checkbox", { name: /^5\. / });
    expect(own.getAttribute("aria-describedby")?.includes("shared")).toBe(false);
  });

  it("chooses strategies and keeps a note per strategy", () => {
    const probe = renderStep(StrategiesStep, projectWithGoals("C"));
    tick(/^8\. /);
    tick(/^9\. /);
    typeInto("Notitie bij strategie 9", "Wisselstukken tien jaar");

    expect(probe.state.project.goals[0]?.strategies).toEqual([
      { number: 8 },
      { number: 9, note: "Wisselstukken tien jaar" },
    ]);
    expect(screen.queryByLabelText("Notitie bij strategie 10")).toBeNull();
  });

  it("shows a chosen strategy that does not support the goal, so it can be removed", () => {
    const project = projectWithGoals("A");
    project.goals[0]!.strategies = [{ number: 6 }];
    const probe = renderStep(StrategiesStep, project);
    expect(screen.getByText(/Ondersteunt doelstelling A niet\./)).toBeTruthy();
    tick(/^6\. /);
    expect(probe.state.project.goals[0]?.strategies).toEqual([]);
  });

  it("asks for goals first when none is chosen", () => {
    renderStep(StrategiesStep, EMPTY);
    expect(screen.getByText("Kies eerst een of meer doelstellingen.")).toBeTruthy();
  });
});

describe("the indicators step", () => {
  it("offers the goal's indicators from the table, with unit, direction and definition", () => {
    renderStep(IndicatorsStep, projectWithGoals("A"));
    const options = optionsOf(/voor doelstelling A/);
    expect(options.slice(1).map((option) => option.split(".")[0])).toEqual(["A1", "A2", "A3"]);
    expect(options[2]).toBe("A2. Aantal nieuw aangekochte eenheden (stuks)");

    typeInto(/voor doelstelling A/, "A2");
    expect(screen.getByText("lager is beter")).toBeTruthy();
    const definition = defaultCatalogue().indicators.find((entry) => entry.id === "A2");
    expect(screen.getByText(definition!.definition.nl)).toBeTruthy();
  });

  it("adds a catalogue indicator and records its measurements, dates and evidence", () => {
    const probe = renderStep(IndicatorsStep, projectWithGoals("A"));
    typeInto(/voor doelstelling A/, "A2");
    fireEvent.click(screen.getByRole("button", { name: "Indicator toevoegen" }));
    const group = indicatorGroup(/^A2\. /);
    typeInto("Nulmeting", "400", group);
    typeInto("Datum nulmeting", "2025-10-15", group);
    typeInto("Contractwaarde", "150", group);
    typeInto("Einde contract", "180", group);
    typeInto("Datum einde contract", "2029-12-15", group);
    typeInto("Bewijs", "Bestelhistoriek", group);

    expect(probe.state.project.goals[0]?.indicators).toEqual([
      {
        id: "A2",
        baseline: 400,
        baselineDate: "2025-10-15",
        contract: 150,
        end: 180,
        endDate: "2029-12-15",
        evidence: "Bestelhistoriek",
      },
    ]);
    expect(within(group).getByText("Voortgang: 88% (deels behaald)")).toBeTruthy();
    expect(optionsOf(/voor doelstelling A/)).not.toContain(
      "A2. Aantal nieuw aangekochte eenheden (stuks)",
    );
  });

  it("defines a custom indicator with name, unit and direction", () => {
    const probe = renderStep(IndicatorsStep, projectWithGoals("C"));
    fireEvent.click(screen.getByRole("button", { name: "Eigen indicator toevoegen" }));
    const group = indicatorGroup("Eigen indicator zonder naam");
    typeInto("Naam van de indicator", "Herstelde stoelen", group);
    typeInto("Eenheid", "stuks", group);
    typeInto("Richting", "higher", group);

    expect(probe.state.project.goals[0]?.indicators[0]).toMatchObject({
      name: "Herstelde stoelen",
      unit: "stuks",
      direction: "higher",
    });
    const renamed = indicatorGroup("Eigen indicator: Herstelde stoelen");
    expect(within(renamed).getAllByText("In stuks")).toHaveLength(3);
  });

  it("removes an indicator", () => {
    const project = projectWithGoals("C");
    project.goals[0]!.indicators = [{ id: "C2", baseline: 2, contract: 10, end: null }];
    const probe = renderStep(IndicatorsStep, project);
    fireEvent.click(screen.getByRole("button", { name: /^Verwijder C2\. / }));
    expect(probe.state.project.goals[0]?.indicators).toEqual([]);
    expect(screen.getByText("Nog geen indicator voor deze doelstelling.")).toBeTruthy();
  });

  it("says which status words apply when progress cannot be computed", () => {
    const project = projectWithGoals("C");
    project.goals[0]!.indicators = [{ id: "C2", baseline: 2, contract: null, end: null }];
    renderStep(IndicatorsStep, project);
    expect(screen.getByText("Voortgang: nog niet te berekenen (onvolledig)")).toBeTruthy();
  });
});
