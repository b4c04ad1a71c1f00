import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Problem } from "../../core/problems/problem";
import { usePaneText, type PaneText } from "../pane-text";
import { useLayoutStyles } from "../styles";
import type { WorkFailure } from "../use-workbook";
import { describeLocation } from "./problem-location";

/** A failed action in plain words, with Excel's own detail behind a disclosure. */
export function ErrorBar({ failure, onDismiss }: { failure: WorkFailure; onDismiss: () => void }) {
  const pane = usePaneText();
  const styles = useLayoutStyles();
  const { text } = pane;
  const sentences = failure.problems.map((problem) => sentenceOf(problem, pane));
  const details = [...failure.problems.map(detailOf), failure.detail].filter(
    (detail): detail is string => detail !== null && detail !== "",
  );
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody className={styles.tight}>
        <MessageBarTitle>{text.errors.title[failure.action]}</MessageBarTitle>
        {(sentences.length > 0 ? sentences : [text.errors.unexpected]).map((line, index) => (
          <span key={index}>{line}</span>
        ))}
        <span>{text.errors.unchanged[failure.action]}</span>
        {details.length > 0 && (
          <details>
            <summary>{text.errors.detail}</summary>
            {details.map((detail, index) => (
              <code key={index}>{detail}</code>
            ))}
          </details>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDismiss}>{text.errors.dismiss}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

// An Excel failure carries its reason in the person's words as a parameter; the message
// itself repeats Excel's technical text, which belongs behind the disclosure.
function sentenceOf(problem: Problem, { language, text }: PaneText): string {
  const reason = problem.params["reason"];
  if (problem.code === "excel-failed" && typeof reason === "object") {
    return text.errors.reason(reason[language]);
  }
  const where = describeLocation(problem.location, text);
  return problem.location.kind === "workbook"
    ? problem.message[language]
    : `${problem.message[language]} (${where})`;
}

function detailOf(problem: Problem): string | null {
  const detail = problem.params["detail"];
  return problem.code === "excel-failed" && typeof detail === "string" ? detail : null;
}
