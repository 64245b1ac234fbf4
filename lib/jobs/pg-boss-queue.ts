import "server-only";
import PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import type { JobQueue } from "./job-queue";
import { runQueuedJob } from "./run-queued-job";
import { log } from "@/lib/log";

const QUEUE = "plandrop-imports";
/** pg-boss's own tables live in their own schema, beside ours. */
const SCHEMA = "pgboss";

type Payload = { importId: string };

/**
 * Jobs dispatched through pg-boss on PostgreSQL. The payload is the import's id and nothing else
 * (never a token). The queue's "short" policy with the import id as singleton key keeps at most
 * one waiting run per import, pg-boss retries a run that failed unexpectedly, and our lease in
 * import_job keeps one active run per import. A worker that dies leaves its pg-boss job active
 * until it expires, which a long import cannot be held to; so the sweep (resume-sweep.ts) finds
 * the import by its lapsed lease and queues it again, which the "short" policy allows while the
 * dead run's job is still active, where "singleton" and "stately" would hold the queue.
 */
export class PgBossQueue implements JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly db: () => Promise<Db>,
    private readonly workers: number,
  ) {}

  static async open(connectionString: string, db: () => Promise<Db>, workers: number): Promise<PgBossQueue> {
    const boss = new PgBoss({ connectionString, schema: SCHEMA, schedule: false, max: Math.max(4, workers + 2) });
    boss.on("error", (error: Error) => log.error({ err: error }, "The job queue (pg-boss) failed"));
    await boss.start();
    if (!(await boss.getQueue(QUEUE))) {
      await boss.createQueue(QUEUE, {
        name: QUEUE,
        policy: "short",
        retryLimit: 5,
        retryDelay: 5,
        retryBackoff: true,
        expireInSeconds: 6 * 60 * 60,
      });
    }
    return new PgBossQueue(boss, db, workers);
  }

  async enqueue(jobId: string): Promise<void> {
    await this.boss.send(QUEUE, { importId: jobId } satisfies Payload, { singletonKey: jobId });
  }

  /** One pg-boss worker per import this process sends at once: each holds its job for the whole run. */
  async work(): Promise<void> {
    for (let i = 0; i < this.workers; i++) {
      await this.boss.work<Payload>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
        if (job) await runQueuedJob(await this.db(), job.data.importId);
      });
    }
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true, timeout: 5_000 });
  }
}
