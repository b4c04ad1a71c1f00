import type { KeyboardEvent } from "react";
import type { SheetSnapshot } from "../../office/memory";

/** The id of a sheet's tab, for the panel it labels. */
export const tabId = (index: number) => `workbench-tab-${index}`;

/** The sheet tabs along the workbook, as Excel shows them; arrow keys move between them. */
export function SheetTabs(props: {
  sheets: SheetSnapshot[];
  shown: string;
  label: string;
  panelId: string;
  onShow: (sheet: string) => void;
}) {
  const { sheets, shown, label, panelId, onShow } = props;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0 || sheets.length === 0) return;
    event.preventDefault();
    const index = sheets.findIndex((sheet) => sheet.name === shown);
    const next = sheets[(index + step + sheets.length) % sheets.length];
    if (!next) return;
    onShow(next.name);
    document.getElementById(tabId(sheets.indexOf(next)))?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="wb-tabs" onKeyDown={onKeyDown}>
      {sheets.map((sheet, index) => {
        const selected = sheet.name === shown;
        return (
          <button
            key={sheet.id}
            id={tabId(index)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            className="wb-tab"
            style={sheet.tabColor ? { borderBottomColor: sheet.tabColor } : undefined}
            onClick={() => {
              onShow(sheet.name);
            }}
          >
            {sheet.name}
          </button>
        );
      })}
    </div>
  );
}
