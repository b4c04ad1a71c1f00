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
    const results = (await axe.run(document, { resultTypes: ["violations"] })) as {
      violations: AxeViolation[];
    };
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target,
        ...(node.failureSummary === undefined ? {} : { failureSummary: node.failureSummary }),
      })),
    }));
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
