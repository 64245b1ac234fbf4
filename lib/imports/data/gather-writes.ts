import "server-only";
import { type Db, providerOfDb } from "@/lib/db/client";
import { log } from "@/lib/log";

// Why a run's writes of one kind are made as one statement: each statement costs a commit (on
// SQLite an fsync of the write-ahead log, on the event loop's own thread; on PostgreSQL a round
// trip) and Prisma's own work per query. A run's 16 senders get their answers in waves, so the
// reservations (or results) of a wave are made by one statement instead of sixteen. Each caller
// still waits until its own write is committed before it goes on: nothing is sent before its
// reservation is on disk.

/** Makes every input in one statement; returns each input's result, in order. */
type Together<In, Out> = (inputs: In[]) => Promise<Out[]>;
/** Makes one input alone, so that only its own caller hears of its failure. */
type Alone<In, Out> = (input: In) => Promise<Out>;
type Waiting<In, Out> = { input: In; resolve: (output: Out) => void; reject: (error: unknown) => void };

/** The most inputs one statement takes; the rest go in the next. */
const MAX_INPUTS = 64;

/**
 * A write that gathers its callers: calls made in one turn of the event loop, or while the
 * statements under way are busy, are made together by `together`. When it fails, each call is
 * made `alone`. `atOnce` statements may be under way at one time.
 */
export function gatherWrites<In, Out>(together: Together<In, Out>, alone: Alone<In, Out>, atOnce = 1): (input: In) => Promise<Out> {
  const waiting: Waiting<In, Out>[] = [];
  let underWay = 0;
  let scheduled = false;

  function schedule() {
    if (scheduled || underWay >= atOnce || waiting.length === 0) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      void makeNext();
    });
  }

  async function makeNext() {
    if (underWay >= atOnce || waiting.length === 0) return;
    underWay++;
    const batch = waiting.splice(0, MAX_INPUTS);
    schedule(); // more than one statement's worth waiting: the next may start while this one runs
    try {
      const outputs = await together(batch.map((call) => call.input));
      for (const [index, call] of batch.entries()) call.resolve(outputs[index] as Out);
    } catch (error) {
      log.warn({ err: error, calls: batch.length }, "Writes gathered into one statement failed; making them one by one");
      // Through a promise even if `alone` throws at once: every caller of the batch hears back.
      for (const call of batch) await Promise.resolve(call.input).then(alone).then(call.resolve, call.reject);
    } finally {
      underWay--;
      schedule();
    }
  }

  return (input) =>
    new Promise<Out>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      schedule();
    });
}

/** How many gathered statements of one kind run at once: one on SQLite (one writer), two on PostgreSQL's pool. */
export function statementsAtOnce(db: Db): number {
  return providerOfDb(db) === "postgresql" ? 2 : 1;
}

/** One instance of `make` per database client (a process may hold several, as tests do). */
export function perDatabase<T>(make: (db: Db) => T): (db: Db) => T {
  const made = new WeakMap<Db, T>();
  return (db) => {
    let instance = made.get(db);
    if (instance === undefined) {
      instance = make(db);
      made.set(db, instance);
    }
    return instance;
  };
}

/**
 * A statement's text with `$1`, `$2`… as this database reads them. SQLite takes `$1` for a named
 * parameter and numbers parameters in the order they first appear, so a `$2` written before the
 * `$1` would get the first value; `?1` is the first value wherever it stands.
 */
export function numbered(db: Db, sql: string): string {
  return providerOfDb(db) === "postgresql" ? sql : sql.replace(/\$(\d+)/g, "?$1");
}

/**
 * The rows of a gathered statement, passed as one JSON parameter ($1) and read as a table `v`
 * with these columns (PostgreSQL types them as `table`'s own).
 */
export function jsonRows(db: Db, table: string, columns: readonly string[]): string {
  if (providerOfDb(db) === "postgresql") return `json_populate_recordset(null::"${table}", $1::json) AS v`;
  return `(SELECT ${columns.map((column) => `value ->> '${column}' AS "${column}"`).join(", ")} FROM json_each($1)) AS v`;
}
