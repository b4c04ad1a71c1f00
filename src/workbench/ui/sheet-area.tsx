import { useEffect, useMemo, useRef, useState } from "react";
import { cellAddress } from "../../core/util/a1";
import type { WorkbookSnapshot } from "../../office/memory";
import type { FormulaEngine } from "../engine/formula-engine";
import type { WorkbenchMessages } from "../messages";
import { buildSheetView } from "../view/sheet-view";
import { ChartFigure } from "./chart-figure";
import { Grid, type Selection } from "./grid";
import { SheetTabs, tabId } from "./sheet-tabs";

const PANEL_ID = "workbench-sheet";

/** One sheet at a time: name box, formula bar, cells and charts, with the tabs below. */
export function SheetArea(props: {
  snapshot: WorkbookSnapshot;
  engine: FormulaEngine;
  text: WorkbenchMessages;
  onType: (sheet: string, address: string, input: string) => boolean;
}) {
  const { snapshot, engine, text, onType } = props;
  const [chosen, setChosen] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection>({ row: 0, column: 0 });
  const names = snapshot.sheets.map((sheet) => sheet.name);
  // A sheet the pane renamed or deleted falls back to the active one, as Excel does.
  const shown =
    chosen !== null && names.includes(chosen)
      ? chosen
      : ((snapshot.activeSheet !== null && names.includes(snapshot.activeSheet)
          ? snapshot.activeSheet
          : names[0]) ?? null);
  const panel = useRef<HTMLDivElement>(null);
  // Another sheet starts at its top-left corner, as in Excel, not where the last one was.
  useEffect(() => {
    if (panel.current) {
      panel.current.scrollTop = 0;
      panel.current.scrollLeft = 0;
    }
  }, [shown]);
  const view = useMemo(
    () => (shown === null ? null : buildSheetView(snapshot, shown, engine)),
    [snapshot, shown, engine],
  );
  if (view === null || shown === null) return <p>{text.noSheets}</p>;
  const address = cellAddress(selection.row, selection.column);
  const cell = view.cells.get(address);
  const index = names.indexOf(shown);
  return (
    <div className="wb-sheet-area">
      <div className="wb-bar">
        <div
          role="textbox"
          aria-readonly="true"
          aria-label={text.nameBox}
          data-testid="name-box"
          className="wb-name-box"
        >
          {address}
        </div>
        <div
          role="textbox"
          aria-readonly="true"
          aria-label={text.formulaBar}
          data-testid="formula-bar"
          className="wb-formula-bar"
        >
          {cell?.input ?? ""}
        </div>
      </div>
      <div
        ref={panel}
        id={PANEL_ID}
        role="tabpanel"
        aria-labelledby={tabId(index)}
        className="wb-panel"
      >
        <Grid
          view={view}
          selection={selection}
          text={text}
          onSelect={setSelection}
          onType={(target, input) => onType(shown, target, input)}
        />
        {view.charts.length > 0 ? (
          <div role="group" aria-label={text.charts(shown)} className="wb-charts">
            {view.charts.map((chart) => (
              <ChartFigure key={chart.name} chart={chart} />
            ))}
          </div>
        ) : null}
      </div>
      <SheetTabs
        sheets={snapshot.sheets}
        shown={shown}
        label={text.sheets}
        panelId={PANEL_ID}
        onShow={(sheet) => {
          setChosen(sheet);
          setSelection({ row: 0, column: 0 });
        }}
      />
    </div>
  );
}
