import "server-only";
import { type Db, providerOfDb } from "@/lib/db/client";
import type { PrismaPromise } from "@/lib/generated/sqlite/internal/prismaNamespace";
import { gatherWrites, perDatabase, statementsAtOnce } from "./gather-writes";
import type { Tx } from "./insert-rows";

// Group commit for a run's senders on PostgreSQL, for the writes of mixed shapes (a failure, a
// row put back in the queue, a workout found already imported). Each write a sender must see
// committed before it goes on joins the next commit: writes that arrive while the commits under
// way are busy are made together, in one transaction, in the next one. A run of 16 senders then
// waits for one round of commit per batch instead of one per write. The gathering, the fallback
// to one caller at a time and the limit of statements at once are gather-writes.ts's; the hot
// writes of one shape (claims, reservations, created workouts) use it for single statements.
//
// Two commits run at once (statementsAtOnce), on two of the pool's connections: with one, the
// worker sat idle for each statement's round trip to the database while the next batch waited (a
// 4,000-workout bench went from 129–137 to 154–164 workouts/s with two, when every write went
// through here). It is
// safe because each caller has one write waiting at a time, for its own row, so two commits never
// touch the same row; a commit that fails (or that PostgreSQL picks to break a deadlock) is made
// again caller by caller.
//
// The writes are made one by one inside an interactive transaction, not handed to Prisma as one
// batch: Prisma compiles a batch as a whole and keeps its plan in a cache of a thousand, keyed by
// the batch's exact mix of writes. Senders' writes mix differently in nearly every commit, so
// nearly every commit added a plan of its own: the worker's heap grew from 45 to 110 MB over a
// 40,000-workout job (RSS 165 to 250 MB) and would have gone on to a thousand plans. A write made
// alone has one of a few shapes, compiled once (heap flat near 35 MB, RSS near 155 MB).

/** Builds a caller's writes on `client`: the transaction they are made in, or the database itself. */
type Writes = (client: Tx) => PrismaPromise<unknown>[];

/** Each database's group commit: its callers' writes, gathered, made in one transaction each time. */
const commits = perDatabase((db) =>
  gatherWrites<Writes, unknown[]>(
    (batch) => inOneTransaction(db, batch),
    async (writes) => (await inOneTransaction(db, [writes]))[0] as unknown[],
    statementsAtOnce(db),
  ),
);

/**
 * Makes `writes` (built when their turn comes) in the next commit on PostgreSQL; resolves with
 * their results once it is done. On SQLite they are made at once, one after the other, or in a
 * transaction of their own when `atomic`.
 */
export function commitTogether(db: Db, writes: Writes, { atomic = false } = {}): Promise<unknown[]> {
  // SQLite: one process, and a transaction there costs more than it saves (the driver holds every
  // other query of the process while one is open, and leaves more native memory to collect).
  if (providerOfDb(db) === "sqlite") return atomic ? db.$transaction(writes(db)) : inTurn(writes(db));
  return commits(db)(writes);
}

/** Every caller's writes in one commit, made in turn; each caller's results, in order. */
function inOneTransaction(db: Db, batch: Writes[]): Promise<unknown[][]> {
  return db.$transaction(
    async (tx) => {
      const results: unknown[][] = [];
      for (const writes of batch) results.push(await inTurn(writes(tx)));
      return results;
    },
    // A commit of many callers on a busy machine may take a while; a pool connection may be busy too.
    { maxWait: 30_000, timeout: 60_000 },
  );
}

async function inTurn(writes: PrismaPromise<unknown>[]): Promise<unknown[]> {
  const results: unknown[] = [];
  for (const write of writes) results.push(await write);
  return results;
}
