import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Catalogue } from "../../core/catalogue/schema";
import type { Language } from "../../core/language";
import type { Problem } from "../../core/problems/problem";
import type { HostInfo } from "../../office/host";
import { MemoryWorkbook, PersonEditRefused, type WorkbookSnapshot } from "../../office/memory";
import { App } from "../../taskpane/app";
import { createWorkbookService } from "../../taskpane/workbook-service";
import { saveFile, workbookFile } from "../download";
import { EXAMPLES, openExample, type Example } from "../examples";
import { WORKBENCH_MESSAGES } from "../messages";
import { SheetArea } from "./sheet-area";
import { Toolbar } from "./toolbar";
import { useWorkbookSession } from "./use-workbook-session";

/** What the page needs to start. */
export interface WorkbenchProps {
  host: HostInfo;
  catalogue: Catalogue;
  language: Language;
  /** The browser's language, for the pane when the host gives none. */
  browserLanguage: string;
}

/** A message above the workbook: what an action did, or why it could not. */
export type Notice =
  | { kind: "status"; message: string }
  | { kind: "refused"; message: string }
  | { kind: "problems"; message: string; problems: Problem[] };

/** The workbench page: the toolbar, the in-memory workbook and the real task pane beside it. */
export function Workbench({ host, catalogue, language, browserLanguage }: WorkbenchProps) {
  const text = WORKBENCH_MESSAGES[language];
  const session = useWorkbookSession(() => new MemoryWorkbook());
  const { workbook, snapshot, changed, open } = session;
  const service = useMemo(() => createWorkbookService(session.host), [session.host]);
  const [notice, setNotice] = useState<Notice | null>(null);

  const type = useCallback(
    (sheet: string, address: string, input: string): boolean => {
      try {
        workbook.person.type(sheet, address, input === "" ? null : input);
        setNotice(null);
        return true;
      } catch (error) {
        if (!(error instanceof PersonEditRefused)) throw error;
        // Excel's own sentence for a locked cell is English; a validation's message is the
        // add-in's, written in the workbook's language.
        const reason = error.reason?.code === "AccessDenied" ? text.lockedCell : error.message;
        setNotice({ kind: "refused", message: text.refused(`${sheet}!${address}`, reason) });
        return false;
      } finally {
        changed();
      }
    },
    [workbook, changed, text],
  );

  useEffect(() => {
    exposeForTests(() => workbook.inspect(), type);
  }, [workbook, type]);

  useEffect(() => {
    document.title = text.pageTitle;
    document.documentElement.lang = language;
  }, [text, language]);

  const loadExample = async (example: Example) => {
    const outcome = await openExample(example, catalogue, language);
    if (outcome.ok) {
      open(outcome.workbook);
      setNotice({ kind: "status", message: text.loaded(outcome.name) });
    } else {
      const intro = outcome.built ? text.buildFailed : text.notBuildable;
      setNotice({ kind: "problems", message: intro(example.label), problems: outcome.problems });
    }
  };

  const newWorkbook = () => {
    open(new MemoryWorkbook());
    setNotice({ kind: "status", message: text.emptyWorkbook });
  };

  const download = async () => {
    try {
      const { blob, fileName } = await workbookFile(workbook, catalogue, text.defaultFileName);
      saveFile(blob, fileName);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setNotice({ kind: "problems", message: text.downloadFailed(reason), problems: [] });
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang={language} className="wb-page">
      <header className="wb-header">
        <h1 className="wb-title">{text.title}</h1>
        <p className="wb-badge">{text.notExcel}</p>
        <Toolbar
          text={text}
          examples={EXAMPLES}
          onExample={(example) => void loadExample(example)}
          onNew={newWorkbook}
          onDownload={() => void download()}
        />
      </header>
      <div className="wb-body">
        <main className="wb-main" aria-label={text.title}>
          <section data-testid="workbook" aria-label={text.workbook} className="wb-workbook">
            <NoticeView
              notice={notice}
              text={text}
              language={language}
              onClose={() => {
                setNotice(null);
              }}
            />
            <SheetArea
              key={session.paneKey}
              snapshot={snapshot}
              engine={session.engine}
              text={text}
              onType={type}
            />
          </section>
        </main>
        <div data-testid="pane" className="wb-pane">
          <App
            key={session.paneKey}
            host={host}
            service={service}
            catalogue={catalogue}
            browserLanguage={browserLanguage}
          />
        </div>
      </div>
    </FluentProvider>
  );
}

function NoticeView(props: {
  notice: Notice | null;
  text: (typeof WORKBENCH_MESSAGES)[Language];
  language: Language;
  onClose: () => void;
}) {
  const { notice, text, language, onClose } = props;
  const refused = notice?.kind === "refused" ? notice : null;
  const status = notice && notice.kind !== "refused" ? notice : null;
  const close = (
    <button type="button" className="wb-button" onClick={onClose}>
      {text.dismiss}
    </button>
  );
  // The live regions stay in the page, so a screen reader announces what appears in them;
  // the close button sits beside them, so they hold the message alone.
  return (
    <>
      <div className={refused ? "wb-alert" : undefined}>
        <div role="alert">{refused?.message}</div>
        {refused ? close : null}
      </div>
      <div className={status ? "wb-status" : undefined}>
        <div role="status">
          {status?.message}
          {status?.kind === "problems" && status.problems.length > 0 ? (
            <ul>
              {status.problems.map((problem, i) => (
                <li key={i}>
                  {problem.message[language]}
                  {locationOf(problem)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        {status ? close : null}
      </div>
    </>
  );
}

function locationOf(problem: Problem): string {
  switch (problem.location.kind) {
    case "json":
      return ` (${problem.location.path})`;
    case "cell":
      return ` (${problem.location.sheet}!${problem.location.address})`;
    case "workbook":
      return "";
  }
}

/** What browser tests reach through `window.__workbench`. */
export interface WorkbenchHandle {
  inspect(): WorkbookSnapshot;
  type(sheet: string, address: string, text: string): boolean;
}

declare global {
  interface Window {
    __workbench?: WorkbenchHandle;
  }
}

// Tests read the model directly when the DOM is not enough; the handle always points at the
// workbook the page shows now.
function exposeForTests(
  inspect: () => WorkbookSnapshot,
  type: (sheet: string, address: string, input: string) => boolean,
): void {
  window.__workbench = { inspect, type };
}
