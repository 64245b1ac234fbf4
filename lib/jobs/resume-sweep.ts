import "server-only";
import type { Db } from "@/lib/db/client";
import { findJobsWithoutLiveRun, pauseJobWithoutLiveRun } from "@/lib/imports/data/job-leases";
import type { JobQueue } from "./job-queue";
import { type JobKind, kindOfStatus } from "./run-job";

/** A pasted-token job whose process died: the token died with it (it is never stored), so the user brings a fresh one. */
export const TOKEN_LOST: Record<JobKind, string> = {
  send: "PlanDrop restarted while this import ran, and a pasted token is never stored: paste a fresh bearer token and press Resume. Rows whose outcome is unknown are looked for on the calendar first, so nothing is sent twice.",
  undo: "PlanDrop restarted while this undo ran, and a pasted token is never stored: paste a fresh bearer token and press Undo import.",
};

/**
 * Finds jobs that say they are sending or undoing while no live run holds their lease (queued,
 * or their worker died) and hands each saved-connection job to the queue; the run that takes it
 * checks the calendar for rows in doubt before sending anything again. A pasted-token job is
 * paused and asks for a fresh token. Run on start and periodically by every worker process.
 */
export async function sweepStoppedJobs(db: Db, queue: JobQueue): Promise<void> {
  for (const job of await findJobsWithoutLiveRun(db)) {
    const kind = kindOfStatus(job.status);
    if (!kind) continue;
    if (job.credential === "connection") await queue.enqueue(job.id);
    else await pauseJobWithoutLiveRun(db, job.id, TOKEN_LOST[kind]);
  }
}
