import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { usePaneText } from "../pane-text";
import { useLayoutStyles } from "../styles";
import type { OfferPlace, WorkAction, WorkbookControl } from "../use-workbook";
import { ErrorBar } from "./error-bar";

// An outcome exists only after Excel answered, so its view travels in the chunk of the
// office code; the error bar stays in the first bundle, as it must show even when no
// chunk can be fetched.
const OutcomeView = lazy(() =>
  import(/* webpackChunkName: "workbook" */ "./outcome-view").then((module) => ({
    default: module.OutcomeView,
  })),
);

// A refused update that a repair fixes offers it below the error, from the same chunk.
const RepairOfferView = lazy(() =>
  import(/* webpackChunkName: "workbook" */ "./repair-offer").then((module) => ({
    default: module.RepairOfferView,
  })),
);

/** Where an action's progress and result appear, announced to screen readers. */
export function ActionStatus({
  action,
  control,
}: {
  action: OfferPlace;
  control: WorkbookControl;
}) {
  const { text } = usePaneText();
  const styles = useLayoutStyles();
  const { busy, outcome, failure, offeredAt } = control.work;
  const here = (shown: WorkAction | null | undefined) =>
    shown === action || (shown === "repair" && offeredAt === action);
  const onRepair = () => {
    void control.repair(action);
  };
  return (
    <>
      <div aria-live="polite" className={styles.stack}>
        {busy !== null && here(busy) && (
          <Spinner size="tiny" labelPosition="after" label={text.work.busy[busy]} />
        )}
        {outcome && here(outcome.action) && (
          <Suspense fallback={null}>
            <OutcomeView outcome={outcome} busy={busy !== null} onRepair={onRepair} />
          </Suspense>
        )}
      </div>
      {failure && here(failure.action) && (
        <ErrorBar failure={failure} onDismiss={control.dismiss} />
      )}
      {failure?.repair && here(failure.action) && (
        <Suspense fallback={null}>
          <RepairOfferView offer={failure.repair} onRepair={onRepair} busy={busy !== null} />
        </Suspense>
      )}
    </>
  );
}
