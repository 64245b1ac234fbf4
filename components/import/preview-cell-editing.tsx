"use client";

import type { ReactNode } from "react";
import { originalCellText } from "@/lib/plan-edits/cell-text";
import { cellKey } from "@/lib/plan-edits/plan-changes";
import { describeSourceCell, EDITABLE_FIELD_LABELS, type EditableField, type SourceCell, sourceCellOf } from "@/lib/plan-edits/source-cell";
import type { ParsedRow, PlanSourceColumns } from "@/lib/plans/plan-result";
import { EditableCell } from "./editable-cell";
import type { PlanEdits } from "./use-plan-edits";

/** What the preview needs to edit its cells: where each field is read from and the plan's fixes. */
export type PreviewEditing = { source: PlanSourceColumns; edits: PlanEdits };

const MAX_QUOTED = 40;

/** Counts the workouts read from each cell, so an edit can say when it changes several. */
export function countWorkoutsPerCell(rows: readonly ParsedRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const keys = [String(row.rowNumber), ...(row.sourceColumn === undefined ? [] : [cellKey(row.rowNumber, row.sourceColumn)])];
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** A row's name in labels: "row 12", or "row 12 (Tue)" for one of its workouts. */
export function rowName(row: ParsedRow): string {
  return row.part ? `row ${row.rowNumber} (${row.partLabel ?? row.part})` : `row ${row.rowNumber}`;
}

/** The preview cell of one field, editable in the file's cell it is read from; just the value when no cell holds it. */
export function renderEditableCell(
  editing: PreviewEditing | undefined,
  counts: ReadonlyMap<string, number>,
  row: ParsedRow,
  field: EditableField,
  display: ReactNode,
): ReactNode {
  if (!editing?.edits.sheet) return display;
  const cell = sourceCellOf(row, field, editing.source);
  if (!cell) return display;
  const { edits } = editing;
  const sheet = edits.sheet;
  const key = cellKey(cell.row, cell.column);
  const name = `${EDITABLE_FIELD_LABELS[field]} of ${rowName(row)}`;
  const sharedBy = cell.column === row.sourceColumn ? (counts.get(key) ?? 1) : (counts.get(String(row.rowNumber)) ?? 1);
  return (
    <EditableCell
      label={`Edit ${name}`}
      fieldName={name[0]?.toUpperCase() + name.slice(1)}
      display={display}
      readValue={() => edits.cellText(cell.row, cell.column)}
      isSport={field === "sport" && cell.column === editing.source.columns.sport}
      isText={field === "structure"}
      hint={describeSourceCell(cell, sharedBy)}
      changedFrom={sheet && edits.overrides.cells.has(key) ? originalCellText(sheet, cell.row, cell.column) : null}
      onCommit={(value) =>
        edits.commit({
          label: editLabel(cell, edits.cellText(cell.row, cell.column), value),
          cells: [{ row: cell.row, column: cell.column, value }],
          removedRows: [],
        })
      }
    />
  );
}

/** The Remove button of a row, or of the cell a row's workout is read from (a week grid's day). */
export function RemoveRowButton({
  editing,
  counts,
  row,
}: {
  editing: PreviewEditing;
  counts: ReadonlyMap<string, number>;
  row: ParsedRow;
}) {
  const { edits, source } = editing;
  const column = row.sourceColumn;
  const shared = column === undefined ? 0 : (counts.get(cellKey(row.rowNumber, column)) ?? 1);
  const header = column === undefined ? "" : (source.headers[column] ?? "").trim();
  const label =
    column === undefined
      ? `Remove row ${row.rowNumber}`
      : `Remove ${rowName(row)}${shared > 1 ? `: empties its "${header}" cell, with ${shared} workouts` : ""}`;

  function onRemove() {
    if (column === undefined) return edits.commit({ label: `Row ${row.rowNumber} removed`, cells: [], removedRows: [row.rowNumber] });
    edits.commit({
      label: editLabel({ row: row.rowNumber, column, header }, edits.cellText(row.rowNumber, column), ""),
      cells: [{ row: row.rowNumber, column, value: "" }],
      removedRows: [],
    });
  }

  return (
    <button
      type="button"
      className="ml-1 min-h-0 border-transparent bg-transparent px-1.5 py-0 text-muted hover:border-line hover:text-error"
      aria-label={label}
      title={label}
      onClick={onRemove}
    >
      ✕
    </button>
  );
}

/** A change in words: Row 12, Sport: "Kayak" → "Rowing". */
function editLabel(cell: SourceCell, before: string, after: string): string {
  return `Row ${cell.row}, ${cell.header}: ${quote(before)} → ${quote(after)}`;
}

function quote(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line === "") return "(empty)";
  return `"${line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED)}…` : line}"`;
}
