import { Button, Field, Select, Subtitle2 } from "@fluentui/react-components";
import type { Dispatch } from "react";
import type { CatalogueIndicator } from "../../core/catalogue/schema";
import type { Language } from "../../core/language";
import type { ProjectIndicator } from "../../core/project/model";
import { fieldId } from "../field-ids";
import type { PaneMessages } from "../messages";
import { usePaneText } from "../pane-text";
import type { EditorAction, IndicatorTextField } from "../state";
import type { StepProps } from "../steps/step-props";
import { useLayoutStyles } from "../styles";
import { IndicatorDefinition } from "./indicator-definition";
import { IndicatorProgressLine } from "./indicator-progress";
import { Measurements } from "./measurements";
import { TextField } from "./text-field";

interface IndicatorEditorProps extends StepProps {
  letter: string;
  index: number;
  indicator: ProjectIndicator;
}

/** One indicator of a goal: what it is, its measurements, its progress, and removal. */
export function IndicatorEditor(props: IndicatorEditorProps) {
  const { letter, index, indicator, editor, dispatch, catalogue } = props;
  const { text, language } = usePaneText();
  const styles = useLayoutStyles();
  const definition = catalogue.indicators.find((entry) => entry.id === indicator.id);
  const title = indicatorTitle(indicator, definition, text, language);
  const headingId = fieldId.indicator(letter, index);
  const unit = definition ? definition.unit[language] : indicator.unit;
  return (
    <div role="group" aria-labelledby={headingId} className={styles.group}>
      <Subtitle2 as="h4" id={headingId} tabIndex={-1} className={styles.flat}>
        {title}
      </Subtitle2>
      {definition && <IndicatorDefinition indicator={definition} />}
      {indicator.id === undefined && (
        <CustomFields letter={letter} index={index} indicator={indicator} dispatch={dispatch} />
      )}
      <Measurements {...{ letter, index, indicator, editor, dispatch }} unit={unit} />
      <IndicatorProgressLine indicator={indicator} />
      <div>
        <Button
          onClick={() => {
            dispatch({ type: "indicator-remove", goal: letter, index });
          }}
        >
          {text.indicators.remove(title)}
        </Button>
      </div>
    </div>
  );
}

function indicatorTitle(
  indicator: ProjectIndicator,
  definition: CatalogueIndicator | undefined,
  text: PaneMessages,
  language: Language,
): string {
  if (definition) return text.indicators.catalogueTitle(definition.id, definition.name[language]);
  if (indicator.id !== undefined) return text.indicators.unknownId(indicator.id);
  const name = indicator.name?.trim() ?? "";
  return name === "" ? text.indicators.untitled : text.indicators.customTitle(name);
}

interface CustomFieldsProps {
  letter: string;
  index: number;
  indicator: ProjectIndicator;
  dispatch: Dispatch<EditorAction>;
}

function CustomFields({ letter, index, indicator, dispatch }: CustomFieldsProps) {
  const { text } = usePaneText();
  const set = (field: IndicatorTextField) => (value: string) => {
    dispatch({ type: "indicator-text", goal: letter, index, field, value });
  };
  const directionId = fieldId.indicatorField(letter, index, "direction");
  return (
    <>
      <TextField
        id={fieldId.indicatorField(letter, index, "name")}
        label={text.indicators.fields.name}
        value={indicator.name}
        onChange={set("name")}
      />
      <TextField
        id={fieldId.indicatorField(letter, index, "unit")}
        label={text.indicators.fields.unit}
        value={indicator.unit}
        onChange={set("unit")}
      />
      <Field label={{ children: text.indicators.fields.direction, htmlFor: directionId }}>
        <Select
          id={directionId}
          value={indicator.direction ?? ""}
          onChange={(_, data) => {
            set("direction")(data.value);
          }}
        >
          <option value="">{text.indicators.directionNone}</option>
          <option value="higher">{text.indicators.directions.higher}</option>
          <option value="lower">{text.indicators.directions.lower}</option>
        </Select>
      </Field>
    </>
  );
}
