import "server-only";
import Papa from "papaparse";
import type { ImportJobView } from "@/lib/imports/wire/import-view";

const STATUS_WORDS: Record<string, string> = {
  pending: "waiting",
  sending: "in doubt",
  created: "created",
  already_imported: "already imported",
  duplicate: "skipped: already on the calendar",
  failed: "failed",
  refused: "not sent: refused by TrainingPeaks",
  invalid: "not sent: CSV error",
  deleted: "deleted by undo",
  delete_failed: "not deleted",
  changed: "changed: not sent yet",
  missing: "no longer in the plan",
  updated: "updated",
  removed: "removed",
  kept: "kept as it was",
  skipped: "skipped: earlier version kept",
  reverted: "put back by undo",
  revert_failed: "not put back",
};

/** A cell a spreadsheet would read as a formula (=, +, -, @, tab, return first) is made plain text. */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Every row's result as CSV, safe to open in a spreadsheet. */
export function resultsCsv(job: ImportJobView): string {
  const rows = job.rows.map((row) =>
    [
      row.part ? `${row.rowNumber}.${row.part}` : String(row.rowNumber),
      row.athleteName,
      row.athleteId,
      row.workoutDay,
      row.title,
      STATUS_WORDS[row.status] ?? row.status,
      row.tpWorkoutId ?? "",
      row.duplicateOf ?? "",
      row.error ?? row.change ?? "",
    ].map(spreadsheetSafe),
  );
  return Papa.unparse(
    {
      fields: ["row", "athlete", "athlete id", "date", "title", "result", "TrainingPeaks workout", "already on calendar", "message"],
      data: rows,
    },
    { quotes: true },
  );
}
