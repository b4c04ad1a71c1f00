import type { Language } from "../language";
import { workbookEn, type WorkbookTexts } from "./workbook-en";
import { workbookNl } from "./workbook-nl";

export type { WorkbookTexts } from "./workbook-en";

const TEXTS: Record<Language, WorkbookTexts> = { nl: workbookNl, en: workbookEn };

/** The texts the workbook is written in, for one language. */
export function workbookTexts(language: Language): WorkbookTexts {
  return TEXTS[language];
}
