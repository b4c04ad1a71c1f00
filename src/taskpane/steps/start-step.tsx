import { Button, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useState, type ReactNode } from "react";
import type { Catalogue } from "../../core/catalogue/schema";
import type { ReadSheet } from "../components/catalogue-import-panel";
import { StepFrame } from "../components/step-frame";
import { usePaneText } from "../pane-text";
import { useLayoutStyles } from "../styles";

const CatalogueImportPanel = lazy(() =>
  import(/* webpackChunkName: "catalogue-import" */ "../components/catalogue-import-panel").then(
    (module) => ({ default: module.CatalogueImportPanel }),
  ),
);

/** What the first step needs: the two ways to start, and the catalogue. */
export interface StartStepProps {
  connected: boolean;
  busy: boolean;
  onNew: () => void;
  /** The pane holds edits that are not in the workbook: a new project asks first. */
  dirty: boolean;
  onOpen: () => void;
  /** The read's progress and result. */
  status: ReactNode;
  catalogue: Catalogue;
  onCatalogue: (catalogue: Catalogue) => void;
  /** Reads the catalogue sheet; only inside Excel. */
  readSheet: ReadSheet;
}

/** Step 1: start a new project or open the one in this workbook; choose the catalogue. */
export function StartStep(props: StartStepProps) {
  const { connected, busy, onNew, onOpen, status, catalogue, onCatalogue, readSheet } = props;
  const { text } = usePaneText();
  const styles = useLayoutStyles();
  const [confirming, setConfirming] = useState(false);
  return (
    <StepFrame title={text.steps.start} intro={text.start.intro}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => {
            if (props.dirty) setConfirming(true);
            else onNew();
          }}
        >
          {text.start.newProject}
        </Button>
        <Button disabled={!connected || busy} onClick={onOpen}>
          {text.start.openProject}
        </Button>
      </div>
      {confirming && (
        <div role="group" aria-labelledby="ak-discard" className={styles.stack}>
          <p id="ak-discard" className={styles.flat}>
            {text.start.discardQuestion}
          </p>
          <div className={styles.row}>
            <Button
              autoFocus
              onClick={() => {
                setConfirming(false);
                onNew();
              }}
            >
              {text.start.discard}
            </Button>
            <Button
              appearance="primary"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {text.start.keepEditing}
            </Button>
          </div>
        </div>
      )}
      {!connected && <p className={styles.flat}>{text.start.needsExcel}</p>}
      {status}
      <Suspense fallback={<Spinner size="tiny" label={text.app.loading} />}>
        <CatalogueImportPanel
          catalogue={catalogue}
          onCatalogue={onCatalogue}
          readSheet={connected && !busy ? readSheet : null}
        />
      </Suspense>
    </StepFrame>
  );
}
