import type { Locator } from "playwright-core";
import type { Language } from "../../../src/core/language";
import type { Project, ProjectIndicator } from "../../../src/core/project/model";
import { PANE_MESSAGES, type PaneMessages } from "../../../src/taskpane/messages";

/**
 * The project every browser test builds: three goals, two strategies each, and one
 * indicator per goal with all three measurements (two from the catalogue, one custom).
 */
export const THREE_GOALS: Project = {
  card: {
    name: "Circulaire bureaustoelen",
    organisation: "Stad Lindebeek",
    productCategory: "office-furniture",
    contractStart: "2026-01-01",
    contractEnd: "2029-12-31",
    stakeholders: [],
  },
  goals: [
    {
      goal: "A",
      strategies: [{ number: 4 }, { number: 5 }],
      indicators: [{ id: "A2", baseline: 400, contract: 150, end: 250 }],
    },
    {
      goal: "C",
      strategies: [{ number: 8 }, { number: 9 }],
      indicators: [
        {
          name: "Gemiddelde levensduur",
          unit: "jaar",
          direction: "higher",
          baseline: 5,
          contract: 10,
          end: 7.5,
        },
      ],
    },
    {
      goal: "D",
      strategies: [{ number: 11 }, { number: 12 }],
      indicators: [{ id: "D2", baseline: 20, contract: 60, end: 70 }],
    },
  ],
};

/** The pane's texts in a language, from the pane's own message files. */
export function paneText(language: Language): PaneMessages {
  return PANE_MESSAGES[language];
}

/** A number as a person types it in the pane: a decimal comma in Dutch. */
export function typedNumber(value: number, language: Language): string {
  return language === "nl" ? String(value).replace(".", ",") : String(value);
}

/** Goes to a step with the step list and waits for its heading. */
export async function goToStep(pane: Locator, name: string): Promise<void> {
  await pane
    .getByRole("navigation")
    .getByRole("button", { name: new RegExp(name) })
    .click();
  await pane.getByRole("heading", { level: 2, name, exact: true }).waitFor();
}

/** Fills in the project card, the goals, strategies and indicators with the mouse. */
export async function enterProject(
  pane: Locator,
  project: Project,
  language: Language,
): Promise<void> {
  const text = paneText(language);
  await pane.getByRole("button", { name: text.start.newProject, exact: true }).click();
  await pane.getByRole("heading", { level: 2, name: text.steps.card }).waitFor();
  const { card } = project;
  await pane.getByLabel(text.card.fields.name, { exact: true }).fill(card.name ?? "");
  await pane.getByLabel(text.card.fields.organisation).fill(card.organisation ?? "");
  await pane.getByLabel(text.card.fields.productCategory).selectOption(card.productCategory ?? "");
  await pane.getByLabel(text.card.fields.contractStart).fill(card.contractStart ?? "");
  await pane.getByLabel(text.card.fields.contractEnd).fill(card.contractEnd ?? "");

  await goToStep(pane, text.steps.goals);
  for (const goal of project.goals) {
    await pane.getByRole("checkbox", { name: new RegExp(`^${goal.goal}\\. `) }).check();
  }
  await goToStep(pane, text.steps.strategies);
  for (const goal of project.goals) {
    const region = goalRegion(pane, text, goal.goal);
    for (const strategy of goal.strategies) {
      await region.getByRole("checkbox", { name: new RegExp(`^${strategy.number}\\. `) }).check();
    }
  }
  await goToStep(pane, text.steps.indicators);
  for (const goal of project.goals) {
    for (const indicator of goal.indicators) {
      await addIndicator(pane, text, goal.goal, indicator, language);
    }
  }
}

/** The section of one goal in the strategies or indicators step. */
export function goalRegion(pane: Locator, text: PaneMessages, letter: string): Locator {
  const heading = text.strategies.goalHeading(letter, "");
  return pane.getByRole("region", { name: new RegExp(`^${heading}`) });
}

/** The controls of one goal's section in the indicators step, found as a person finds them. */
export function indicatorControls(pane: Locator, text: PaneMessages, letter: string) {
  const region = goalRegion(pane, text, letter);
  return {
    pick: region.getByLabel(text.indicators.pick(letter)),
    add: region.getByRole("button", { name: text.indicators.add, exact: true }),
    addCustom: region.getByRole("button", { name: text.indicators.addCustom, exact: true }),
    /** An own indicator's group until it has a name. */
    untitled: region.getByRole("group", { name: text.indicators.untitled }),
    /** An indicator's group: a catalogue one by its number, an own one by its name. */
    group: (indicator: ProjectIndicator): Locator =>
      region.getByRole("group", {
        name:
          indicator.id === undefined
            ? text.indicators.customTitle(indicator.name ?? "")
            : new RegExp(`^${indicator.id}\\. `),
      }),
  };
}

async function addIndicator(
  pane: Locator,
  text: PaneMessages,
  letter: string,
  indicator: ProjectIndicator,
  language: Language,
): Promise<void> {
  const controls = indicatorControls(pane, text, letter);
  const group = controls.group(indicator);
  if (indicator.id !== undefined) {
    await controls.pick.selectOption(indicator.id);
    await controls.add.click();
  } else {
    await controls.addCustom.click();
    await controls.untitled.getByLabel(text.indicators.fields.name).fill(indicator.name ?? "");
    await group.getByLabel(text.indicators.fields.unit).fill(indicator.unit ?? "");
    await group
      .getByLabel(text.indicators.fields.direction)
      .selectOption(indicator.direction ?? "");
  }
  for (const field of ["baseline", "contract", "end"] as const) {
    const value = indicator[field];
    if (value === null) continue;
    await group
      .getByLabel(text.indicators.fields[field], { exact: true })
      .fill(typedNumber(value, language));
  }
}
