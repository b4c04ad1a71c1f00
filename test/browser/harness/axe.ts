import type { Page } from "playwright-core";

/** Where the session serves axe-core on the page's own origin (see session.ts). */
export const AXE_PATH = "/__axe__/axe.min.js";

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

const BLOCKING = ["serious", "critical"];

/**
 * Runs axe-core on the whole page and fails, listing each rule, its targets and its help,
 * when a violation is serious or critical.
 */
export async function expectNoSeriousViolations(page: Page, step: string): Promise<void> {
  const violations = await runAxe(page);
  const blocking = violations.filter((violation) => BLOCKING.includes(violation.impact ?? ""));
  if (blocking.length > 0) {
    throw new Error(`axe at step "${step}":\n${blocking.map(describeViolation).join("\n")}`);
  }
}

/** Every axe violation on the page, whatever its impact. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) {
    // Served from the page's own origin, so a content security policy of 'self' lets it run.
    await page.addScriptTag({ url: AXE_PATH });
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const options = { resultTypes: ["violations"], elementRef: true };
    type RawNode = AxeNode & { element?: Element };
    type RawViolation = Omit<AxeViolation, "nodes"> & { nodes: RawNode[] };
    const results = (await axe.run(document, options)) as { violations: RawViolation[] };
    // Fluent UI's focus manager (tabster) brackets menus and groups with <i> elements that
    // are focusable and aria-hidden on purpose: they pass the focus on the moment they get
    // it, and a screen reader must not announce them. Tabster's maintainers call the
    // aria-hidden-focus report on them a false positive, so only those nodes are dropped.
    const isTabsterDummy = (element: Element | undefined) =>
      element?.hasAttribute("data-tabster-dummy") === true;
    return results.violations
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes
          .filter((node) => violation.id !== "aria-hidden-focus" || !isTabsterDummy(node.element))
          .map((node) => ({
            target: node.target,
            ...(node.failureSummary === undefined ? {} : { failureSummary: node.failureSummary }),
          })),
      }))
      .filter((violation) => violation.nodes.length > 0);
  });
}

/** One violation as readable lines: rule, impact, help, then each target. */
export function describeViolation(violation: AxeViolation): string {
  const targets = violation.nodes.map(
    (node) => `    ${node.target.map(String).join(" ")}: ${firstLine(node.failureSummary)}`,
  );
  return [
    `  ${violation.id} (${violation.impact ?? "no impact"}): ${violation.help}`,
    `    ${violation.helpUrl}`,
    ...targets,
  ].join("\n");
}

function firstLine(text: string | undefined): string {
  return (text ?? "").split("\n").slice(1, 2).join("").trim();
}
