import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type JobLease, takeJobLease } from "@/lib/imports/engine/job-lease";
import { finishJob, getImportJob } from "@/lib/imports/data/job-records";
import { stoppedWorkSentence } from "@/lib/errors";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";
import { connectionCredentials } from "./connection-credentials";
import { type JobCredentials, kindOfStatus, runJob } from "./run-job";

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
    let credentials: JobCredentials;
    try {
      credentials = await connectionCredentials(db, job.userId);
    } catch (error) {
      // The connection was unlinked or needs reconnecting, or TrainingPeaks did not answer: the job stops and says so.
      if (!(error instanceof AppError || error instanceof TrainingPeaksError)) throw error;
      return await finishJob(db, jobId, "paused", stoppedWorkSentence(kind, error));
    }
    await runJob(db, jobId, kind, credentials, lease);
  } finally {
    await lease.release();
  }
}
