import { usePaneText } from "../pane-text";
import { useLayoutStyles } from "../styles";
import type { WorkOutcome } from "../use-workbook";
import { RepairOfferView } from "./repair-offer";
import { ChangeList } from "./change-list";
import { ProblemList, problemItem } from "./problem-list";

/** What a read, build, refresh or repair found or wrote, and the problems it reported. */
export function OutcomeView({
  outcome,
  onRepair,
  busy,
}: {
  outcome: WorkOutcome;
  onRepair: () => void;
  busy: boolean;
}) {
  const pane = usePaneText();
  const styles = useLayoutStyles();
  const items = outcome.problems.map((problem, index) => problemItem(problem, index, pane));
  return (
    <div className={styles.tight}>
      <OutcomeSummary outcome={outcome} />
      {items.length > 0 && (
        <p className={styles.flat}>{pane.text.work.problemsFound(items.length)}</p>
      )}
      <ProblemList items={items} />
      {(outcome.action === "read" || outcome.action === "refresh") && outcome.repair && (
        <RepairOfferView offer={outcome.repair} onRepair={onRepair} busy={busy} />
      )}
    </div>
  );
}

function OutcomeSummary({ outcome }: { outcome: WorkOutcome }) {
  const { text } = usePaneText();
  const styles = useLayoutStyles();
  switch (outcome.action) {
    case "read": {
      const name = outcome.project?.card.name ?? "";
      const sentence = outcome.project ? text.work.opened(name) : text.work.nothingOpened;
      return <p className={styles.flat}>{sentence}</p>;
    }
    case "build": {
      const sentence =
        outcome.cells === 0
          ? text.work.upToDate(outcome.sheets)
          : text.work.built(outcome.sheets, outcome.cells);
      return <p className={styles.flat}>{sentence}</p>;
    }
    case "refresh":
      return <ChangeList changes={outcome.changes} />;
    case "repair":
      return <p className={styles.flat}>{text.repair.done(outcome.cells)}</p>;
  }
}
