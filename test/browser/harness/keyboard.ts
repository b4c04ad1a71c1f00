import type { Locator, Page } from "playwright-core";

// Keyboard-only driving: locators are used to check where the focus is, never to click.

/** True when the element is the focused one (inside it counts for composite widgets). */
export async function hasFocus(target: Locator): Promise<boolean> {
  if ((await target.count()) === 0) return false;
  return target.first().evaluate((element) => element.contains(document.activeElement));
}

/** Presses Tab (or Shift+Tab) until the target has the focus; fails after `max` presses. */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  const key = options.backwards === true ? "Shift+Tab" : "Tab";
  const max = options.max ?? 120;
  for (let presses = 0; presses < max; presses++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(key);
  }
  if (await hasFocus(target)) return;
  throw new Error(
    `${max} presses of ${key} did not reach ${target.toString()}; ${await focused(page)}`,
  );
}

/** Tabs to a button and presses Enter on it. */
export async function pressButton(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press("Enter");
}

/** Tabs to a checkbox and ticks it with Space (it must not be ticked yet). */
export async function tickBox(page: Page, box: Locator): Promise<void> {
  await tabTo(page, box);
  if (await box.isChecked()) throw new Error(`${box.toString()} was already ticked`);
  await page.keyboard.press("Space");
  if (!(await box.isChecked())) throw new Error(`Space did not tick ${box.toString()}`);
}

/** Tabs to a text field, selects what it holds and types the text over it. */
export async function typeInField(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

/** Tabs to a date field and types the date segment by segment, in the field's own order. */
export async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  await tabTo(page, field);
  const [year = "", month = "", day = ""] = iso.split("-");
  // Chromium orders the segments by the locale of its process, not by the page's; a probe
  // date whose day and month differ tells the order apart.
  await typeSegments(page, "11122000");
  const dayFirst = (await field.inputValue()) === "2000-12-11";
  await typeSegments(page, dayFirst ? `${day}${month}${year}` : `${month}${day}${year}`);
  const value = await field.inputValue();
  if (value !== iso) throw new Error(`typing ${iso} into ${field.toString()} gave "${value}"`);
}

// Tab can land on any segment of a date field; the left arrow walks back to the first one,
// and each complete segment moves the focus on to the next.
async function typeSegments(page: Page, digits: string): Promise<void> {
  for (let segment = 0; segment < 3; segment++) await page.keyboard.press("ArrowLeft");
  await page.keyboard.type(digits);
}

/** Tabs to a drop-down list and moves through it with the arrow keys to the option's value. */
export async function chooseOption(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  const values = await select.evaluate((element) =>
    Array.from((element as HTMLSelectElement).options, (option) => option.value),
  );
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`${select.toString()} has no option "${value}"`);
  for (let presses = 0; presses < values.length; presses++) {
    const current = values.indexOf(await select.inputValue());
    if (current === target) return;
    await page.keyboard.press(current < target ? "ArrowDown" : "ArrowUp");
  }
  throw new Error(`the arrow keys did not choose "${value}" in ${select.toString()}`);
}

/** Moves along a tab list with the arrow keys to the tab and activates it with Enter. */
export async function arrowToTab(page: Page, tabs: Locator, name: string): Promise<void> {
  const names = (await tabs.allTextContents()).map((text) => text.trim());
  const target = names.indexOf(name);
  if (target < 0) throw new Error(`no tab "${name}" among ${names.join(", ")}`);
  for (let presses = 0; presses < names.length; presses++) {
    const here = await tabs.evaluateAll((list) =>
      list.findIndex((tab) => tab === document.activeElement),
    );
    if (here < 0) throw new Error(`no tab has the focus; ${await focused(page)}`);
    if (here === target) break;
    await page.keyboard.press(here < target ? "ArrowRight" : "ArrowLeft");
  }
  if (!(await hasFocus(tabs.nth(target)))) throw new Error(`the arrows did not reach ${name}`);
  await page.keyboard.press("Enter");
}

/** Describes the focused element, for failure messages. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null) return "nothing has the focus";
    const label = element.getAttribute("aria-label") ?? element.textContent.slice(0, 40);
    return `the focus is on <${element.tagName.toLowerCase()} id="${element.id}"> "${label}"`;
  });
}
