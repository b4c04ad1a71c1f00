import { Button, Field, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { Catalogue } from "../../core/catalogue/schema";
import type { CatalogueOutcome } from "../../office/workbook-actions";
import { importCatalogueText, readFileText, type CatalogueImport } from "../catalogue-import";
import { usePaneText } from "../pane-text";
import { useLayoutStyles } from "../styles";
import { ProblemList, problemItem } from "./problem-list";

type ImportView =
  | { file: string; result: CatalogueImport }
  | { file: string; result: { kind: "unreadable"; detail: string } };

const FILE_INPUT = "ak-catalogue-file";

/** Reads the catalogue sheet of this workbook; null where there is no workbook to read. */
export type ReadSheet = (() => Promise<CatalogueOutcome>) | null;

interface CatalogueImportPanelProps {
  catalogue: Catalogue;
  onCatalogue: (catalogue: Catalogue) => void;
  readSheet: ReadSheet;
}

/** Replaces the catalogue by an organisation's own map, from a JSON file, all or nothing. */
export function CatalogueImportPanel(props: CatalogueImportPanelProps) {
  const { catalogue, onCatalogue, readSheet } = props;
  const { text, language } = usePaneText();
  const styles = useLayoutStyles();
  const [view, setView] = useState<ImportView | null>(null);
  const importFile = async (file: File) => {
    const content = await readFileText(file).catch((error: unknown) => error);
    if (typeof content !== "string") {
      const detail = content instanceof Error ? content.message : String(content);
      setView({ file: file.name, result: { kind: "unreadable", detail } });
      return;
    }
    const result = importCatalogueText(content);
    if (result.kind === "imported") onCatalogue(result.catalogue);
    setView({ file: file.name, result });
  };
  const importSheet = async (read: NonNullable<ReadSheet>) => {
    const outcome = await read();
    if (outcome.ok) onCatalogue(outcome.catalogue);
    const result: CatalogueImport = outcome.ok
      ? { kind: "imported", catalogue: outcome.catalogue }
      : { kind: "refused", problems: outcome.problems };
    setView({ file: text.catalogue.sheetSource, result });
  };
  return (
    <section aria-labelledby="ak-catalogue" className={styles.stack}>
      <Subtitle2 as="h3" id="ak-catalogue" className={styles.flat}>
        {text.catalogue.heading}
      </Subtitle2>
      <p className={styles.flat}>{text.catalogue.current(catalogue.name[language])}</p>
      <Field
        label={{ children: text.catalogue.file, htmlFor: FILE_INPUT }}
        hint={text.catalogue.hint}
      >
        <input
          id={FILE_INPUT}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </Field>
      <Field hint={text.catalogue.sheetHint}>
        <Button
          disabled={readSheet === null}
          onClick={() => {
            if (readSheet) void importSheet(readSheet);
          }}
        >
          {text.catalogue.sheet}
        </Button>
      </Field>
      <div aria-live="polite">{view && <ImportResult view={view} />}</div>
    </section>
  );
}

function ImportResult({ view }: { view: ImportView }) {
  const pane = usePaneText();
  const styles = useLayoutStyles();
  const { text, language } = pane;
  const { file, result } = view;
  switch (result.kind) {
    case "imported": {
      const { name, goals, strategies, indicators } = result.catalogue;
      const counts = [goals.length, strategies.length, indicators.length] as const;
      return <p className={styles.flat}>{text.catalogue.imported(name[language], ...counts)}</p>;
    }
    case "refused":
      return (
        <div className={styles.tight}>
          <p className={styles.flat}>{text.catalogue.refused(file, result.problems.length)}</p>
          <ProblemList
            items={result.problems.map((problem, index) => problemItem(problem, index, pane))}
          />
        </div>
      );
    case "not-json":
    case "unreadable":
      return (
        <p className={styles.flat}>
          {text.catalogue.notJson(file)} ({result.detail})
        </p>
      );
  }
}
