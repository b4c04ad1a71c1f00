import { Field, Select } from "@fluentui/react-components";
import type { Catalogue } from "../../core/catalogue/schema";
import { StakeholderRows } from "../components/stakeholder-rows";
import { StepFrame } from "../components/step-frame";
import { TextField } from "../components/text-field";
import { fieldId } from "../field-ids";
import { usePaneText } from "../pane-text";
import type { CardField } from "../state";
import type { StepProps } from "./step-props";

const TEXT_FIELDS = ["name", "organisation"] as const;
const AFTER_CATEGORY = ["product", "buyer"] as const;
const DATE_FIELDS = ["contractStart", "contractEnd"] as const;

/** Step 2: the project card and its stakeholders. */
export function CardStep({ editor, dispatch, catalogue }: StepProps) {
  const { text } = usePaneText();
  const { card } = editor.project;
  const field = (name: CardField, type: "text" | "date" = "text") => (
    <TextField
      key={name}
      id={fieldId.card(name)}
      label={text.card.fields[name]}
      type={type}
      hint={type === "date" ? text.card.dateHint : undefined}
      value={card[name]}
      onChange={(value) => {
        dispatch({ type: "card-field", field: name, value });
      }}
    />
  );
  return (
    <StepFrame title={text.steps.card} intro={text.card.intro}>
      {TEXT_FIELDS.map((name) => field(name))}
      <CategorySelect
        catalogue={catalogue}
        value={card.productCategory}
        onChange={(value) => {
          dispatch({ type: "card-field", field: "productCategory", value });
        }}
      />
      {AFTER_CATEGORY.map((name) => field(name))}
      {DATE_FIELDS.map((name) => field(name, "date"))}
      <StakeholderRows stakeholders={card.stakeholders} dispatch={dispatch} />
    </StepFrame>
  );
}

interface CategorySelectProps {
  catalogue: Catalogue;
  value: string | undefined;
  onChange: (value: string) => void;
}

function CategorySelect({ catalogue, value, onChange }: CategorySelectProps) {
  const { text, language } = usePaneText();
  const id = fieldId.card("productCategory");
  const categories = catalogue.productCategories;
  // A category read from a workbook may be missing from this catalogue; it stays visible
  // so the person sees what the review complains about.
  const unknown = value !== undefined && !categories.some((category) => category.id === value);
  return (
    <Field label={{ children: text.card.fields.productCategory, htmlFor: id }}>
      <Select
        id={id}
        value={value ?? ""}
        onChange={(_, data) => {
          onChange(data.value);
        }}
      >
        <option value="">{text.card.noCategory}</option>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name[language]}
          </option>
        ))}
        {unknown && <option value={value}>{text.card.unknownCategory(value)}</option>}
      </Select>
    </Field>
  );
}
