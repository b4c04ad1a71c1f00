import { Subtitle2 } from "@fluentui/react-components";
import type { ChosenGoal } from "../../core/project/model";
import { StepFrame } from "../components/step-frame";
import { StrategyOption } from "../components/strategy-option";
import { fieldId } from "../field-ids";
import { usePaneText } from "../pane-text";
import { useLayoutStyles } from "../styles";
import type { StepProps } from "./step-props";

/** Step 4: per chosen goal, the strategies that support it, each with a note. */
export function StrategiesStep({ editor, dispatch, catalogue }: StepProps) {
  const { text } = usePaneText();
  const styles = useLayoutStyles();
  const { goals } = editor.project;
  return (
    <StepFrame title={text.steps.strategies} intro={text.strategies.intro}>
      {goals.length === 0 && <p className={styles.flat}>{text.strategies.noGoals}</p>}
      {goals.map((goal) => (
        <GoalStrategies key={goal.goal} goal={goal} {...{ editor, dispatch, catalogue }} />
      ))}
    </StepFrame>
  );
}

function GoalStrategies({ goal, editor, dispatch, catalogue }: StepProps & { goal: ChosenGoal }) {
  const { text, language } = usePaneText();
  const styles = useLayoutStyles();
  const letter = goal.goal;
  const name = catalogue.goals.find((entry) => entry.letter === letter)?.name[language];
  const supporting = catalogue.strategies.filter((strategy) => strategy.goals.includes(letter));
  // Strategies read from a workbook that do not support the goal stay visible, so the
  // person can see and undo what the review reports.
  const stray = goal.strategies.filter(
    (chosen) => !supporting.some((strategy) => strategy.number === chosen.number),
  );
  const others = editor.project.goals.map((entry) => entry.goal).filter((g) => g !== letter);
  const headingId = fieldId.strategies(letter);
  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <Subtitle2 as="h3" id={headingId} tabIndex={-1} className={styles.flat}>
        {text.strategies.goalHeading(letter, name ?? text.goals.unknownName)}
      </Subtitle2>
      {[...supporting, ...stray.map((chosen) => ({ number: chosen.number }))].map((entry) => (
        <StrategyOption
          key={entry.number}
          letter={letter}
          number={entry.number}
          strategy={catalogue.strategies.find((strategy) => strategy.number === entry.number)}
          chosen={goal.strategies.find((chosen) => chosen.number === entry.number)}
          otherGoals={others}
          dispatch={dispatch}
        />
      ))}
    </section>
  );
}
