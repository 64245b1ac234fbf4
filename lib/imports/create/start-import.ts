import "server-only";
import type { Db } from "@/lib/db/client";
import type { ParsedRow, PlanOptions } from "@/lib/plans/plan-result";
import type { PlannedWorkout } from "@/lib/plans/workout";
import type { TrainingPeaksAccount } from "@/lib/trainingpeaks/account";
import type { AthleteChoice } from "@/lib/imports/wire/requests";
import { planForAthletes } from "./athlete-targets";
import { findCalendarDuplicates, type CalendarReader } from "./calendar-duplicates";
import type { ImportJobView } from "@/lib/imports/wire/import-view";
import { createImportJob } from "./create-import-job";
import { resolvePlanStructures, type ThresholdLoader } from "./resolve-plan-structures";
import { rowKeyOf } from "@/lib/imports/ledger/row-key";

export type PlanUpload = { csv: string; fileName: string; options: PlanOptions; athletes: AthleteChoice[] };
export type ImportSetup = {
  account: TrainingPeaksAccount;
  credential: "pasted_token" | "connection";
  userId: string | null;
  /** The athlete's thresholds for a sport, read from TrainingPeaks only when a row needs one. */
  loadThresholds: (athleteId: string) => ThresholdLoader;
  /** Reads an athlete's calendar, to flag rows that look like workouts already there. */
  readCalendar: CalendarReader;
  /** The calendar API's own rules: why a workout cannot go to this athlete (refused before anything is sent), or a note on how it goes. */
  checkWorkout?: (athleteId: string, workout: PlannedWorkout) => { refusal: string } | { note: string } | null;
};

/**
 * Parses the plan again on the server (the browser's preview is never trusted), places it on each
 * athlete's calendar, resolves structured workouts for each athlete, checks their calendars for
 * likely duplicates, and lays the job down with every row. Nothing is sent yet.
 */
export async function createImportFromPlan(
  db: Db,
  setup: ImportSetup,
  upload: PlanUpload,
  accessKeyHash: string | null = null,
): Promise<ImportJobView> {
  const planned = planForAthletes(setup.account, upload.csv, upload.options, upload.athletes);
  const athletes = [];
  for (const athlete of planned) {
    const resolved = await resolvePlanStructures(athlete.rows, upload.options.widenPercent ?? 0, setup.loadThresholds(athlete.athleteId));
    const { rows, notes } = applyCalendarRules(resolved, (workout) => setup.checkWorkout?.(athlete.athleteId, workout) ?? null);
    const duplicates = await findCalendarDuplicates(db, setup.readCalendar, athlete.athleteId, rows);
    athletes.push({ ...athlete, rows, duplicates, notes });
  }
  return createImportJob(db, { userId: setup.userId, credential: setup.credential, fileName: upload.fileName, athletes, accessKeyHash });
}

/** A refused row keeps its place with the sentence that says why and is never sent; a noted row goes with its note. */
function applyCalendarRules(rows: ParsedRow[], check: (workout: PlannedWorkout) => { refusal: string } | { note: string } | null) {
  const notes = new Map<string, string>();
  const checked = rows.map((row): ParsedRow => {
    const verdict = row.workout ? check(row.workout) : null;
    if (!verdict) return row;
    if ("note" in verdict) {
      notes.set(rowKeyOf(row), verdict.note);
      return row;
    }
    return {
      ...row,
      status: "error",
      workout: null,
      issues: [...row.issues, { rowNumber: row.rowNumber, column: null, severity: "error", message: verdict.refusal }],
    };
  });
  return { rows: checked, notes };
}
