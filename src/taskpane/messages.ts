import { languageFromLocale, type Language } from "../core/language";
import type { HostInfo } from "../office/host";

/** The task pane's texts in one language. */
export interface PaneMessages {
  heading: string;
  intro: string;
  excelReady: string;
  outsideOffice: string;
  otherHost: (host: string) => string;
}

const nl: PaneMessages = {
  heading: "Ambitiekaart",
  intro:
    "Leg de doelstellingen, strategieën en indicatoren van je circulaire aankoopproject " +
    "vast in deze werkmap en volg ze op.",
  excelReady: "Verbonden met Excel: klaar.",
  outsideOffice:
    "Dit venster draait buiten Excel. Open het vanuit Excel: laad het manifest " +
    "(sideloaden) en kies Ambitiekaart op het tabblad Start.",
  otherHost: (host) => `Ambitiekaart werkt alleen in Excel, niet in ${host}.`,
};

const en: PaneMessages = {
  heading: "Ambitiekaart",
  intro:
    "Record the goals, strategies and indicators of your circular procurement project " +
    "in this workbook and track them.",
  excelReady: "Connected to Excel: ready.",
  outsideOffice:
    "This pane is running outside Excel. Open it from Excel: sideload the manifest " +
    "and choose Ambitiekaart on the Home tab.",
  otherHost: (host) => `Ambitiekaart works only in Excel, not in ${host}.`,
};

/** The task pane's texts, one object per language. */
export const MESSAGES: Record<Language, PaneMessages> = { nl, en };

/** The pane's language: Office's display language in Office, the browser's outside it. */
export function paneLanguage(host: HostInfo, browserLanguage: string): Language {
  return languageFromLocale(host.kind === "excel" ? host.displayLanguage : browserLanguage);
}
