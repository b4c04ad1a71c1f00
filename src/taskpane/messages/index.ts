import { languageFromLocale, type Language } from "../../core/language";
import type { HostInfo } from "../../office/host";
import { en } from "./en";
import { nl, type PaneMessages } from "./nl";

export type { PaneMessages } from "./nl";

/**
 * The pane's texts per language. A new language is one more file shaped like nl.ts and
 * one more line here (once the core's LANGUAGES lists it, this record demands that line).
 */
export const PANE_MESSAGES: Record<Language, PaneMessages> = {
  nl,
  en,
};

/** The pane's language: Office's display language in Office, the browser's outside it. */
export function paneLanguage(host: HostInfo, browserLanguage: string): Language {
  return languageFromLocale(host.kind === "excel" ? host.displayLanguage : browserLanguage);
}
