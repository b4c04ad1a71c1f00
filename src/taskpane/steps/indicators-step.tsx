import { Subtitle2 } from "@fluentui/react-components";
import type { ChosenGoal } from "../../core/project/model";
import { IndicatorEditor } from "../components/indicator-editor";
import { IndicatorPicker } from "../components/indicator-picker";
import { StepFrame } from "../components/step-frame";
import { fieldId } from "../field-ids";
import { usePaneText } from "../pane-text";
import { useLayoutStyles } from "../styles";
import type { StepProps } from "./step-props";

/** Step 5: per chosen goal, its indicators with their three measurements and progress. */
export function IndicatorsStep({ editor, dispatch, catalogue }: StepProps) {
  const { text } = usePaneText();
  const styles = useLayoutStyles();
  const { goals } = editor.project;
  return (
    <StepFrame title={text.steps.indicators} intro={text.indicators.intro}>
      {goals.length === 0 && <p className={styles.flat}>{text.strategies.noGoals}</p>}
      {goals.map((goal) => (
        <GoalIndicators key={goal.goal} goal={goal} {...{ editor, dispatch, catalogue }} />
      ))}
    </StepFrame>
  );
}

function GoalIndicators({ goal, editor, dispatch, catalogue }: StepProps & { goal: ChosenGoal }) {
  const { text, language } = usePaneText();
  const styles = useLayoutStyles();
  const letter = goal.goal;
  const name = catalogue.goals.find((entry) => entry.letter === letter)?.name[language];
  const headingId = fieldId.indicators(letter);
  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <Subtitle2 as="h3" id={headingId} tabIndex={-1} className={styles.flat}>
        {text.strategies.goalHeading(letter, name ?? text.goals.unknownName)}
      </Subtitle2>
      {goal.indicators.length === 0 && (
        <p className={styles.flat}>{text.indicators.noIndicators}</p>
      )}
      {goal.indicators.map((indicator, index) => (
        <IndicatorEditor
          key={index}
          letter={letter}
          index={index}
          indicator={indicator}
          {...{ editor, dispatch, catalogue }}
        />
      ))}
      <IndicatorPicker goal={goal} catalogue={catalogue} dispatch={dispatch} />
    </section>
  );
}
