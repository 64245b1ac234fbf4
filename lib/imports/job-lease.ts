import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { acquireJobLease, releaseJobLease, renewJobLease } from "./queries";

/**
 * Runs `work` as the only run of the job (sending or undoing), on any app instance: the lease is
 * in the database, renewed while the work goes on, and lapses by itself if the process dies.
 */
export async function withJobLease<T>(db: Db, jobId: string, work: () => Promise<T>): Promise<T> {
  const runnerId = randomUUID();
  if (!(await acquireJobLease(db, jobId, runnerId))) {
    throw new AppError("import_running", "This import is already running, in another tab or window; if you closed it, wait a minute and press Resume.");
  }
  const heartbeat = setInterval(() => void renewJobLease(db, jobId, runnerId).catch(() => undefined), 5_000);
  try {
    return await work();
  } finally {
    clearInterval(heartbeat);
    await releaseJobLease(db, jobId, runnerId);
  }
}
