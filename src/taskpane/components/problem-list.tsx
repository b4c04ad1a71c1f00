import { Badge, Caption1, Link, type BadgeProps } from "@fluentui/react-components";
import type { Problem, Severity } from "../../core/problems/problem";
import { usePaneText, type PaneText } from "../pane-text";
import { useLayoutStyles } from "../styles";
import { describeLocation } from "./problem-location";

/** One line of a problem list. */
export interface ProblemItem {
  key: string;
  severity: Severity;
  text: string;
  /** Where the problem is, when it is not a field of the pane: a cell, or a JSON path. */
  where?: string | undefined;
  /** Takes the person to the field; absent when the pane has no field for it. */
  onChoose?: (() => void) | undefined;
}

const BADGE_COLOURS: Record<Severity, NonNullable<BadgeProps["color"]>> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** A list of problems, each with its severity in words; a problem with a field is a link. */
export function ProblemList({ items }: { items: readonly ProblemItem[] }) {
  const styles = useLayoutStyles();
  const { text } = usePaneText();
  if (items.length === 0) return null;
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.key}>
          <Badge appearance="tint" color={BADGE_COLOURS[item.severity]}>
            {text.severity[item.severity]}
          </Badge>{" "}
          {item.onChoose ? (
            <Link as="button" onClick={item.onChoose}>
              {item.text}
            </Link>
          ) : (
            item.text
          )}
          {item.where !== undefined && <Caption1> ({item.where})</Caption1>}
        </li>
      ))}
    </ul>
  );
}

/** A problem from the core or the office code as a line of a list. */
export function problemItem(problem: Problem, position: number, pane: PaneText): ProblemItem {
  return {
    key: `${String(position)}-${problem.code}`,
    severity: problem.severity,
    text: problem.message[pane.language],
    where: describeLocation(problem.location, pane.text),
  };
}
