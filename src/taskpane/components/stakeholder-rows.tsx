import { Button, Subtitle2 } from "@fluentui/react-components";
import type { Dispatch } from "react";
import type { Stakeholder } from "../../core/project/model";
import { fieldId } from "../field-ids";
import { useFocusControl } from "../focus";
import { usePaneText } from "../pane-text";
import type { EditorAction } from "../state";
import { useLayoutStyles } from "../styles";
import { TextField } from "./text-field";

const STAKEHOLDERS = "ak-stakeholders";

interface StakeholderRowsProps {
  stakeholders: readonly Stakeholder[];
  dispatch: Dispatch<EditorAction>;
}

/** The stakeholders: one row each with name and role, added and removed by button. */
export function StakeholderRows({ stakeholders, dispatch }: StakeholderRowsProps) {
  const { text } = usePaneText();
  const styles = useLayoutStyles();
  const { requestFocus } = useFocusControl();
  return (
    <section aria-labelledby={STAKEHOLDERS} className={styles.stack}>
      <Subtitle2 as="h3" id={STAKEHOLDERS} tabIndex={-1} className={styles.flat}>
        {text.card.stakeholders}
      </Subtitle2>
      {stakeholders.length === 0 && <p className={styles.flat}>{text.card.noStakeholders}</p>}
      {stakeholders.map((person, index) => (
        <StakeholderRow key={index} person={person} index={index} dispatch={dispatch} />
      ))}
      <div>
        <Button
          onClick={() => {
            dispatch({ type: "stakeholder-add" });
            // The new row's name field takes the focus, so typing can start at once.
            requestFocus([fieldId.stakeholder(stakeholders.length, "name")]);
          }}
        >
          {text.card.addStakeholder}
        </Button>
      </div>
    </section>
  );
}

interface StakeholderRowProps {
  person: Stakeholder;
  index: number;
  dispatch: Dispatch<EditorAction>;
}

function StakeholderRow({ person, index, dispatch }: StakeholderRowProps) {
  const { text } = usePaneText();
  const styles = useLayoutStyles();
  const { requestFocus } = useFocusControl();
  const number = index + 1;
  const edit = (field: keyof Stakeholder) => (value: string) => {
    dispatch({ type: "stakeholder-edit", index, field, value });
  };
  return (
    <div role="group" aria-label={text.card.stakeholderRow(number)} className={styles.group}>
      <TextField
        id={fieldId.stakeholder(index, "name")}
        label={text.card.stakeholderName(number)}
        value={person.name}
        onChange={edit("name")}
      />
      <TextField
        id={fieldId.stakeholder(index, "role")}
        label={text.card.stakeholderRole(number)}
        value={person.role}
        onChange={edit("role")}
      />
      <div>
        <Button
          onClick={() => {
            dispatch({ type: "stakeholder-remove", index });
            // The button disappears with its row; the list's heading keeps the focus nearby.
            requestFocus([STAKEHOLDERS]);
          }}
        >
          {text.card.removeStakeholder(number)}
        </Button>
      </div>
    </div>
  );
}
