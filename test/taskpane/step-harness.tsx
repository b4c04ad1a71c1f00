import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { useReducer, type ComponentType } from "react";
import { defaultCatalogue } from "../../src/core/catalogue";
import type { Catalogue } from "../../src/core/catalogue/schema";
import type { Language } from "../../src/core/language";
import type { Project } from "../../src/core/project/model";
import { PANE_MESSAGES } from "../../src/taskpane/messages";
import { PaneTextContext } from "../../src/taskpane/pane-text";
import { editorReducer, type EditorState } from "../../src/taskpane/state";
import type { StepProps } from "../../src/taskpane/steps/step-props";

/** The latest editor state of a step rendered on its own. */
export interface StepProbe {
  state: EditorState;
}

/** Renders one step with a real reducer, and reports the state its edits produce. */
export function renderStep(
  Step: ComponentType<StepProps>,
  project: Project,
  options: { language?: Language; catalogue?: Catalogue } = {},
): StepProbe {
  const initial: EditorState = { project, base: null, parked: [], drafts: [] };
  const probe: StepProbe = { state: initial };
  const language = options.language ?? "nl";
  const catalogue = options.catalogue ?? defaultCatalogue();
  function Harness() {
    const [editor, dispatch] = useReducer(editorReducer, initial);
    probe.state = editor;
    return <Step editor={editor} dispatch={dispatch} catalogue={catalogue} />;
  }
  render(
    <FluentProvider theme={webLightTheme} lang={language}>
      <PaneTextContext.Provider value={{ language, text: PANE_MESSAGES[language] }}>
        <Harness />
      </PaneTextContext.Provider>
    </FluentProvider>,
  );
  return probe;
}

/** A project with the given goals chosen, each without strategies or indicators. */
export function projectWithGoals(...letters: string[]): Project {
  return {
    card: { name: "Stoelen", stakeholders: [] },
    goals: letters.map((goal) => ({ goal, strategies: [], indicators: [] })),
  };
}
