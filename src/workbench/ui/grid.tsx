import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { cellAddress, columnLetters, parseAddress } from "../../core/util/a1";
import type { WorkbenchMessages } from "../messages";
import type { CellView, SheetView } from "../view/sheet-view";

/** The selected cell, 0-based. */
export interface Selection {
  row: number;
  column: number;
}

/** What the grid asks of the page. */
export interface GridProps {
  view: SheetView;
  selection: Selection;
  text: WorkbenchMessages;
  onSelect: (selection: Selection) => void;
  /** Types into a cell as a person would; returns false when Excel refused it. */
  onType: (address: string, input: string) => boolean;
}

const cellId = (address: string) => `workbench-cell-${address}`;

/**
 * The sheet's cells as an ARIA grid: click or arrow keys select, typing or F2 edits, Enter
 * commits and moves down, Escape cancels.
 */
export function Grid({ view, selection, text, onSelect, onType }: GridProps) {
  const gridRef = useRef<HTMLTableElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const selected = cellAddress(selection.row, selection.column);

  useEffect(() => {
    const cell = document.getElementById(cellId(selected));
    // jsdom has no layout and so no scrollIntoView.
    if (typeof cell?.scrollIntoView === "function") cell.scrollIntoView({ block: "nearest" });
  }, [selected]);

  const move = (rows: number, columns: number) => {
    onSelect({
      row: clamp(selection.row + rows, view.rowCount),
      column: clamp(selection.column + columns, view.columnCount),
    });
  };

  // A click on another cell also ends an edit: it keeps the typing and the clicked cell's
  // selection, so only Enter and Tab move the selection here.
  const finish = (input: string | null, rows: number, columns: number) => {
    setEditing(null);
    gridRef.current?.focus();
    const typed = input !== null && onType(selected, input);
    if (typed && (rows !== 0 || columns !== 0)) move(rows, columns);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing !== null || event.target !== gridRef.current) return;
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [event.shiftKey ? -1 : 1, 0],
      Tab: [0, event.shiftKey ? -1 : 1],
    };
    const step = arrows[event.key];
    if (step && !(event.key === "Tab" && atEdge(event.shiftKey))) {
      event.preventDefault();
      move(step[0], step[1]);
    } else if (event.key === "F2") {
      event.preventDefault();
      setEditing(view.cells.get(selected)?.input ?? "");
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      onType(selected, "");
    } else if (isPrintable(event)) {
      event.preventDefault();
      setEditing(event.key);
    }
  };

  // Tab leaves the grid at its first or last column, so the keyboard never gets stuck in it.
  const atEdge = (backwards: boolean) =>
    backwards ? selection.column === 0 : selection.column === view.columnCount - 1;

  const columns = Array.from({ length: view.columnCount }, (_, column) => column);
  return (
    <div className="wb-grid-scroll">
      <table
        ref={gridRef}
        role="grid"
        data-testid="grid"
        aria-label={text.grid(view.name)}
        aria-rowcount={view.rowCount + 1}
        aria-colcount={view.columnCount + 1}
        aria-activedescendant={cellId(selected)}
        tabIndex={0}
        className="wb-grid"
        onKeyDown={onKeyDown}
      >
        <colgroup>
          <col style={{ width: 44 }} />
          {view.columnWidths.map((width, column) => (
            <col key={column} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row">
            <th role="columnheader" className="wb-corner">
              <span className="wb-visually-hidden">{text.cornerCell}</span>
            </th>
            {columns.map((column) => (
              <th
                key={column}
                role="columnheader"
                className={column === selection.column ? "wb-head wb-head-on" : "wb-head"}
              >
                {columnLetters(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: view.rowCount }, (_, row) => (
            <tr key={row} role="row">
              <th
                role="rowheader"
                className={row === selection.row ? "wb-head wb-head-on" : "wb-head"}
              >
                {row + 1}
              </th>
              {columns.map((column) => {
                const address = cellAddress(row, column);
                return (
                  <GridCell
                    key={address}
                    address={address}
                    cell={view.cells.get(address)}
                    selected={address === selected}
                    editing={address === selected ? editing : null}
                    text={text}
                    onPick={() => {
                      onSelect({ row, column });
                      gridRef.current?.focus();
                    }}
                    onEdit={() => {
                      onSelect({ row, column });
                      setEditing(view.cells.get(address)?.input ?? "");
                    }}
                    onFinish={finish}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GridCell(props: {
  address: string;
  cell: CellView | undefined;
  selected: boolean;
  editing: string | null;
  text: WorkbenchMessages;
  onPick: () => void;
  onEdit: () => void;
  onFinish: (input: string | null, rows: number, columns: number) => void;
}) {
  const { address, cell, selected, editing, text, onPick, onEdit, onFinish } = props;
  const classes = ["wb-cell"];
  if (selected) classes.push("wb-selected");
  if (cell?.isNumber) classes.push("wb-number");
  if (cell?.isHeader) classes.push("wb-table-header");
  else if (cell?.table) classes.push("wb-table");
  if (cell?.hasDropdown) classes.push("wb-dropdown");
  if (cell?.notComputed) classes.push("wb-not-computed");
  const note =
    cell?.notComputed === "cycle"
      ? text.circular
      : cell?.notComputed
        ? text.notComputed
        : undefined;
  return (
    <td
      id={cellId(address)}
      role="gridcell"
      aria-selected={selected}
      data-address={address}
      data-formula={cell?.isFormula ? "true" : undefined}
      data-dropdown={cell?.hasDropdown ? "true" : undefined}
      data-table={cell?.table ?? undefined}
      data-header={cell?.isHeader ? "true" : undefined}
      data-fill={cell?.fill ?? undefined}
      title={note}
      className={classes.join(" ")}
      style={{
        backgroundColor: cell?.fill ?? undefined,
        color: cell?.fontColor ?? undefined,
        fontWeight: cell?.bold ? 600 : undefined,
      }}
      onMouseDown={(event) => {
        if (editing === null) {
          event.preventDefault();
          onPick();
        }
      }}
      onDoubleClick={onEdit}
    >
      {editing !== null ? (
        <CellEditor initial={editing} label={text.cellEditor(address)} onFinish={onFinish} />
      ) : (
        cell?.text
      )}
    </td>
  );
}

function CellEditor(props: {
  initial: string;
  label: string;
  onFinish: (input: string | null, rows: number, columns: number) => void;
}) {
  const [value, setValue] = useState(props.initial);
  // Enter, Tab and Escape move the focus back to the grid, which blurs the editor too; the
  // first of these ends the edit and the blur that follows must not end it again.
  const done = useRef(false);
  const onFinish = (input: string | null, rows: number, columns: number) => {
    if (done.current) return;
    done.current = true;
    props.onFinish(input, rows, columns);
  };
  return (
    <input
      data-testid="cell-editor"
      aria-label={props.label}
      className="wb-editor"
      value={value}
      autoFocus
      onChange={(event) => {
        setValue(event.target.value);
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          onFinish(value, event.shiftKey ? -1 : 1, 0);
        } else if (event.key === "Tab") {
          event.preventDefault();
          onFinish(value, 0, event.shiftKey ? -1 : 1);
        } else if (event.key === "Escape") {
          event.preventDefault();
          onFinish(null, 0, 0);
        }
      }}
      onBlur={() => {
        // Clicking elsewhere keeps what was typed, as in Excel.
        onFinish(value, 0, 0);
      }}
    />
  );
}

function isPrintable(event: KeyboardEvent): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}

function clamp(value: number, count: number): number {
  return Math.min(Math.max(value, 0), count - 1);
}

/** The selection for an address such as "C5"; the first cell when it does not read. */
export function selectionOf(address: string): Selection {
  const parsed = parseAddress(address);
  return parsed ? { row: parsed.row, column: parsed.column } : { row: 0, column: 0 };
}
