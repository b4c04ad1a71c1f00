import { Button, Subtitle2 } from "@fluentui/react-components";
import { useMemo, type ReactNode } from "react";
import { indexCatalogue, type CatalogueIndex } from "../../core/catalogue/catalogue-index";
import { sortProblems } from "../../core/problems/problem";
import { validateProject } from "../../core/project/validate-project";
import { ProblemList, problemItem, type ProblemItem } from "../components/problem-list";
import { StepFrame } from "../components/step-frame";
import { fieldId } from "../field-ids";
import { locateJsonPath, type FieldLocation } from "../locate-problem";
import { usePaneText, type PaneText } from "../pane-text";
import type { EditorState } from "../state";
import { useLayoutStyles } from "../styles";
import { todayIso } from "../today";
import type { StepProps } from "./step-props";

/** What the review needs beyond the project: navigation and the build. */
export interface ReviewStepProps extends StepProps {
  onLocate: (location: FieldLocation) => void;
  onBuild: () => void;
  /** False outside Excel: the flow can be explored, but not built. */
  connected: boolean;
  busy: boolean;
  /** The build's progress and result. */
  status: ReactNode;
}

/** Step 6: every problem with its severity, each leading to its field; then the build. */
export function ReviewStep(props: ReviewStepProps) {
  const { editor, catalogue, onLocate } = props;
  const pane = usePaneText();
  const styles = useLayoutStyles();
  const index = useMemo(() => indexCatalogue(catalogue), [catalogue]);
  const items = useMemo(
    () => [...draftItems(editor, pane, onLocate), ...problemItems(editor, index, pane, onLocate)],
    [editor, index, pane, onLocate],
  );
  const blocked = items.some((item) => item.severity === "error");
  return (
    <StepFrame title={pane.text.steps.review} intro={pane.text.review.intro}>
      <Subtitle2 as="h3" className={styles.flat}>
        {items.length === 0 ? pane.text.review.noProblems : pane.text.review.problems(items.length)}
      </Subtitle2>
      <ProblemList items={items} />
      <BuildPanel {...props} blocked={blocked} />
    </StepFrame>
  );
}

// A problem with a field in the pane links to it; the others say where they are.
function problemItems(
  editor: EditorState,
  index: CatalogueIndex,
  pane: PaneText,
  onLocate: (location: FieldLocation) => void,
): ProblemItem[] {
  const problems = validateProject(editor.project, index, { today: todayIso() });
  return sortProblems(problems).map((problem, position) => {
    const item = problemItem(problem, position, pane);
    const path = problem.location.kind === "json" ? problem.location.path : "";
    const location = locateJsonPath(path, editor.project);
    if (location === null) return item;
    const onChoose = () => {
      onLocate(location);
    };
    return { ...item, where: undefined, onChoose };
  });
}

// A measurement typed as text that is not a number is not in the project yet; the build
// waits for it, so that the text is not silently written as an empty cell.
function draftItems(
  editor: EditorState,
  { text }: PaneText,
  onLocate: (location: FieldLocation) => void,
): ProblemItem[] {
  return editor.drafts.map((draft) => ({
    key: `draft-${draft.goal}-${String(draft.index)}-${draft.field}`,
    severity: "error",
    text: text.review.notANumber(
      draft.goal,
      draft.index + 1,
      text.indicators.fields[draft.field],
      draft.text,
    ),
    onChoose: () => {
      onLocate({
        step: "indicators",
        ids: [fieldId.indicatorField(draft.goal, draft.index, draft.field)],
      });
    },
  }));
}

function BuildPanel(props: ReviewStepProps & { blocked: boolean }) {
  const { editor, onBuild, connected, busy, status, blocked } = props;
  const { text } = usePaneText();
  const styles = useLayoutStyles();
  let why = text.review.ready;
  if (!connected) why = text.review.needsExcel;
  else if (blocked) why = text.review.blocked;
  return (
    <div className={styles.stack}>
      <div>
        <Button
          appearance="primary"
          disabled={blocked || busy || !connected}
          aria-describedby="ak-build-why"
          onClick={onBuild}
        >
          {editor.base === null ? text.review.build : text.review.update}
        </Button>
      </div>
      <p id="ak-build-why" className={styles.flat}>
        {why}
      </p>
      {status}
    </div>
  );
}
