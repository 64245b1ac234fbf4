import "server-only";
import { type Db, providerOfDb } from "@/lib/db/client";
import type { PrismaPromise } from "@/lib/generated/sqlite/internal/prismaNamespace";

// Group commit for a run's senders on PostgreSQL. Each write a sender must see committed before it
// goes on (a claim, a reservation, a result) joins the next commit: writes that arrive while one
// commit is under way are made together, in one transaction, in the one after it. A run of 16
// senders then waits for one round of commit per batch instead of one per write, with the same
// guarantee: nothing is sent before its claim and reservation are on disk.

type Writes = () => PrismaPromise<unknown>[];
type Waiting = { writes: Writes; resolve: (results: unknown[]) => void; reject: (error: unknown) => void };
type Queue = { waiting: Waiting[]; flushing: boolean };

/** The most callers one commit serves; the rest go in the next. */
const MAX_CALLERS = 64;
const queues = new WeakMap<Db, Queue>();

/**
 * Makes `writes` (built when their turn comes) in the next commit on PostgreSQL; resolves with
 * their results once it is done. On SQLite they are made at once, one after the other, or in a
 * transaction of their own when `atomic`.
 */
export function commitTogether(db: Db, writes: Writes, { atomic = false } = {}): Promise<unknown[]> {
  // SQLite: one process, and a transaction there costs more than it saves (the driver holds every
  // other query of the process while one is open, and leaves more native memory to collect).
  if (providerOfDb(db) === "sqlite") return atomic ? db.$transaction(writes()) : inTurn(writes());
  let queue = queues.get(db);
  if (!queue) {
    queue = { waiting: [], flushing: false };
    queues.set(db, queue);
  }
  const waitingQueue = queue;
  const promise = new Promise<unknown[]>((resolve, reject) => {
    waitingQueue.waiting.push({ writes, resolve, reject });
  });
  if (!queue.flushing) void flush(db, queue);
  return promise;
}

async function flush(db: Db, queue: Queue) {
  queue.flushing = true;
  try {
    while (queue.waiting.length > 0) {
      const batch = queue.waiting.splice(0, MAX_CALLERS);
      if (batch.length === 1) {
        await commitAlone(db, batch[0] as Waiting);
        continue;
      }
      const built = batch.map((waiting) => waiting.writes());
      try {
        const results = await db.$transaction(built.flat());
        let next = 0;
        for (const [index, waiting] of batch.entries()) {
          const count = (built[index] as unknown[]).length;
          waiting.resolve(results.slice(next, next + count));
          next += count;
        }
      } catch {
        // One write failed and took its batch with it: each is made alone, so only its own caller hears of it.
        for (const waiting of batch) await commitAlone(db, waiting);
      }
    }
  } finally {
    queue.flushing = false;
  }
}

async function commitAlone(db: Db, waiting: Waiting) {
  try {
    waiting.resolve(await db.$transaction(waiting.writes()));
  } catch (error) {
    waiting.reject(error);
  }
}

async function inTurn(writes: PrismaPromise<unknown>[]): Promise<unknown[]> {
  const results: unknown[] = [];
  for (const write of writes) results.push(await write);
  return results;
}
