import defaultCatalogueFile from "./default-catalogue.json";
import { parseCatalogue } from "./parse-catalogue";
import type { Catalogue } from "./schema";

export * from "./catalogue-index";
export * from "./parse-catalogue";
export * from "./schema";
export * from "./units";

let cachedDefault: Catalogue | undefined;

/**
 * The catalogue the add-in ships. It goes through the same checks as a custom one;
 * a test keeps it valid, so a failure here is a fault in the add-in itself.
 */
export function defaultCatalogue(): Catalogue {
  if (cachedDefault) return cachedDefault;
  const result = parseCatalogue(defaultCatalogueFile);
  if (!result.ok) {
    const first = result.problems[0];
    throw new Error(`The default catalogue is invalid: ${first?.message.en ?? "unknown"}`);
  }
  cachedDefault = result.catalogue;
  return cachedDefault;
}
