import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type JobLease, takeJobLease } from "@/lib/imports/job-lease";
import { finishJob, getImportJob } from "@/lib/imports/queries";
import { connectionCredentials } from "./connection-credentials";
import { type JobKind, kindOfStatus, runJob } from "./run-job";

const UNLINKED: Record<JobKind, string> = {
  send: "The saved TrainingPeaks connection was unlinked, so this import stopped: save it again in Settings, then press Resume. Nothing sent so far will be sent again.",
  undo: "The saved TrainingPeaks connection was unlinked, so this undo stopped: save it again in Settings, then press Undo import.",
};

/**
 * A worker's turn at a saved-connection job it was handed (by the queue or by the sweep): runs
 * it when it still waits to run and no live run holds it, and otherwise does nothing, so a job
 * handed out twice runs once. Pasted-token jobs never come here: only the process that received
 * the token can run them.
 */
export async function runQueuedJob(db: Db, jobId: string): Promise<void> {
  const queued = await getImportJob(db, jobId);
  if (queued?.credential !== "connection" || !queued.userId || !kindOfStatus(queued.status)) return;
  let lease: JobLease;
  try {
    lease = await takeJobLease(db, jobId);
  } catch (error) {
    if (error instanceof AppError && error.code === "import_running") return; // a live run has it
    throw error;
  }
  try {
    // Read again under the lease: Cancel may have stopped the job since it was handed out.
    const job = await getImportJob(db, jobId);
    const kind = job && kindOfStatus(job.status);
    if (!job?.userId || !kind) return;
    const credentials = await connectionCredentials(db, job.userId);
    if (!credentials) return await finishJob(db, jobId, "paused", UNLINKED[kind]);
    await runJob(db, jobId, kind, credentials, lease);
  } finally {
    await lease.release();
  }
}
