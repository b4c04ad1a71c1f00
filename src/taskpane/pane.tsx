import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { Suspense, useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { Catalogue } from "../core/catalogue/schema";
import type { Language } from "../core/language";
import type { HostInfo } from "../office/host";
import { ActionStatus } from "./components/action-status";
import { PaneHeader } from "./components/pane-header";
import { StepButtons, StepNav } from "./components/step-nav";
import { FocusContext, useFocusState } from "./focus";
import type { FieldLocation } from "./locate-problem";
import { usePaneText } from "./pane-text";
import { editorReducer, emptyProject, initialEditorState, type EditorState } from "./state";
import { StepContent } from "./step-content";
import type { StepId } from "./step-ids";
import { useWorkbook, type WorkbookControl } from "./use-workbook";
import type { WorkbookService } from "./workbook-service";

const useStyles = makeStyles({
  pane: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
});

/** What the pane needs from the App. */
export interface PaneProps {
  host: HostInfo;
  service: WorkbookService;
  catalogue: Catalogue;
  onLanguage: (language: Language) => void;
}

/** The guided flow: the header, the step list, the current step and its buttons. */
export function Pane({ host, service, catalogue: initialCatalogue, onLanguage }: PaneProps) {
  const { language, text } = usePaneText();
  const styles = useStyles();
  const [editor, dispatch] = useReducer(editorReducer, undefined, initialEditorState);
  const [catalogue, setCatalogue] = useState(initialCatalogue);
  const [step, setStep] = useState<StepId>("start");
  const focus = useFocusState();
  const control = useWorkbook({ service, editor, dispatch, catalogue, language });
  const { requestFocus } = focus;
  const go = useCallback(
    (next: StepId, ids: readonly string[] = []) => {
      setStep(next);
      requestFocus(ids);
    },
    [requestFocus],
  );
  const onLocate = useCallback(
    (location: FieldLocation) => {
      go(location.step, location.ids);
    },
    [go],
  );
  const connected = host.kind === "excel";
  useOpenOnStart(connected, control);
  return (
    <FocusContext.Provider value={focus}>
      <main className={styles.pane}>
        <PaneHeader host={host} control={control} onLanguage={onLanguage} />
        <StepNav current={step} onGo={go} />
        <Suspense fallback={<Spinner size="small" label={text.app.loading} />}>
          <StepContent
            step={step}
            editing={{ editor, dispatch, catalogue }}
            start={{
              ...startProps(control, connected),
              catalogue,
              dirty: hasUnwrittenEdits(editor),
              onCatalogue: setCatalogue,
              readSheet: () => service.readCatalogue(catalogue, language),
              onNew: () => {
                dispatch({ type: "new-project" });
                go("card");
              },
            }}
            review={reviewProps(control, connected, onLocate)}
          />
        </Suspense>
        <StepButtons current={step} onGo={go} />
      </main>
    </FocusContext.Provider>
  );
}

// The workbook is the truth: when the pane opens in Excel it reads the project from the
// sheets, so closing and reopening the pane, or another computer, shows the same project.
function useOpenOnStart(connected: boolean, control: WorkbookControl) {
  const opened = useRef(false);
  useEffect(() => {
    if (!connected || opened.current) return;
    opened.current = true;
    void control.open();
  }, [connected, control]);
}

function startProps(control: WorkbookControl, connected: boolean) {
  return {
    connected,
    busy: control.work.busy !== null,
    onOpen: () => {
      void control.open();
    },
    status: <ActionStatus action="read" control={control} />,
  };
}

function reviewProps(
  control: WorkbookControl,
  connected: boolean,
  onLocate: (location: FieldLocation) => void,
) {
  return {
    connected,
    busy: control.work.busy !== null,
    onLocate,
    onBuild: () => {
      void control.build();
    },
    status: <ActionStatus action="build" control={control} />,
  };
}

// The pane's project differs from what the workbook last held (or from an empty project).
function hasUnwrittenEdits(editor: EditorState): boolean {
  return JSON.stringify(editor.project) !== JSON.stringify(editor.base ?? emptyProject());
}
