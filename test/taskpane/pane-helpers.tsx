import {
  configure,
  fireEvent,
  render,
  screen,
  within,
  waitFor,
  type RenderResult,
} from "@testing-library/react";
import { deserialize, serialize } from "node:v8";
import { defaultCatalogue } from "../../src/core/catalogue";
import type { Catalogue } from "../../src/core/catalogue/schema";
import type { HostInfo } from "../../src/office/host";
import { MemoryWorkbook } from "../../src/office/memory";
import type { SheetSnapshot } from "../../src/office/memory/snapshot";
import { App } from "../../src/taskpane/app";
import { createWorkbookService, type WorkbookService } from "../../src/taskpane/workbook-service";

export const TODAY = "2026-12-03";

// The first visit to a step compiles its lazily loaded chunk under ts-jest, which can take
// longer than Testing Library's default second.
configure({ asyncUtilTimeout: 8000 });

// jsdom's window lacks structuredClone, which the in-memory workbook's inspect() uses;
// Node's serializer gives the same deep copy.
if (typeof globalThis.structuredClone !== "function") {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

export const EXCEL_NL: HostInfo = {
  kind: "excel",
  platform: "OfficeOnline",
  displayLanguage: "nl-BE",
};
export const EXCEL_EN: HostInfo = { kind: "excel", platform: "PC", displayLanguage: "en-US" };
export const OUTSIDE: HostInfo = { kind: "outside-office" };

/** A workbook service on an in-memory workbook, with a fixed today. */
export function memoryService(workbook: MemoryWorkbook): WorkbookService {
  return createWorkbookService(workbook, () => TODAY);
}

interface PaneOptions {
  host?: HostInfo;
  workbook?: MemoryWorkbook;
  service?: WorkbookService;
  catalogue?: Catalogue;
  browserLanguage?: string;
}

/**
 * Renders the whole pane on an in-memory workbook (a new one unless given), once the
 * first screen's lazily loaded catalogue panel is in place.
 */
export async function renderPane(
  options: PaneOptions = {},
): Promise<RenderResult & { workbook: MemoryWorkbook }> {
  const workbook = options.workbook ?? new MemoryWorkbook();
  const result = render(
    <App
      host={options.host ?? EXCEL_NL}
      service={options.service ?? memoryService(workbook)}
      catalogue={options.catalogue ?? defaultCatalogue()}
      browserLanguage={options.browserLanguage ?? "nl-BE"}
    />,
  );
  await waitFor(() => {
    expect(document.getElementById("ak-catalogue-file")).not.toBeNull();
  });
  return { ...result, workbook };
}

/** Moves to a step by the step list and waits for its heading. */
export async function goToStep(name: string): Promise<HTMLElement> {
  const nav = screen.getByRole("navigation");
  fireEvent.click(within(nav).getByRole("button", { name: new RegExp(name) }));
  return screen.findByRole("heading", { level: 2, name });
}

/** Types into the field with this label, as one change. */
export function typeInto(label: string | RegExp, value: string, scope?: HTMLElement): void {
  const field = (scope ? within(scope) : screen).getByLabelText(label);
  fireEvent.change(field, { target: { value } });
}

/** Ticks or unticks the checkbox with this label. */
export function tick(label: string | RegExp, scope?: HTMLElement): void {
  fireEvent.click((scope ? within(scope) : screen).getByRole("checkbox", { name: label }));
}

/** The group of one indicator, found by its title. */
export function indicatorGroup(title: string | RegExp): HTMLElement {
  return screen.getByRole("group", { name: title });
}

/** A sheet of the in-memory workbook. */
export function sheetOf(workbook: MemoryWorkbook, name: string): SheetSnapshot {
  const found = workbook.inspect().sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The value of a cell of a sheet; "" when the cell is empty. */
export function valueAt(sheet: SheetSnapshot, address: string): unknown {
  return sheet.cells[address]?.value ?? "";
}
