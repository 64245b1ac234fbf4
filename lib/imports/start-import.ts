import type { Db } from "@/lib/db/client";
import type { PlanOptions } from "@/lib/plans/plan-result";
import type { TrainingPeaksAccount } from "@/lib/trainingpeaks/account";
import { type AthleteChoice, planForAthletes } from "./athlete-targets";
import { findCalendarDuplicates, type CalendarReader } from "./calendar-duplicates";
import type { ImportJobView } from "./import-view";
import { createImportJob } from "./queries";
import { resolvePlanStructures, type ThresholdLoader } from "./resolve-plan-structures";

export type PlanUpload = { csv: string; fileName: string; options: PlanOptions; athletes: AthleteChoice[] };
export type ImportSetup = {
  account: TrainingPeaksAccount;
  credential: "pasted_token" | "connection";
  userId: string | null;
  /** The athlete's thresholds for a sport, read from TrainingPeaks only when a row needs one. */
  loadThresholds: (athleteId: string) => ThresholdLoader;
  /** Reads an athlete's calendar, to flag rows that look like workouts already there. */
  readCalendar: CalendarReader;
};

/**
 * Parses the plan again on the server (the browser's preview is never trusted), places it on each
 * athlete's calendar, resolves structured workouts for each athlete, checks their calendars for
 * likely duplicates, and lays the job down with every row. Nothing is sent yet.
 */
export async function createImportFromPlan(db: Db, setup: ImportSetup, upload: PlanUpload, accessKeyHash: string | null = null): Promise<ImportJobView> {
  const planned = planForAthletes(setup.account, upload.csv, upload.options, upload.athletes);
  const athletes = [];
  for (const athlete of planned) {
    const rows = await resolvePlanStructures(athlete.rows, upload.options.widenPercent ?? 0, setup.loadThresholds(athlete.athleteId));
    const duplicates = await findCalendarDuplicates(db, setup.readCalendar, athlete.athleteId, rows);
    athletes.push({ ...athlete, rows, duplicates });
  }
  return createImportJob(db, { userId: setup.userId, credential: setup.credential, fileName: upload.fileName, athletes, accessKeyHash });
}
