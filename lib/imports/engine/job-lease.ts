import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { acquireJobLease, releaseJobLease, renewJobLease } from "@/lib/imports/data/job-leases";

/** A run's claim on its job: renewed while the run goes on, lapsing by itself if the process dies. */
export type JobLease = { jobId: string; runnerId: string; release(): Promise<void> };

export const ALREADY_RUNNING =
  "This import is already running, in another tab or window; if you closed it, wait a minute and press Resume.";

/**
 * Makes the caller the only run of the job (sending or undoing), on any app instance: the lease
 * is in the database and renewed every sixth of its length until released.
 */
export async function takeJobLease(db: Db, jobId: string, leaseMs: number = getEnv().JOB_LEASE_MS): Promise<JobLease> {
  const runnerId = randomUUID();
  if (!(await acquireJobLease(db, jobId, runnerId, leaseMs))) throw new AppError("import_running", ALREADY_RUNNING);
  const heartbeat = setInterval(
    () => void renewJobLease(db, jobId, runnerId, leaseMs).catch(() => undefined),
    Math.max(500, Math.floor(leaseMs / 6)),
  );
  let released = false;
  return {
    jobId,
    runnerId,
    async release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      await releaseJobLease(db, jobId, runnerId);
    },
  };
}

/** Runs `work` under the job's lease: the one given (taken by the caller beforehand), or a fresh one. */
export async function withJobLease<T>(db: Db, jobId: string, work: () => Promise<T>, lease?: JobLease): Promise<T> {
  const held = lease ?? (await takeJobLease(db, jobId));
  try {
    return await work();
  } finally {
    await held.release();
  }
}
