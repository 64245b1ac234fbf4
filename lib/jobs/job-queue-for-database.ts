import "server-only";
import { databaseUrl, providerOf } from "@/lib/db/database-url";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { InProcessQueue } from "./in-process-queue";
import type { JobQueue } from "./job-queue";

const cache = globalThis as unknown as { plandropJobQueue?: { url: string; queue: Promise<JobQueue> } };

/**
 * This process's job queue for DATABASE_URL: pg-boss on PostgreSQL unless JOB_QUEUE says
 * "in-process", and this process on SQLite (one machine, one process).
 */
export function getJobQueue(): Promise<JobQueue> {
  const url = databaseUrl();
  if (cache.plandropJobQueue?.url !== url) {
    const queue = openQueue(url);
    cache.plandropJobQueue = { url, queue };
    queue.catch(() => {
      if (cache.plandropJobQueue?.queue === queue) cache.plandropJobQueue = undefined;
    });
  }
  return cache.plandropJobQueue.queue;
}

/** Whether this process's queue dispatches through pg-boss. */
export function usesPgBoss(): boolean {
  return providerOf(databaseUrl()) === "postgresql" && (getEnv().JOB_QUEUE ?? "pg-boss") === "pg-boss";
}

async function openQueue(url: string): Promise<JobQueue> {
  if (!usesPgBoss()) return new InProcessQueue(getDb);
  await getDb(); // migrated first
  const { PgBossQueue } = await import("./pg-boss-queue");
  return PgBossQueue.open(url, getDb, getEnv().WORKER_IMPORTS);
}

/** Closes this process's queue (a worker shutting down, or a test's end). */
export async function closeJobQueue(): Promise<void> {
  const current = cache.plandropJobQueue;
  cache.plandropJobQueue = undefined;
  if (current) await (await current.queue.catch(() => null))?.stop();
}
