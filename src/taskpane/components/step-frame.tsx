import { Body1, Title2 } from "@fluentui/react-components";
import { useEffect, useId, type ReactNode } from "react";
import { useFocusControl } from "../focus";
import { useLayoutStyles } from "../styles";

/** What every step shows around its content. */
export interface StepFrameProps {
  title: string;
  intro?: string | undefined;
  children: ReactNode;
}

/** A step: its heading, which takes the focus on navigation, an introduction and content. */
export function StepFrame({ title, intro, children }: StepFrameProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  useFocusRequest(headingId);
  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <Title2 as="h2" id={headingId} tabIndex={-1} className={styles.flat}>
        {title}
      </Title2>
      {intro !== undefined && (
        <Body1 as="p" className={styles.flat}>
          {intro}
        </Body1>
      )}
      {children}
    </section>
  );
}

// Runs after the step's content is in the document, so a field of a step that was just
// loaded can take the focus; without a field it falls back to the heading.
function useFocusRequest(headingId: string): void {
  const { request, clear } = useFocusControl();
  useEffect(() => {
    if (request === null) return;
    const field = request.ids
      .map((id) => document.getElementById(id))
      .find((element) => element !== null);
    (field ?? document.getElementById(headingId))?.focus();
    clear();
  }, [request, clear, headingId]);
}
