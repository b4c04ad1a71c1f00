import { makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogueIndicator } from "../../core/catalogue/schema";
import { usePaneText } from "../pane-text";

const useStyles = makeStyles({
  list: { margin: 0 },
  term: { display: "inline", fontWeight: tokens.fontWeightSemibold },
  value: { display: "inline", margin: 0 },
});

interface IndicatorDefinitionProps {
  indicator: CatalogueIndicator;
  id?: string | undefined;
}

/** What a catalogue indicator measures: unit, direction and definition. */
export function IndicatorDefinition({ indicator, id }: IndicatorDefinitionProps) {
  const { text, language } = usePaneText();
  const styles = useStyles();
  const rows: [string, string][] = [
    [text.indicators.fields.unit, indicator.unit[language]],
    [text.indicators.fields.direction, text.indicators.directions[indicator.direction]],
    [text.indicators.definition, indicator.definition[language]],
  ];
  return (
    <dl id={id} className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt className={styles.term}>{term}: </dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
