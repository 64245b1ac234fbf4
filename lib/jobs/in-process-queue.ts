import "server-only";
import type { Db } from "@/lib/db/client";
import type { JobQueue } from "./job-queue";
import { runQueuedJob } from "./run-queued-job";
import { log } from "@/lib/log";

/**
 * The queue of the embedded SQLite set-up: jobs run in this process as soon as they are queued.
 * Nothing is lost if the process dies: the job stays "running" in the database, and the sweep of
 * the next start hands it out again.
 */
export class InProcessQueue implements JobQueue {
  private readonly running = new Set<string>();

  constructor(private readonly db: () => Promise<Db>) {}

  async enqueue(jobId: string): Promise<void> {
    if (this.running.has(jobId)) return;
    this.running.add(jobId);
    void this.db()
      .then((db) => runQueuedJob(db, jobId))
      .catch((error: unknown) => log.error({ jobId, err: error }, "An import could not run"))
      .finally(() => this.running.delete(jobId));
  }

  async work(): Promise<void> {}

  async stop(): Promise<void> {}
}
