import { languageFromLocale, type Language } from "../../core/language";
import { en } from "./en";
import { nl, type WorkbenchMessages } from "./nl";

export type { WorkbenchMessages } from "./nl";

/** The workbench's texts per language. */
export const WORKBENCH_MESSAGES: Record<Language, WorkbenchMessages> = { nl, en };

/** The language of the page: `?lang=nl|en` when given, else the browser's. */
export function workbenchLanguage(search: string, browserLanguage: string): Language {
  const asked = new URLSearchParams(search).get("lang");
  return languageFromLocale(asked ?? browserLanguage);
}
