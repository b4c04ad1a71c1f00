import {
  defaultCatalogue,
  indexCatalogue,
  parseCatalogue,
  type CatalogueIndex,
} from "../core/catalogue";
import type { Problem } from "../core/problems/problem";
import type { CliIo } from "./io";
import type { CliMessages } from "./messages";
import { readJsonFile } from "./read-json";

export type CatalogueLoad =
  | { kind: "loaded"; index: CatalogueIndex }
  | { kind: "unreadable"; reason: string }
  | { kind: "invalid"; file: string; problems: Problem[] };

/** The catalogue named by `--catalogue`, or the default one. */
export async function loadCatalogue(
  io: CliIo,
  file: string | null,
  messages: CliMessages,
): Promise<CatalogueLoad> {
  if (file === null) return { kind: "loaded", index: indexCatalogue(defaultCatalogue()) };
  const read = await readJsonFile(io, file, messages);
  if (!read.ok) return { kind: "unreadable", reason: read.reason };
  const result = parseCatalogue(read.value);
  if (!result.ok) return { kind: "invalid", file, problems: result.problems };
  return { kind: "loaded", index: indexCatalogue(result.catalogue) };
}
