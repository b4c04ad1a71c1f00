import { word, type WordKey } from "../messages";
import { jsonProblem, type Problem } from "../problems/problem";
import { describeValue } from "../problems/schema-problems";

/** What a file must say about itself before its content is read. */
export interface FileKind {
  format: string;
  version: number;
  label: WordKey;
}

/**
 * Checks a file's `format` and `version` first, so that a file of another kind or
 * a newer version gets one clear message instead of a list of schema problems.
 */
export function checkFileHeader(input: unknown, kind: FileKind): Problem[] {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return [jsonProblem("file-not-object", "error", [])];
  }
  const { format, version } = input as Record<string, unknown>;
  if (format !== kind.format) {
    return [
      jsonProblem("file-format", "error", ["format"], {
        expected: word(kind.label),
        found: describeValue(format),
      }),
    ];
  }
  if (version === kind.version) return [];
  const params = { expected: kind.version, found: describeValue(version) };
  const newer = typeof version === "number" && version > kind.version;
  return [jsonProblem(newer ? "file-version-newer" : "file-version", "error", ["version"], params)];
}
