import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { ParsedRow } from "@/lib/plans/plan-result";
import { type PlannedWorkout, plannedWorkoutSchema } from "@/lib/plans/workout";
import { contentKeyOf } from "./content-key";
import { countRows, type ImportJobView, importJobViewSchema, type ImportRowView, type JobStatus, type RowStatus } from "./import-view";

// Every database read and write of an import goes through here.

export type NewImport = { athleteId: string; athleteName: string; credential: "pasted_token" | "connection"; fileName: string; rows: ParsedRow[] };
export type ClaimedRow = { id: string; rowNumber: number; workout: PlannedWorkout; contentKey: string; attempts: number };

const ROW_VIEW_SELECT = { rowNumber: true, workoutDay: true, title: true, status: true, tpWorkoutId: true, error: true } as const;

/**
 * Lays the job and every row down before anything is sent. Rows the CSV check kept out are
 * stored as "invalid" with their reason, and rows PlanDrop already put on this athlete's
 * calendar as "already_imported", so every row of the file has a result.
 */
export async function createImportJob(db: Db, input: NewImport): Promise<ImportJobView> {
  const jobId = randomUUID();
  const keyed = input.rows.map((row) => ({ row, key: row.workout ? contentKeyOf(row.workout) : "" }));
  const known = await db.ledgerEntry.findMany({
    where: { athleteId: input.athleteId, contentKey: { in: keyed.map((k) => k.key).filter(Boolean) }, tpWorkoutId: { not: null } },
    select: { contentKey: true, tpWorkoutId: true },
  });
  const createdBefore = new Map(known.map((entry) => [entry.contentKey, entry.tpWorkoutId]));

  await db.$transaction([
    db.importJob.create({ data: { id: jobId, athleteId: input.athleteId, athleteName: input.athleteName, credential: input.credential, fileName: input.fileName, status: "ready" } }),
    db.importRow.createMany({
      data: keyed.map(({ row, key }) => {
        const earlier = createdBefore.get(key);
        return {
          id: randomUUID(),
          jobId,
          rowNumber: row.rowNumber,
          workoutDay: row.workout?.date ?? row.fields.date ?? "",
          title: row.workout?.title ?? row.fields.title ?? "",
          workoutJson: row.workout ? JSON.stringify(row.workout) : "",
          contentKey: key,
          status: !row.workout ? "invalid" : earlier ? "already_imported" : "pending",
          tpWorkoutId: earlier ?? null,
          error: row.workout ? null : row.issues.filter((issue) => issue.severity === "error").map((issue) => issue.message).join(" "),
        };
      }),
    }),
  ]);
  return getImportJobView(db, jobId) as Promise<ImportJobView>;
}

export async function getImportJobView(db: Db, jobId: string): Promise<ImportJobView | null> {
  const job = await db.importJob.findUnique({ where: { id: jobId } });
  if (!job) return null;
  const rows = await db.importRow.findMany({ where: { jobId }, select: ROW_VIEW_SELECT, orderBy: { rowNumber: "asc" } });
  return importJobViewSchema.parse({
    id: job.id, athleteId: job.athleteId, athleteName: job.athleteName, fileName: job.fileName,
    status: job.status, pausedReason: job.pausedReason, counts: countRows(rows as ImportRowView[]), rows,
  });
}

export async function getImportJob(db: Db, jobId: string) {
  return db.importJob.findUnique({ where: { id: jobId } });
}

export async function setJobStatus(db: Db, jobId: string, status: JobStatus, pausedReason: string | null = null) {
  await db.importJob.update({ where: { id: jobId }, data: { status, pausedReason } });
}

/** Takes the next pending row for sending. The conditional update makes a row go to one sender only. */
export async function claimNextRow(db: Db, jobId: string): Promise<ClaimedRow | null> {
  for (;;) {
    const next = await db.importRow.findFirst({ where: { jobId, status: "pending" }, orderBy: { rowNumber: "asc" } });
    if (!next) return null;
    const claimed = await db.importRow.updateMany({ where: { id: next.id, status: "pending" }, data: { status: "sending", attempts: { increment: 1 } } });
    if (claimed.count === 1) {
      return { id: next.id, rowNumber: next.rowNumber, workout: plannedWorkoutSchema.parse(JSON.parse(next.workoutJson)), contentKey: next.contentKey, attempts: next.attempts + 1 };
    }
  }
}

/** Rows left "sending" by a run that stopped mid-request: their outcome must be checked before sending again. */
export async function findRowsInDoubt(db: Db, jobId: string): Promise<ClaimedRow[]> {
  const rows = await db.importRow.findMany({ where: { jobId, status: "sending" }, orderBy: { rowNumber: "asc" } });
  return rows.map((row) => ({ id: row.id, rowNumber: row.rowNumber, workout: plannedWorkoutSchema.parse(JSON.parse(row.workoutJson)), contentKey: row.contentKey, attempts: row.attempts }));
}

/**
 * Reserves this workout content for this athlete before it is sent. Returns "ours" when the
 * reservation is this row's (new, or left from an earlier attempt), or the workout id another
 * row already created, or "taken" while another row is sending the same content.
 */
export async function reserveLedgerEntry(db: Db, athleteId: string, row: ClaimedRow): Promise<"ours" | "taken" | { tpWorkoutId: string }> {
  const existing = await db.ledgerEntry.findUnique({ where: { athleteId_contentKey: { athleteId, contentKey: row.contentKey } } });
  if (existing) {
    if (existing.tpWorkoutId) return { tpWorkoutId: existing.tpWorkoutId };
    return existing.rowId === row.id ? "ours" : "taken";
  }
  try {
    await db.ledgerEntry.create({ data: { id: randomUUID(), athleteId, contentKey: row.contentKey, rowId: row.id } });
    return "ours";
  } catch (error) {
    if (isUniqueViolation(error)) return reserveLedgerEntry(db, athleteId, row);
    throw error;
  }
}

export async function recordCreated(db: Db, athleteId: string, row: ClaimedRow, tpWorkoutId: string) {
  await db.$transaction([
    db.importRow.update({ where: { id: row.id }, data: { status: "created", tpWorkoutId, error: null } }),
    db.ledgerEntry.updateMany({ where: { athleteId, contentKey: row.contentKey, rowId: row.id }, data: { tpWorkoutId } }),
  ]);
}

export async function recordAlreadyImported(db: Db, row: ClaimedRow, tpWorkoutId: string | null, note: string | null) {
  await db.importRow.update({ where: { id: row.id }, data: { status: "already_imported", tpWorkoutId, error: note } });
}

/** A definite failure: the row gets its reason and its reservation is released so it can be sent later. */
export async function recordFailed(db: Db, athleteId: string, row: ClaimedRow, error: string) {
  await db.$transaction([
    db.importRow.update({ where: { id: row.id }, data: { status: "failed", error } }),
    db.ledgerEntry.deleteMany({ where: { athleteId, contentKey: row.contentKey, rowId: row.id, tpWorkoutId: null } }),
  ]);
}

/** Puts a row back in the queue (the run stopped before its outcome was final). */
export async function returnToQueue(db: Db, row: ClaimedRow, note: string | null = null) {
  await db.importRow.update({ where: { id: row.id }, data: { status: "pending", error: note } });
}

export async function requeueFailedRows(db: Db, jobId: string): Promise<number> {
  const result = await db.importRow.updateMany({ where: { jobId, status: "failed" }, data: { status: "pending", error: null, attempts: 0 } });
  return result.count;
}

export async function countRowsWithStatus(db: Db, jobId: string, statuses: RowStatus[]): Promise<number> {
  return db.importRow.count({ where: { jobId, status: { in: statuses } } });
}

export async function getRowView(db: Db, rowId: string): Promise<ImportRowView> {
  return (await db.importRow.findUniqueOrThrow({ where: { id: rowId }, select: ROW_VIEW_SELECT })) as ImportRowView;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

const LEASE_MS = 30_000;

/** Makes this run the only one sending the job's rows; false while another live run holds it. */
export async function acquireJobLease(db: Db, jobId: string, runnerId: string): Promise<boolean> {
  const now = new Date();
  const claimed = await db.importJob.updateMany({
    where: { id: jobId, OR: [{ runnerId: null }, { leaseUntil: { lt: now } }] },
    data: { runnerId, leaseUntil: new Date(now.getTime() + LEASE_MS) },
  });
  return claimed.count === 1;
}

export async function renewJobLease(db: Db, jobId: string, runnerId: string) {
  await db.importJob.updateMany({ where: { id: jobId, runnerId }, data: { leaseUntil: new Date(Date.now() + LEASE_MS) } });
}

export async function releaseJobLease(db: Db, jobId: string, runnerId: string) {
  await db.importJob.updateMany({ where: { id: jobId, runnerId }, data: { runnerId: null, leaseUntil: null } });
}
