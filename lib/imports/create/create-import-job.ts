import "server-only";
import { randomUUID } from "node:crypto";
import { type Db, providerOfDb } from "@/lib/db/client";
import type { ParsedRow } from "@/lib/plans/plan-result";
import { planKeyOf } from "@/lib/imports/ledger/same-workout";
import type { ImportJobView } from "@/lib/imports/wire/import-view";
import { getImportJobView } from "@/lib/imports/data/job-views";
import { insertImportJob, markLaidDownDone } from "@/lib/imports/data/job-records";
import { writeAthleteRows } from "./write-athlete-rows";

/** One athlete's share of an import: the rows for their calendar, and which look like workouts already there. */
export type AthleteRows = {
  athleteId: string;
  athleteName: string;
  rows: ParsedRow[];
  duplicates?: Map<string, string> /** A note shown on a row that goes as it is (by row key). */;
  notes?: Map<string, string>;
};
export type NewImport = {
  userId?: string | null;
  credential: "pasted_token" | "connection";
  fileName: string;
  athletes: AthleteRows[];
  accessKeyHash?: string | null;
};

/**
 * Lays the job and every row down before anything is sent. Rows the CSV check kept out are
 * stored as "invalid" with their reason, rows PlanDrop already put on that athlete's calendar as
 * "already_imported", rows that look like a workout already there as "duplicate" (the user
 * chooses to skip or send them), so every row of the file has a result. A revised plan's rows in
 * the place of an earlier import's workout are "changed", and that import's workouts the plan no
 * longer has get rows of their own, "missing" (numbered -1, -2, …): the user decides both.
 */
export async function createImportJob(db: Db, input: NewImport): Promise<ImportJobView> {
  const jobId = randomUUID();
  const planKey = planKeyOf(input.fileName);
  const [first] = input.athletes;
  const athleteName =
    input.athletes.length === 1 ? (first?.athleteName ?? "") : `${first?.athleteName ?? ""} and ${input.athletes.length - 1} more`;
  // The job and all its rows appear together or not at all. Each athlete's rows are made and
  // written in batches, so neither memory nor any one statement holds the whole job.
  const provider = providerOfDb(db);
  await db.$transaction(
    async (tx) => {
      await insertImportJob(tx, {
        id: jobId,
        userId: input.userId ?? null,
        accessKeyHash: input.accessKeyHash ?? null,
        athleteId: first?.athleteId ?? "",
        athleteName,
        credential: input.credential,
        fileName: input.fileName,
        planKey,
      });
      let awaiting = false;
      for (const athlete of input.athletes) awaiting = (await writeAthleteRows(tx, provider, jobId, planKey, athlete)) || awaiting;
      if (!awaiting) await markLaidDownDone(tx, jobId);
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
  return getImportJobView(db, jobId) as Promise<ImportJobView>;
}
