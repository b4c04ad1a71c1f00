import type { z } from "zod";
import { isWordKey, word, type WordKey } from "../messages";
import { jsonProblem, type JsonPath, type MessageParam, type Problem } from "./problem";

type Issue = z.core.$ZodIssue;

/** Turns zod's issues into problems with JSON paths and messages in every language. */
export function problemsFromIssues(issues: readonly Issue[], input: unknown): Problem[] {
  return issues.flatMap((issue) => problemsFromIssue(issue, input));
}

function problemsFromIssue(issue: Issue, input: unknown): Problem[] {
  const path = issue.path.filter((part): part is string | number => typeof part !== "symbol");
  switch (issue.code) {
    case "invalid_type":
      return [typeProblem(path, issue.expected, valueAt(input, path))];
    case "unrecognized_keys":
      return issue.keys.map((key) =>
        jsonProblem("schema-unknown-key", "error", [...path, key], { key }),
      );
    case "too_small":
      return [tooSmallProblem(path, issue)];
    case "too_big":
      return [
        issue.origin === "string"
          ? jsonProblem("schema-too-long", "error", path, { maximum: Number(issue.maximum) })
          : jsonProblem("schema-too-big", "error", path, { maximum: Number(issue.maximum) }),
      ];
    case "invalid_format":
      return [jsonProblem("schema-format", "error", path, { format: describeFormat(issue) })];
    case "invalid_value":
      return [
        jsonProblem("schema-value", "error", path, {
          values: issue.values.map((value) => JSON.stringify(value)).join(", "),
        }),
      ];
    default:
      return [jsonProblem("schema-invalid", "error", path)];
  }
}

function typeProblem(path: JsonPath, expected: string, found: unknown): Problem {
  if (found === undefined) {
    const field = path[path.length - 1];
    return jsonProblem("schema-missing", "error", path, { field: String(field ?? "") });
  }
  return jsonProblem("schema-type", "error", path, {
    expected: typeWord(expected),
    found: describeValue(found),
  });
}

function tooSmallProblem(path: JsonPath, issue: z.core.$ZodIssueTooSmall): Problem {
  const minimum = Number(issue.minimum);
  if (issue.origin === "string") {
    return jsonProblem("schema-empty", "error", path);
  }
  if (issue.origin === "array" || issue.origin === "set") {
    return jsonProblem("schema-too-few", "error", path, { minimum });
  }
  const code = issue.inclusive === false ? "schema-too-small-exclusive" : "schema-too-small";
  return jsonProblem(code, "error", path, { minimum });
}

function describeFormat(issue: z.core.$ZodIssueInvalidStringFormat): MessageParam {
  return isWordKey(issue.message) ? word(issue.message) : issue.format;
}

const TYPE_WORDS: Readonly<Record<string, WordKey>> = {
  string: "text",
  number: "number",
  int: "integer",
  boolean: "boolean",
  array: "list",
  object: "object",
  null: "null",
};

function typeWord(expected: string): MessageParam {
  const key = TYPE_WORDS[expected];
  return key === undefined ? expected : word(key);
}

/** Shows the value found, short enough for one line of a message. */
export function describeValue(value: unknown): MessageParam {
  if (value === null) return word("null");
  // A field that is missing, or a function or symbol, has no JSON text.
  if (value === undefined || typeof value === "function" || typeof value === "symbol") {
    return word("nothing");
  }
  if (Array.isArray(value)) return word("list");
  if (typeof value === "object") return word("object");
  const shown = JSON.stringify(value);
  return shown.length > 40 ? `${shown.slice(0, 37)}…` : shown;
}

function valueAt(input: unknown, path: JsonPath): unknown {
  let current = input;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}
