import { Field, Input, type InputProps } from "@fluentui/react-components";

/** What a labelled text input needs. */
export interface TextFieldProps {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
  type?: "text" | "date" | undefined;
  inputMode?: InputProps["inputMode"];
  hint?: string | undefined;
  /** A message saying what is wrong with the value; the field is marked invalid. */
  error?: string | undefined;
}

/** A labelled text input whose id a problem in the review can focus. */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, onBlur, type = "text", inputMode, hint, error } = props;
  return (
    <Field
      label={{ children: label, htmlFor: id }}
      hint={hint ?? null}
      validationMessage={error ?? null}
      validationState={error === undefined ? "none" : "error"}
    >
      <Input
        id={id}
        type={type}
        inputMode={inputMode}
        value={value ?? ""}
        onChange={(_, data) => {
          onChange(data.value);
        }}
        onBlur={onBlur}
      />
    </Field>
  );
}
