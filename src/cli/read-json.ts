import type { CliIo } from "./io";
import { fill, type CliMessages } from "./messages";

export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: string };

/** Reads and parses a JSON file; a failure comes back as one sentence for the person. */
export async function readJsonFile(
  io: CliIo,
  file: string,
  messages: CliMessages,
): Promise<JsonRead> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (code === "ENOENT") return { ok: false, reason: fill(messages.fileNotFound, { file }) };
    const detail = typeof code === "string" ? code : String(message);
    return { ok: false, reason: fill(messages.fileUnreadable, { file, detail }) };
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    const offset = errorOffset((error as Error).message, source);
    if (offset === null) return { ok: false, reason: fill(messages.notJson, { file }) };
    const { line, column } = lineAndColumn(source, offset);
    return { ok: false, reason: fill(messages.notJsonAt, { file, line, column }) };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

// V8 names the offending position in its message, or says the input ended early.
function errorOffset(message: string, source: string): number | null {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  return /end of JSON input/.test(message) ? source.length : null;
}
