import type { Locator, Page } from "playwright-core";
import type { Language } from "../../../src/core/language";
import type { Project, ProjectIndicator } from "../../../src/core/project/model";
import type { PaneMessages } from "../../../src/taskpane/messages";
import { chooseOption, pressButton, tabTo, tickBox, typeDate, typeInField } from "./keyboard";
import { goalRegion, indicatorControls, paneText, typedNumber } from "./pane-flow";

/** Moves to the next step with its "Next" button and waits for the step's heading. */
export async function nextStep(page: Page, pane: Locator, name: string): Promise<void> {
  const button = pane.getByRole("button", { name: new RegExp(`: ${name}$`) });
  await pressButton(page, button);
  const heading = pane.getByRole("heading", { level: 2, name, exact: true });
  await heading.waitFor();
  // The step's heading takes the focus, so the next Tab starts from the top of the step.
  if (!(await heading.evaluate((element) => element === document.activeElement))) {
    throw new Error(`the heading of ${name} did not take the focus`);
  }
}

/** Fills in the whole project from the first step with the keyboard alone. */
export async function enterProjectByKeyboard(
  page: Page,
  pane: Locator,
  project: Project,
  language: Language,
): Promise<void> {
  const text = paneText(language);
  await pressButton(page, pane.getByRole("button", { name: text.start.newProject, exact: true }));
  await pane.getByRole("heading", { level: 2, name: text.steps.card }).waitFor();
  const { card } = project;
  const field = (label: string) => pane.getByLabel(label, { exact: true });
  await typeInField(page, field(text.card.fields.name), card.name ?? "");
  await typeInField(page, field(text.card.fields.organisation), card.organisation ?? "");
  await chooseOption(page, field(text.card.fields.productCategory), card.productCategory ?? "");
  await typeDate(page, field(text.card.fields.contractStart), card.contractStart ?? "");
  await typeDate(page, field(text.card.fields.contractEnd), card.contractEnd ?? "");

  await nextStep(page, pane, text.steps.goals);
  for (const goal of project.goals) {
    await tickBox(page, pane.getByRole("checkbox", { name: new RegExp(`^${goal.goal}\\. `) }));
  }
  await nextStep(page, pane, text.steps.strategies);
  for (const goal of project.goals) {
    const region = goalRegion(pane, text, goal.goal);
    for (const strategy of goal.strategies) {
      const name = new RegExp(`^${strategy.number}\\. `);
      await tickBox(page, region.getByRole("checkbox", { name }));
    }
  }
  await nextStep(page, pane, text.steps.indicators);
  for (const goal of project.goals) {
    for (const indicator of goal.indicators) {
      await addIndicatorByKeyboard(page, pane, text, goal.goal, indicator, language);
    }
  }
}

async function addIndicatorByKeyboard(
  page: Page,
  pane: Locator,
  text: PaneMessages,
  letter: string,
  indicator: ProjectIndicator,
  language: Language,
): Promise<void> {
  const controls = indicatorControls(pane, text, letter);
  const group = controls.group(indicator);
  if (indicator.id !== undefined) {
    await chooseOption(page, controls.pick, indicator.id);
    await pressButton(page, controls.add);
  } else {
    await pressButton(page, controls.addCustom);
    // Adding moves the focus to the new indicator's first field.
    await expectFocus(controls.untitled.getByLabel(text.indicators.fields.name));
    await page.keyboard.type(indicator.name ?? "");
    await typeInField(page, group.getByLabel(text.indicators.fields.unit), indicator.unit ?? "");
    const direction = group.getByLabel(text.indicators.fields.direction);
    await chooseOption(page, direction, indicator.direction ?? "");
  }
  for (const field of ["baseline", "contract", "end"] as const) {
    const value = indicator[field];
    if (value === null) continue;
    const input = group.getByLabel(text.indicators.fields[field], { exact: true });
    await typeInField(page, input, typedNumber(value, language));
  }
  // Leaving the last field lets it show the number as the pane formats it.
  await tabTo(page, group.getByRole("button"));
}

async function expectFocus(target: Locator): Promise<void> {
  await target.waitFor();
  const focused = await target.evaluate((element) => element === document.activeElement);
  if (!focused) throw new Error(`${target.toString()} did not take the focus`);
}
