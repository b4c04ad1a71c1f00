import type { Language, LocalText } from "../language";
import { LANGUAGES } from "../language";
import { MESSAGES, type ProblemCode } from "../messages";
import { quoteSheetName } from "../util/a1";

export type { ProblemCode } from "../messages";

export type Severity = "error" | "warning" | "info";

/** Where a problem is: a path into a JSON file, a cell of a worksheet, or the whole workbook. */
export type ProblemLocation =
  | { kind: "json"; path: string }
  | { kind: "cell"; sheet: string; address: string }
  | { kind: "workbook" };

/** A value placed into a message: plain, or a text that differs per language. */
export type MessageParam = string | number | LocalText;

export type MessageParams = Readonly<Record<string, MessageParam>>;

/** One thing wrong with a file or workbook, as data: the UI and the CLI render it. */
export interface Problem {
  code: ProblemCode;
  severity: Severity;
  location: ProblemLocation;
  params: MessageParams;
  message: LocalText;
}

/** Makes a problem and renders its message in every language. */
export function makeProblem(
  code: ProblemCode,
  severity: Severity,
  location: ProblemLocation,
  params: MessageParams = {},
): Problem {
  const message = {} as LocalText;
  for (const language of LANGUAGES) {
    message[language] = renderMessage(MESSAGES[language][code], params, language);
  }
  return { code, severity, location, params, message };
}

/** Shorthand for a problem located at a cell of a sheet. */
export function cellProblem(
  code: ProblemCode,
  severity: Severity,
  sheet: string,
  address: string,
  params: MessageParams = {},
): Problem {
  return makeProblem(code, severity, { kind: "cell", sheet, address }, params);
}

/** Shorthand for a problem located by a JSON path. */
export function jsonProblem(
  code: ProblemCode,
  severity: Severity,
  path: JsonPath,
  params: MessageParams = {},
): Problem {
  return makeProblem(code, severity, { kind: "json", path: formatJsonPath(path) }, params);
}

export type JsonPath = readonly (string | number)[];

/** Writes a path as `$.goals[0].strategies[1].number`. */
export function formatJsonPath(path: JsonPath): string {
  let text = "$";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) text += `.${part}`;
    else text += `[${JSON.stringify(part)}]`;
  }
  return text;
}

/** The location as a person reads it: a JSON path, or `Sheet!A1`. */
export function formatLocation(location: ProblemLocation): string {
  if (location.kind === "json") return location.path;
  if (location.kind === "workbook") return "workbook";
  return `${quoteSheetName(location.sheet)}!${location.address}`;
}

/** True when at least one problem is an error. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; otherwise in the order found. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.problem.severity] - SEVERITY_ORDER[b.problem.severity] ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}

function renderMessage(template: string, params: MessageParams, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "object" ? value[language] : String(value);
  });
}
