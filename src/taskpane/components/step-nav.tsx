import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneText } from "../pane-text";
import { STEP_IDS, type StepId } from "../step-ids";
import { useLayoutStyles } from "../styles";

const useStyles = makeStyles({
  steps: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
});

interface StepNavProps {
  current: StepId;
  onGo: (step: StepId) => void;
}

/** The list of steps; any step can be visited in any order. */
export function StepNav({ current, onGo }: StepNavProps) {
  const { text } = usePaneText();
  const styles = useStyles();
  return (
    <nav aria-label={text.nav.label}>
      <ol className={styles.steps}>
        {STEP_IDS.map((step, index) => (
          <li key={step}>
            <Button
              size="small"
              appearance={step === current ? "primary" : "subtle"}
              aria-current={step === current ? "step" : undefined}
              onClick={() => {
                onGo(step);
              }}
            >
              {text.nav.item(index + 1, text.steps[step])}
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The buttons under a step that lead to the previous and the next one. */
export function StepButtons({ current, onGo }: StepNavProps) {
  const { text } = usePaneText();
  const styles = useLayoutStyles();
  const position = STEP_IDS.indexOf(current);
  const previous = STEP_IDS[position - 1];
  const next = STEP_IDS[position + 1];
  return (
    <div className={styles.row}>
      {previous && (
        <Button
          onClick={() => {
            onGo(previous);
          }}
        >
          {text.nav.back(text.steps[previous])}
        </Button>
      )}
      {next && (
        <Button
          appearance="primary"
          onClick={() => {
            onGo(next);
          }}
        >
          {text.nav.next(text.steps[next])}
        </Button>
      )}
    </div>
  );
}
