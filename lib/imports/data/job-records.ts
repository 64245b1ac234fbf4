import "server-only";
import type { Db } from "@/lib/db/client";
import type { JobStatus } from "@/lib/imports/wire/import-view";
import type { Tx } from "./insert-rows";

/** A new job, "ready", written in the transaction that lays its rows down (create/create-import-job.ts). */
export async function insertImportJob(
  tx: Tx,
  job: {
    id: string;
    userId: string | null;
    accessKeyHash: string | null;
    athleteId: string;
    athleteName: string;
    credential: "pasted_token" | "connection";
    fileName: string;
    planKey: string;
  },
) {
  await tx.importJob.create({ data: { ...job, status: "ready" } });
}

/** A job laid down with no row to send or to decide is done at once (same transaction). */
export async function markLaidDownDone(tx: Tx, jobId: string) {
  await tx.importJob.update({ where: { id: jobId }, data: { status: "done" } });
}

export async function getImportJob(db: Db, jobId: string) {
  return db.importJob.findUnique({ where: { id: jobId } });
}

export async function setJobStatus(db: Db, jobId: string, status: JobStatus, pausedReason: string | null = null) {
  await db.importJob.update({ where: { id: jobId }, data: { status, pausedReason } });
}

/** A run's last word: the job's status and why it stopped, with its lease let go in the same write, so Resume works the moment the page shows it. */
export async function finishJob(db: Db, jobId: string, status: JobStatus, pausedReason: string | null = null) {
  await db.importJob.update({ where: { id: jobId }, data: { status, pausedReason, runnerId: null, leaseUntil: null } });
}

/** The athletes whose calendars a job's rows go on. */
export async function jobAthletes(db: Db, jobId: string): Promise<{ athleteId: string; athleteName: string }[]> {
  return db.importRow.findMany({ where: { jobId }, distinct: ["athleteId"], select: { athleteId: true, athleteName: true } });
}

/**
 * Marks the job started for `status` ("running" sends, "undoing" undoes: one athlete's rows when
 * `undoAthleteId` says so) with this credential, clearing an earlier stop and Cancel. Refused while
 * a live run (other than `heldBy`, the caller's own) holds the job.
 */
export async function markJobStarted(
  db: Db,
  jobId: string,
  status: "running" | "undoing",
  credential: "pasted_token" | "connection",
  options: { heldBy?: string; undoAthleteId?: string } = {},
): Promise<boolean> {
  const now = new Date();
  const started = await db.importJob.updateMany({
    where: { id: jobId, OR: [{ runnerId: options.heldBy ?? null }, { runnerId: null }, { leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { status, pausedReason: null, cancelRequested: false, credential, undoAthleteId: options.undoAthleteId ?? null },
  });
  return started.count === 1;
}
