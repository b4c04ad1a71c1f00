import { Badge, Caption1, Checkbox } from "@fluentui/react-components";
import type { Dispatch } from "react";
import type { CatalogueStrategy } from "../../core/catalogue/schema";
import type { ChosenStrategy } from "../../core/project/model";
import { fieldId } from "../field-ids";
import { usePaneText } from "../pane-text";
import type { EditorAction } from "../state";
import { useLayoutStyles } from "../styles";
import { TextField } from "./text-field";

interface StrategyOptionProps {
  letter: string;
  number: number;
  /** The catalogue's strategy; undefined when the map does not have this number. */
  strategy: CatalogueStrategy | undefined;
  chosen: ChosenStrategy | undefined;
  /** The other goals of the project, to mark a strategy that serves them too. */
  otherGoals: readonly string[];
  dispatch: Dispatch<EditorAction>;
}

/** One strategy for one goal: a checkbox, what it is, what else it serves, and a note. */
export function StrategyOption(props: StrategyOptionProps) {
  const { letter, number, strategy, chosen, otherGoals, dispatch } = props;
  const { text, language } = usePaneText();
  const styles = useLayoutStyles();
  const id = fieldId.strategy(letter, number);
  const shared = (strategy?.goals ?? []).filter((goal) => otherGoals.includes(goal));
  const name = strategy ? strategy.name[language] : text.strategies.unknown;
  return (
    <div className={styles.group}>
      <Checkbox
        id={id}
        label={text.strategies.label(number, name)}
        aria-describedby={shared.length > 0 ? `${id}-about ${id}-shared` : `${id}-about`}
        checked={chosen !== undefined}
        onChange={() => {
          dispatch({ type: "strategy-toggle", goal: letter, number });
        }}
      />
      <Caption1 id={`${id}-about`}>
        {strategy &&
          !strategy.goals.includes(letter) &&
          `${text.strategies.notSupporting(letter)} `}
        {strategy?.description[language]}
      </Caption1>
      {shared.length > 0 && (
        <div>
          <Badge id={`${id}-shared`} appearance="tint" color="brand">
            {text.strategies.alsoSupports(shared)}
          </Badge>
        </div>
      )}
      {chosen && (
        <TextField
          id={fieldId.strategyNote(letter, number)}
          label={text.strategies.note(number)}
          value={chosen.note}
          onChange={(note) => {
            dispatch({ type: "strategy-note", goal: letter, number, note });
          }}
        />
      )}
    </div>
  );
}
