/** The languages the add-in speaks. Dutch is the default: the ambition map is Flemish. */
export const LANGUAGES = ["nl", "en"] as const;

export type Language = (typeof LANGUAGES)[number];

/** A text in every language the add-in speaks. */
export type LocalText = Record<Language, string>;

/** Picks a language from a locale tag such as `nl-BE` or `en-US`; English when unknown. */
export function languageFromLocale(locale: string | undefined): Language {
  const primary = (locale ?? "").toLowerCase().split(/[-_.]/)[0];
  return LANGUAGES.find((language) => language === primary) ?? "en";
}

/** True when the value is one of the add-in's language codes. */
export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
