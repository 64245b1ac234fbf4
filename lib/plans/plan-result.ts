import type { Layout } from "./layout";
import type { DateNeeds } from "./resolve-date";
import type { DateOrder } from "./parse-date";
import type { PlannedWorkout } from "./workout";

export type Severity = "error" | "warning";
/** Something to tell the user about one cell of one row (row = spreadsheet row, header is row 1). */
export type RowIssue = { rowNumber: number; column: string | null; severity: Severity; message: string };

/**
 * One CSV row after checking. "waiting" rows need an answer from the user (start date, date
 * order) before they can be placed; "error" rows stay out of the import; the rest go in.
 */
export type RowStatus = "ok" | "warning" | "error" | "waiting";
export type ParsedRow = {
  rowNumber: number;
  status: RowStatus;
  dateLabel: string;
  fields: Partial<PlannedWorkout>;
  workout: PlannedWorkout | null;
  issues: RowIssue[];
};

/** widenPercent: single-value targets become ±this many percentage points (watches alarm on exact targets). */
export type PlanOptions = { startDate?: string; dateOrder?: DateOrder; widenPercent?: number };

export type PlanParse =
  | { ok: false; fileError: string }
  | {
      ok: true;
      layout: Layout;
      delimiter: string;
      columns: { used: string[]; ignored: string[] };
      needs: DateNeeds;
      dateOrder: DateOrder | null;
      dateConflict: string | null;
      rows: ParsedRow[];
    };
