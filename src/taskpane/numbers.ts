import type { Language } from "../core/language";

/** A measurement typed as text: a number, nothing (null), or text that is not a number. */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

// Either decimal mark is accepted, since a Dutch buyer types a comma and an English one a
// point; thousands separators are refused because "1.500" means 1500 to one and 1.5 to the other.
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** Reads a measurement typed in the pane; an empty field is null. */
export function parseNumberText(text: string): ParsedNumber {
  const compact = text.replace(/\s/g, "");
  if (compact === "") return { ok: true, value: null };
  if (!NUMBER.test(compact)) return { ok: false };
  const value = Number(compact.replace(",", "."));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** Writes a measurement for an input field, with the language's decimal mark. */
export function formatNumberText(value: number | null, language: Language): string {
  if (value === null) return "";
  const text = String(value);
  return language === "nl" ? text.replace(".", ",") : text;
}
