import Papa from "papaparse";
import { PAPA_OPTIONS } from "@/lib/plans/parse-plan-csv";
import { makeRowCounter } from "@/lib/plans/row-counter";

/** One record of the plan's text: its cells as the parse reads them and where its text lies (end before its line break). */
export type SourceRecord = { cells: readonly string[]; start: number; end: number };

/**
 * The plan's text read once for editing: each record by its spreadsheet row number (the numbers the
 * preview shows), with the delimiter and line break the file uses, so an edited record can be
 * written back in place and everything else (comments, blank rows, quoting) stays as it was.
 */
export type SourceSheet = { text: string; bom: string; delimiter: string; linebreak: string; records: ReadonlyMap<number, SourceRecord> };

export function readSourceSheet(text: string): SourceSheet {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const csv = text.slice(bom.length);
  const rowOf = makeRowCounter(csv);
  const records = new Map<number, SourceRecord>();
  let delimiter = ",";
  let linebreak = "\n";
  let previousEnd = 0;
  Papa.parse<string[]>(csv, {
    ...PAPA_OPTIONS,
    step(result) {
      delimiter = result.meta.delimiter;
      linebreak = result.meta.linebreak;
      const { cursor } = result.meta;
      const row = rowOf(result.data, cursor, linebreak);
      const end = csv.startsWith(linebreak, cursor - linebreak.length) && cursor >= linebreak.length ? cursor - linebreak.length : cursor;
      records.set(row, { cells: result.data, start: recordStart(csv, result.data, end, previousEnd, linebreak), end });
      previousEnd = cursor;
    },
  });
  return { text: csv, bom, delimiter, linebreak, records };
}

/** Where a record's text begins: after the line break before it, skipping those inside its own cells. */
function recordStart(csv: string, cells: readonly string[], end: number, floor: number, linebreak: string): number {
  let inside = 0;
  for (const cell of cells) for (let at = cell.indexOf(linebreak); at !== -1; at = cell.indexOf(linebreak, at + linebreak.length)) inside++;
  let at = end;
  for (let skipped = 0; ; skipped++) {
    const found = csv.lastIndexOf(linebreak, at - 1);
    if (found < floor) return floor;
    if (skipped === inside) return found + linebreak.length;
    at = found;
  }
}
