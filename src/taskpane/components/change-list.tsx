import type { PaneMessages } from "../messages";
import { formatNumberText } from "../numbers";
import { usePaneText } from "../pane-text";
import type { ChangePlace, ChangeValue, ProjectChange } from "../project-changes";
import { useLayoutStyles } from "../styles";
import type { Language } from "../../core/language";

/** The values a refresh from the workbook changed in the pane's project. */
export function ChangeList({ changes }: { changes: readonly ProjectChange[] | null }) {
  const { text, language } = usePaneText();
  const styles = useLayoutStyles();
  if (changes === null) return <p className={styles.flat}>{text.refresh.nothingRead}</p>;
  if (changes.length === 0) return <p className={styles.flat}>{text.refresh.noChanges}</p>;
  return (
    <>
      <p className={styles.flat}>{text.refresh.changed(changes.length)}</p>
      <ul className={styles.list}>
        {changes.map((change, index) => (
          <li key={index}>{describeChange(change, text, language)}</li>
        ))}
      </ul>
    </>
  );
}

/** One change in words: where, which field, the value before and after. */
export function describeChange(
  change: ProjectChange,
  text: PaneMessages,
  language: Language,
): string {
  const where = `${placeName(change.place, text)}, ${fieldName(change, text)}`;
  const show = (value: ChangeValue) => valueText(value, change.field, text, language);
  return text.refresh.change(where, show(change.before), show(change.after));
}

function placeName(place: ChangePlace, text: PaneMessages): string {
  switch (place.kind) {
    case "card":
      return text.steps.card;
    case "stakeholder":
      return text.card.stakeholderRow(place.index + 1);
    case "goal":
      return text.refresh.goal(place.goal);
    case "strategy":
      return text.refresh.strategy(place.goal, place.number);
    case "indicator":
      return text.refresh.indicator(place.goal, place.indicator);
  }
}

function fieldName({ place, field }: ProjectChange, text: PaneMessages): string {
  if (field === "chosen") return text.refresh.chosen;
  if (place.kind === "card") return lookup(text.card.fields, field);
  if (place.kind === "stakeholder") return lookup(text.card.personFields, field);
  if (place.kind === "strategy") return text.refresh.note;
  return lookup(text.indicators.fields, field);
}

function lookup(names: Readonly<Record<string, string>>, field: string): string {
  return names[field] ?? field;
}

function valueText(
  value: ChangeValue,
  field: string,
  text: PaneMessages,
  language: Language,
): string {
  if (field === "chosen") return value === true ? text.refresh.yes : text.refresh.no;
  if (value === null) return text.refresh.empty;
  if (field === "direction" && (value === "higher" || value === "lower")) {
    return text.indicators.directions[value];
  }
  if (typeof value === "number") return formatNumberText(value, language);
  return `“${String(value)}”`;
}
