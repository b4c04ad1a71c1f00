import { parseCatalogue } from "../core/catalogue/parse-catalogue";
import type { Catalogue } from "../core/catalogue/schema";
import type { Problem } from "../core/problems/problem";

/** A catalogue file read in full, or refused as a whole. */
export type CatalogueImport =
  | { kind: "imported"; catalogue: Catalogue }
  | { kind: "refused"; problems: Problem[] }
  | { kind: "not-json"; detail: string };

/** Reads a catalogue from a file's text; with any problem, nothing of it is used. */
export function importCatalogueText(text: string): CatalogueImport {
  let input: unknown;
  try {
    input = JSON.parse(text) as unknown;
  } catch (error) {
    return { kind: "not-json", detail: error instanceof Error ? error.message : String(error) };
  }
  const result = parseCatalogue(input);
  return result.ok
    ? { kind: "imported", catalogue: result.catalogue }
    : { kind: "refused", problems: result.problems };
}

/** The text of a file the person chose, read in the browser. */
export function readFileText(file: Blob): Promise<string> {
  // FileReader rather than Blob.text(): older Office webviews and jsdom lack the latter.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === "string" ? reader.result : "");
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error("The file could not be read."));
    };
    reader.readAsText(file);
  });
}
