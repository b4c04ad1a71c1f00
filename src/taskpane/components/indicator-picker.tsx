import { Button, Field, Select } from "@fluentui/react-components";
import { useState, type Dispatch } from "react";
import type { Catalogue } from "../../core/catalogue/schema";
import type { ChosenGoal } from "../../core/project/model";
import { fieldId } from "../field-ids";
import { useFocusControl } from "../focus";
import { usePaneText } from "../pane-text";
import type { EditorAction } from "../state";
import { useLayoutStyles } from "../styles";
import { IndicatorDefinition } from "./indicator-definition";

interface IndicatorPickerProps {
  goal: ChosenGoal;
  catalogue: Catalogue;
  dispatch: Dispatch<EditorAction>;
}

/** Adds an indicator to a goal: one from the catalogue's table for the goal, or a custom one. */
export function IndicatorPicker({ goal, catalogue, dispatch }: IndicatorPickerProps) {
  const { text, language } = usePaneText();
  const styles = useLayoutStyles();
  const { requestFocus } = useFocusControl();
  const [selected, setSelected] = useState("");
  const letter = goal.goal;
  const offered = catalogue.indicators.filter(
    (entry) => entry.goal === letter && !goal.indicators.some((chosen) => chosen.id === entry.id),
  );
  const choice = offered.find((entry) => entry.id === selected);
  const pickerId = fieldId.indicatorPicker(letter);
  const add = (id: string | null) => {
    const index = goal.indicators.length;
    dispatch({ type: "indicator-add", goal: letter, id });
    setSelected("");
    requestFocus([fieldId.indicatorField(letter, index, id === null ? "name" : "baseline")]);
  };
  return (
    <div className={styles.group}>
      <Field label={{ children: text.indicators.pick(letter), htmlFor: pickerId }}>
        <Select
          id={pickerId}
          value={selected}
          aria-describedby={choice ? `${pickerId}-definition` : undefined}
          onChange={(_, data) => {
            setSelected(data.value);
          }}
        >
          <option value="">
            {offered.length > 0 ? text.indicators.pickNone : text.indicators.allPicked}
          </option>
          {offered.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {text.indicators.option(entry.id, entry.name[language], entry.unit[language])}
            </option>
          ))}
        </Select>
      </Field>
      {choice && <IndicatorDefinition indicator={choice} id={`${pickerId}-definition`} />}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={!choice}
          onClick={() => {
            if (choice) add(choice.id);
          }}
        >
          {text.indicators.add}
        </Button>
        <Button
          onClick={() => {
            add(null);
          }}
        >
          {text.indicators.addCustom}
        </Button>
      </div>
    </div>
  );
}
