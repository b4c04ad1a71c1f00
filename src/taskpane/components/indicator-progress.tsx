import type { ProjectIndicator } from "../../core/project/model";
import { computeIndicatorProgress } from "../../core/progress/progress";
import { usePaneText } from "../pane-text";
import { useLayoutStyles } from "../styles";

/** The indicator's progress as the workbook computes it, updated while the person types. */
export function IndicatorProgressLine({ indicator }: { indicator: ProjectIndicator }) {
  const { text, language } = usePaneText();
  const styles = useLayoutStyles();
  const { progress, status } = computeIndicatorProgress(indicator);
  const words = text.indicators.statuses[status];
  const percent = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 });
  return (
    <p aria-live="polite" className={styles.flat}>
      {progress === null
        ? text.indicators.noProgress(words)
        : text.indicators.progress(percent.format(progress), words)}
    </p>
  );
}
