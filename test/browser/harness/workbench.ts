import type { Locator, Page } from "playwright-core";

// Helpers that follow the workbench's DOM contract (see README, "Workbench"): the pane,
// the sheet tabs, the name box, the formula bar and the grid with its addressed cells.

/** The task pane inside the workbench. */
export function paneOf(page: Page): Locator {
  return page.getByTestId("pane");
}

/** The grid of the sheet on show. */
export function gridOf(page: Page): Locator {
  return page.getByTestId("grid");
}

/** One cell of the sheet on show, by its A1 address. */
export function cellAt(page: Page, address: string): Locator {
  return gridOf(page).locator(`[role="gridcell"][data-address="${address}"]`);
}

/** The text a cell displays; "" for an empty cell. */
export async function cellText(page: Page, address: string): Promise<string> {
  return ((await cellAt(page, address).textContent()) ?? "").trim();
}

/** The displayed texts of several cells, in the order asked. */
export async function cellTexts(page: Page, addresses: readonly string[]): Promise<string[]> {
  const texts: string[] = [];
  for (const address of addresses) texts.push(await cellText(page, address));
  return texts;
}

/** The tab of a sheet, by the sheet's name. */
export function sheetTab(page: Page, name: string): Locator {
  return page.getByRole("tablist").getByRole("tab", { name, exact: true });
}

/** Shows a sheet by clicking its tab, and waits until it is the selected one. */
export async function showSheet(page: Page, name: string): Promise<void> {
  const tab = sheetTab(page, name);
  await tab.click();
  await waitForAttribute(tab, "aria-selected", "true");
}

/** The names of the workbook's sheets, in tab order. */
export async function sheetNames(page: Page): Promise<string[]> {
  const tabs = page.getByRole("tablist").getByRole("tab");
  return (await tabs.allTextContents()).map((text) => text.trim());
}

/** What a field of the workbench shows, whether it is an input or plain text. */
export async function shownText(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
      ? element.value
      : element.textContent,
  );
}

/** The selected cell's address, as the name box shows it. */
export async function selectedAddress(page: Page): Promise<string> {
  return (await shownText(page.getByTestId("name-box"))).trim();
}

/** Clicks a cell, types text into it and commits it with Enter. */
export async function typeIntoCell(page: Page, address: string, text: string): Promise<void> {
  await cellAt(page, address).click();
  await expectSelected(page, address);
  await page.keyboard.type(text);
  await commitEditor(page, text);
}

/** Checks that the cell editor holds exactly `text`, then presses Enter. */
export async function commitEditor(page: Page, text: string): Promise<void> {
  const editor = page.getByTestId("cell-editor");
  await editor.waitFor();
  const typed = await shownText(editor);
  if (typed !== text) throw new Error(`the cell editor holds "${typed}", not "${text}"`);
  await page.keyboard.press("Enter");
  await editor.waitFor({ state: "detached" });
}

/** Moves the selection to a cell with the arrow keys alone, reading the name box. */
export async function arrowTo(page: Page, address: string): Promise<void> {
  const target = parseAddress(address);
  for (let presses = 0; presses < 200; presses++) {
    const here = parseAddress(await selectedAddress(page));
    if (here.row === target.row && here.column === target.column) return;
    let key = "ArrowUp";
    if (here.column < target.column) key = "ArrowRight";
    else if (here.column > target.column) key = "ArrowLeft";
    else if (here.row < target.row) key = "ArrowDown";
    await page.keyboard.press(key);
  }
  throw new Error(`the arrow keys did not reach ${address}`);
}

/** Waits until the name box shows the address. */
export async function expectSelected(page: Page, address: string): Promise<void> {
  await waitForValue(() => selectedAddress(page), address, `the selected cell`);
}

/** Waits until a cell displays the text. */
export async function expectCellText(page: Page, address: string, text: string): Promise<void> {
  await waitForValue(() => cellText(page, address), text, `cell ${address}`);
}

/** A 1-based row and a 1-based column from an A1 address. */
export function parseAddress(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`"${address}" is not an A1 address`);
  const letters = match[1] ?? "";
  let column = 0;
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

async function waitForAttribute(locator: Locator, name: string, value: string): Promise<void> {
  await waitForValue(async () => (await locator.getAttribute(name)) ?? "", value, name);
}

/** Polls until `read` gives `expected`; fails saying what it last saw. */
export async function waitForValue(
  read: () => Promise<string>,
  expected: string,
  what: string,
  timeoutMs = 10000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = await read();
  while (last !== expected) {
    if (Date.now() > until) throw new Error(`${what} shows "${last}", expected "${expected}"`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
}
