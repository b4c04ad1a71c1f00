import { useState } from "react";
import { formatNumberText } from "../numbers";
import { usePaneText } from "../pane-text";
import { TextField } from "./text-field";

/** What a measurement field needs. */
export interface NumberFieldProps {
  id: string;
  label: string;
  value: number | null;
  /** The text typed when it is not a number; it is shown instead of the value. */
  draft: string | undefined;
  onChange: (text: string) => void;
  hint?: string | undefined;
}

/** A measurement field that keeps text that is not a number, and says so. */
export function NumberField({ id, label, value, draft, onChange, hint }: NumberFieldProps) {
  const { text, language } = usePaneText();
  // While the person types, the field shows their text as typed: "12," on the way to
  // "12,5" would otherwise be rewritten to "12" after every key.
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <TextField
      id={id}
      label={label}
      value={typed ?? draft ?? formatNumberText(value, language)}
      onChange={(next) => {
        setTyped(next);
        onChange(next);
      }}
      onBlur={() => {
        setTyped(null);
      }}
      inputMode="decimal"
      hint={hint}
      error={draft === undefined ? undefined : text.indicators.notANumber}
    />
  );
}
