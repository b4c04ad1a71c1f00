import { Caption1, Checkbox } from "@fluentui/react-components";
import { PHASES, type CatalogueGoal, type Phase } from "../../core/catalogue/schema";
import { StepFrame } from "../components/step-frame";
import { fieldId } from "../field-ids";
import { usePaneText } from "../pane-text";
import { useLayoutStyles } from "../styles";
import type { StepProps } from "./step-props";

/** Step 3: the map's goals, grouped by phase; several can be chosen. */
export function GoalsStep({ editor, dispatch, catalogue }: StepProps) {
  const { text } = usePaneText();
  const styles = useLayoutStyles();
  const chosen = editor.project.goals.map((goal) => goal.goal);
  const order = catalogue.goals.map((goal) => goal.letter);
  const toggle = (letter: string) => {
    dispatch({ type: "goal-toggle", goal: letter, order });
  };
  const unknown = chosen.filter((letter) => !order.includes(letter));
  return (
    <StepFrame title={text.steps.goals} intro={text.goals.intro}>
      <div
        id={fieldId.goals()}
        role="group"
        aria-label={text.steps.goals}
        tabIndex={-1}
        className={styles.stack}
      >
        {PHASES.map((phase) => (
          <PhaseGroup
            key={phase}
            phase={phase}
            goals={catalogue.goals.filter((goal) => goal.phase === phase)}
            chosen={chosen}
            onToggle={toggle}
          />
        ))}
        {unknown.length > 0 && <UnknownGoals letters={unknown} onToggle={toggle} />}
      </div>
      <p aria-live="polite" className={styles.flat}>
        {chosen.length === 1 ? text.goals.singleGoal : ""}
      </p>
    </StepFrame>
  );
}

interface PhaseGroupProps {
  phase: Phase;
  goals: readonly CatalogueGoal[];
  chosen: readonly string[];
  onToggle: (letter: string) => void;
}

function PhaseGroup({ phase, goals, chosen, onToggle }: PhaseGroupProps) {
  const { text, language } = usePaneText();
  const styles = useLayoutStyles();
  if (goals.length === 0) return null;
  return (
    <fieldset className={styles.group}>
      <legend>{text.goals.phases[phase]}</legend>
      {goals.map((goal) => (
        <div key={goal.letter} className={styles.tight}>
          <Checkbox
            id={fieldId.goal(goal.letter)}
            label={text.goals.label(goal.letter, goal.name[language])}
            aria-describedby={`${fieldId.goal(goal.letter)}-about`}
            checked={chosen.includes(goal.letter)}
            onChange={() => {
              onToggle(goal.letter);
            }}
          />
          <Caption1 id={`${fieldId.goal(goal.letter)}-about`}>
            {goal.description[language]}
          </Caption1>
        </div>
      ))}
    </fieldset>
  );
}

// A goal read from a workbook made with another map; it can only be unchosen here.
function UnknownGoals({ letters, onToggle }: { letters: string[]; onToggle: (l: string) => void }) {
  const { text } = usePaneText();
  const styles = useLayoutStyles();
  return (
    <fieldset className={styles.group}>
      <legend>{text.goals.notOnMap}</legend>
      {letters.map((letter) => (
        <Checkbox
          key={letter}
          id={fieldId.goal(letter)}
          label={text.goals.label(letter, text.goals.unknownName)}
          checked
          onChange={() => {
            onToggle(letter);
          }}
        />
      ))}
    </fieldset>
  );
}
