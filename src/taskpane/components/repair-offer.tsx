import { Button } from "@fluentui/react-components";
import { formatLocation } from "../../core/problems/problem";
import type { CellLocation } from "../../core/workbook/read-workbook";
import type { RepairOffer } from "../../core/workbook/repair";
import { usePaneText, type PaneText } from "../pane-text";
import { useLayoutStyles } from "../styles";

// A long list of cells would push the button out of the narrow pane.
const CELLS_SHOWN = 4;

/** What a repair would change, cell by cell and sheet by sheet, and the button that does it. */
export function RepairOfferView({
  offer,
  onRepair,
  busy,
}: {
  offer: RepairOffer;
  onRepair: () => void;
  busy: boolean;
}) {
  const pane = usePaneText();
  const styles = useLayoutStyles();
  const { text } = pane;
  return (
    <div className={styles.tight}>
      <p className={styles.flat}>{text.repair.offer}</p>
      <ul className={styles.list}>
        {repairLines(offer, pane).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className={styles.flat}>{text.repair.kept}</p>
      <div>
        <Button appearance="primary" disabled={busy} onClick={onRepair}>
          {text.repair.button}
        </Button>
      </div>
    </div>
  );
}

/** The changes of a repair as sentences in the pane's language. */
export function repairLines(offer: RepairOffer, { text }: PaneText): string[] {
  const cells = (list: readonly CellLocation[]) => {
    const shown = list
      .slice(0, CELLS_SHOWN)
      .map((cell) => formatLocation({ kind: "cell", ...cell }));
    const rest = list.length - shown.length;
    return rest > 0 ? `${shown.join(", ")} ${text.repair.more(rest)}` : shown.join(", ");
  };
  return [
    ...offer.tables.map((rename) => text.repair.table(rename.from, rename.to)),
    ...offer.sheets.map((sheet) => text.repair.sheets(sheet)),
    ...(offer.formulas.length > 0
      ? [text.repair.formulas(offer.formulas.length, cells(offer.formulas))]
      : []),
    ...offer.rows.map((row) => text.repair.rows(formatLocation({ kind: "cell", ...row }))),
  ];
}
