import "server-only";
import { getDb } from "@/lib/db/client";
import { databaseUrl, providerOf } from "@/lib/db/database-url";
import { getEnv } from "@/lib/env";
import { closeJobQueue, getJobQueue } from "./job-queue-for-database";
import { sweepStoppedJobs } from "./resume-sweep";
import { log } from "@/lib/log";

/** How often a worker looks for jobs whose run died: twice per lease, at most every 15 seconds. */
export function sweepIntervalMs(leaseMs: number = getEnv().JOB_LEASE_MS): number {
  return Math.min(15_000, Math.max(500, Math.floor(leaseMs / 2)));
}

/**
 * Makes this process a worker: it takes queued jobs, and on start and every sweep interval hands
 * out again the jobs whose run died (a restart, a deploy, a killed worker). Returns how to stop.
 */
export async function startWorkers(): Promise<() => Promise<void>> {
  const db = await getDb();
  const queue = await getJobQueue();
  await queue.work();
  const sweep = () =>
    sweepStoppedJobs(db, queue).catch((error: unknown) => log.error({ err: error }, "The sweep for stopped imports failed"));
  await sweep();
  const timer = setInterval(() => void sweep(), sweepIntervalMs()); // also what keeps a worker with nothing to do alive
  return async () => {
    clearInterval(timer);
    await closeJobQueue();
  };
}

/** The web server's start (instrumentation.ts): workers too, unless WEB_RUNS_WORKERS=false on PostgreSQL. */
export async function startWorkersWithWeb(): Promise<void> {
  if (providerOf(databaseUrl()) === "postgresql" && getEnv().WEB_RUNS_WORKERS === "false") return;
  await startWorkers();
}
