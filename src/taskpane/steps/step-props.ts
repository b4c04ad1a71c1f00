import type { Dispatch } from "react";
import type { Catalogue } from "../../core/catalogue/schema";
import type { EditorAction, EditorState } from "../state";

/** What every editing step receives. */
export interface StepProps {
  editor: EditorState;
  dispatch: Dispatch<EditorAction>;
  catalogue: Catalogue;
}
