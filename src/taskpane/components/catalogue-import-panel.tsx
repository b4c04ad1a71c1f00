import { Field, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { Catalogue } from "../../core/catalogue/schema";
import { importCatalogueText, readFileText, type CatalogueImport } from "../catalogue-import";
import { usePaneText } from "../pane-text";
import { useLayoutStyles } from "../styles";
import { ProblemList, problemItem } from "./problem-list";

type ImportView =
  | { file: string; result: CatalogueImport }
  | { file: string; result: { kind: "unreadable"; detail: string } };

const FILE_INPUT = "ak-catalogue-file";

interface CatalogueImportPanelProps {
  catalogue: Catalogue;
  onCatalogue: (catalogue: Catalogue) => void;
}

/** Replaces the catalogue by an organisation's own map, from a JSON file, all or nothing. */
export function CatalogueImportPanel({ catalogue, onCatalogue }: CatalogueImportPanelProps) {
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
