import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Catalogue } from "../core/catalogue/schema";
import type { Language } from "../core/language";
import type { HostInfo } from "../office/host";
import { PANE_MESSAGES, paneLanguage } from "./messages";
import { Pane } from "./pane";
import { PaneTextContext } from "./pane-text";
import type { WorkbookService } from "./workbook-service";

/** What the task pane needs to render. */
export interface AppProps {
  host: HostInfo;
  /** How the pane reaches the workbook; used only inside Excel, never outside Office. */
  service: WorkbookService;
  /** The catalogue the pane starts with; the person can import another. */
  catalogue: Catalogue;
  /** The browser's language tag, used only when Office gives no display language. */
  browserLanguage: string;
}

/** The task pane: Fluent's theme, the person's language, and the guided flow. */
export function App({ host, service, catalogue, browserLanguage }: AppProps) {
  const [language, setLanguage] = useState<Language>(() => paneLanguage(host, browserLanguage));
  const paneText = useMemo(() => ({ language, text: PANE_MESSAGES[language] }), [language]);
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <PaneTextContext.Provider value={paneText}>
        <Pane host={host} service={service} catalogue={catalogue} onLanguage={setLanguage} />
      </PaneTextContext.Provider>
    </FluentProvider>
  );
}
