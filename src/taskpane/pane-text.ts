import { createContext, useContext } from "react";
import type { Language } from "../core/language";
import { PANE_MESSAGES, type PaneMessages } from "./messages";

/** The pane's language and its texts. */
export interface PaneText {
  language: Language;
  text: PaneMessages;
}

/** The language the person chose; Dutch until the App provides one. */
export const PaneTextContext = createContext<PaneText>({ language: "nl", text: PANE_MESSAGES.nl });

/** The pane's language and texts, for a component. */
export function usePaneText(): PaneText {
  return useContext(PaneTextContext);
}
