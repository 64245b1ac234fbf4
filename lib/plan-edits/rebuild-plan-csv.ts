import type { CellOverrides } from "./plan-changes";
import type { SourceRecord, SourceSheet } from "./read-source-sheet";
import { serializeRecord } from "./serialize-record";

/**
 * The plan's text with the user's fixes: each edited record written again in place, the rest of the
 * text as it was. A removed row is left blank, so every other row keeps its spreadsheet number (the
 * parse skips blank rows); `dropRemoved` leaves it out altogether, for the file the user downloads.
 */
export function rebuildPlanCsv(sheet: SourceSheet, overrides: CellOverrides, { dropRemoved = false } = {}): string {
  const edits = editsByRow(overrides);
  const touched = new Map<number, SourceRecord>();
  for (const row of [...overrides.removed, ...edits.keys()]) {
    const record = sheet.records.get(row);
    if (record) touched.set(row, record);
  }
  if (touched.size === 0) return sheet.bom + sheet.text;

  const pieces: string[] = [sheet.bom];
  let from = 0;
  for (const [row, record] of [...touched].sort((a, b) => a[1].start - b[1].start)) {
    pieces.push(sheet.text.slice(from, record.start));
    from = record.end;
    if (!overrides.removed.has(row)) pieces.push(serializeRecord(editedCells(record.cells, edits.get(row)), sheet.delimiter));
    else if (dropRemoved && sheet.text.startsWith(sheet.linebreak, record.end)) from = record.end + sheet.linebreak.length;
  }
  pieces.push(sheet.text.slice(from));
  return pieces.join("");
}

/** A record's cells with its edits applied; an edit beyond its last cell widens it. */
export function editedCells(cells: readonly string[], edits: ReadonlyMap<number, string> | undefined): string[] {
  const edited = [...cells];
  for (const [column, value] of edits ?? []) {
    while (edited.length < column) edited.push("");
    edited[column] = value;
  }
  return edited;
}

/** The cell overrides grouped by row: column → value. */
export function editsByRow(overrides: CellOverrides): Map<number, Map<number, string>> {
  const byRow = new Map<number, Map<number, string>>();
  for (const [key, value] of overrides.cells) {
    const split = key.indexOf(":");
    const row = Number(key.slice(0, split));
    const columns = byRow.get(row) ?? new Map<number, string>();
    columns.set(Number(key.slice(split + 1)), value);
    byRow.set(row, columns);
  }
  return byRow;
}
