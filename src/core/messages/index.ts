import type { Language, LocalText } from "../language";
import { LANGUAGES } from "../language";
import { en } from "./en";
import { nl } from "./nl";

export type ProblemCode = keyof typeof en.problems;
export type WordKey = keyof typeof en.words;

/** The shape every language's message file has; a new language is one more such file. */
export interface MessageFile {
  problems: Record<ProblemCode, string>;
  words: Record<WordKey, string>;
}

const FILES: Record<Language, MessageFile> = { nl, en };

/** Problem message templates per language. */
export const MESSAGES: Record<Language, Record<ProblemCode, string>> = {
  nl: nl.problems,
  en: en.problems,
};

/** A word of the message files in every language, to place into a message. */
export function word(key: WordKey): LocalText {
  const text = {} as LocalText;
  for (const language of LANGUAGES) text[language] = FILES[language].words[key];
  return text;
}

/** True when the text names a word of the message files. */
export function isWordKey(text: string): text is WordKey {
  return Object.prototype.hasOwnProperty.call(en.words, text);
}

/** "goal A" or "goals A, C", in every language. */
export function goalList(letters: readonly string[]): LocalText {
  const noun = word(letters.length === 1 ? "goal" : "goals");
  const text = {} as LocalText;
  for (const language of LANGUAGES) text[language] = `${noun[language]} ${letters.join(", ")}`;
  return text;
}
