import type { Dispatch } from "react";
import type { Measurement, ProjectIndicator } from "../../core/project/model";
import { fieldId } from "../field-ids";
import { usePaneText } from "../pane-text";
import { draftFor, type EditorAction, type EditorState } from "../state";
import { NumberField } from "./number-field";
import { TextField } from "./text-field";

interface MeasurementsProps {
  letter: string;
  index: number;
  indicator: ProjectIndicator;
  editor: EditorState;
  dispatch: Dispatch<EditorAction>;
  unit: string | undefined;
}

/** Baseline, contract and end values of an indicator, with their dates and evidence. */
export function Measurements(props: MeasurementsProps) {
  const { letter, index, indicator, editor, dispatch, unit } = props;
  const { text } = usePaneText();
  const hint = unit ? text.indicators.inUnit(unit) : undefined;
  const number = (field: Measurement) => (
    <NumberField
      id={fieldId.indicatorField(letter, index, field)}
      label={text.indicators.fields[field]}
      hint={hint}
      value={indicator[field]}
      draft={draftFor(editor, letter, index, field)}
      onChange={(value) => {
        dispatch({ type: "indicator-measure", goal: letter, index, field, text: value });
      }}
    />
  );
  const textField = (field: "baselineDate" | "endDate" | "evidence") => (
    <TextField
      id={fieldId.indicatorField(letter, index, field)}
      label={text.indicators.fields[field]}
      type={field === "evidence" ? "text" : "date"}
      hint={field === "evidence" ? undefined : text.card.dateHint}
      value={indicator[field]}
      onChange={(value) => {
        dispatch({ type: "indicator-text", goal: letter, index, field, value });
      }}
    />
  );
  return (
    <>
      {number("baseline")}
      {textField("baselineDate")}
      {number("contract")}
      {number("end")}
      {textField("endDate")}
      {textField("evidence")}
    </>
  );
}
