import { createContext, useCallback, useContext, useMemo, useState } from "react";

/** A request to focus an element after navigation; no ids means the step's heading. */
export interface FocusRequest {
  ids: readonly string[];
}

/** Focus requests travel from the pane to the step that renders the element. */
export interface FocusControl {
  request: FocusRequest | null;
  requestFocus: (ids: readonly string[]) => void;
  clear: () => void;
}

const NO_FOCUS: FocusControl = {
  request: null,
  requestFocus: () => undefined,
  clear: () => undefined,
};

/** The pane's pending focus request. */
export const FocusContext = createContext<FocusControl>(NO_FOCUS);

/** The pending focus request and the means to make or clear one. */
export function useFocusControl(): FocusControl {
  return useContext(FocusContext);
}

/** Holds the pane's focus request; the pane provides it through FocusContext. */
export function useFocusState(): FocusControl {
  const [request, setRequest] = useState<FocusRequest | null>(null);
  const requestFocus = useCallback((ids: readonly string[]) => {
    setRequest({ ids });
  }, []);
  const clear = useCallback(() => {
    setRequest(null);
  }, []);
  return useMemo(() => ({ request, requestFocus, clear }), [request, requestFocus, clear]);
}
