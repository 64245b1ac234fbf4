import type { ColumnRole } from "./column-roles";
import type { Layout } from "./layout";
import type { DistanceUnit } from "./parse-distance";
import type { DateNeeds } from "./resolve-date";
import type { DateOrder } from "./parse-date";
import type { Sport } from "./sports";
import type { PlannedWorkout } from "./workout";

export type Severity = "error" | "warning";
/** Something to tell the user about one cell of one row (row = spreadsheet row, header is row 1). */
export type RowIssue = { rowNumber: number; column: string | null; severity: Severity; message: string };

/**
 * One workout read from the plan, usually one CSV row. A row holding several workouts (Swim, Bike
 * and Run columns, "6 mi a.m. 4 mi p.m.", a week-grid row) gives one ParsedRow each, with the same
 * rowNumber and `part` 1, 2, … and `partLabel` ("Swim", "Tue") to show as "row 12 · Swim".
 * "waiting" rows need an answer from the user (start date, date order, distance unit) before
 * they can be placed; "error" rows stay out of the import; the rest go in.
 */
export type RowStatus = "ok" | "warning" | "error" | "waiting";
export type ParsedRow = {
  rowNumber: number;
  part?: number;
  partLabel?: string;
  /** The column a part was read from (its weekday, sport or split title cell), for editing it. */
  sourceColumn?: number;
  status: RowStatus;
  dateLabel: string;
  fields: Partial<PlannedWorkout>;
  workout: PlannedWorkout | null;
  issues: RowIssue[];
};

/**
 * What the user answered in the preview. widenPercent: single-value targets become ±this many
 * percentage points (watches alarm on exact targets). columnRoles: the role the user chose for a
 * column, keyed by its header exactly as in the file; it overrides the automatic match.
 * defaultSport: the sport of rows that name none. distanceUnit: the unit of bare numbers in a
 * distance column. raceDate: the date the plan's last day lands on (relative and count-down plans),
 * instead of a start date.
 */
export type PlanOptions = {
  startDate?: string;
  raceDate?: string;
  dateOrder?: DateOrder;
  widenPercent?: number;
  columnRoles?: Record<string, ColumnRole>;
  defaultSport?: Sport;
  distanceUnit?: DistanceUnit;
};

/**
 * What the plan still needs from the user. `sport`: some rows name no sport; they use `guess`
 * (the user's defaultSport once chosen) and the select `Sport for rows without one` shows it.
 * `distanceUnit`: bare distances whose unit the plan does not say; those rows wait until the user
 * answers `Distances without a unit are in` (`guess` only pre-fills the select).
 */
export type PlanNeeds = DateNeeds & {
  sport?: { guess: Sport; why: string };
  distanceUnit?: { guess?: DistanceUnit; why: string };
};

/** Where the preview's fields are read from: the header's spreadsheet row, its cells, and the column index of each field the file has (date: the column a row's date, day or week comes from). */
export type PlanSourceColumns = {
  headerRow: number;
  headers: readonly string[];
  columns: Partial<Record<"date" | "sport" | "title" | "duration" | "distance" | "tss" | "structure" | "description", number>>;
};

/** The role the parse gave each non-empty header, in file order; auto is false where the user chose it. */
export type ColumnRoleUse = { header: string; role: ColumnRole; auto: boolean };

export type PlanParse =
  | { ok: false; fileError: string }
  | {
      ok: true;
      layout: Layout;
      delimiter: string;
      columns: { used: string[]; ignored: string[] };
      columnRoles: ColumnRoleUse[];
      /** Plan-level inferences in one sentence each ("Sport inferred from the type column…"). */
      notes: string[];
      needs: PlanNeeds;
      dateOrder: DateOrder | null;
      dateConflict: string | null;
      source: PlanSourceColumns;
      rows: ParsedRow[];
    };
