import "server-only";
import { type Db, providerOfDb } from "@/lib/db/client";
import { type Pace, type Sleep, sleep as realSleep } from "@/lib/trainingpeaks/pacer";

// One pace per key shared through the database by every instance and worker (PostgreSQL; SQLite
// runs in one process and keeps its pace in memory, though this works there too). Each turn
// reserves the next start with one atomic INSERT … ON CONFLICT DO UPDATE … RETURNING, so two
// workers asking at once get starts `intervalMs` apart; a 429 moves the key's pause forward the
// same way. Times are on the database's clock: instances whose clocks differ still keep one pace.

type Reserved = { startMs: bigint | number; nowMs: bigint | number };
type Waiting = { waitMs: bigint | number };

const NOW = {
  postgresql: `(extract(epoch from clock_timestamp()) * 1000)::bigint`,
  sqlite: `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`,
} as const;
const GREATEST = { postgresql: "GREATEST", sqlite: "MAX" } as const;

export class DatabasePace implements Pace {
  constructor(
    private readonly database: () => Promise<Db>,
    private readonly key: string,
    private readonly intervalMs: number,
    private readonly wait: Sleep = realSleep,
  ) {}

  async turn(): Promise<void> {
    const db = await this.database();
    const provider = providerOfDb(db);
    const now = NOW[provider];
    for (;;) {
      const [reserved] = await db.$queryRawUnsafe<Reserved[]>(
        `INSERT INTO "AccountPace" AS p ("key", "nextStartMs", "pausedUntilMs") VALUES ($1, ${now} + $2, 0)
         ON CONFLICT ("key") DO UPDATE SET "nextStartMs" = ${GREATEST[provider]}(${now}, p."nextStartMs", p."pausedUntilMs") + $2
         RETURNING "nextStartMs" - $2 AS "startMs", ${now} AS "nowMs"`,
        this.key,
        this.intervalMs,
      );
      if (!reserved) throw new Error("The pace reservation returned no row.");
      const waitMs = Number(reserved.startMs) - Number(reserved.nowMs);
      if (waitMs <= 0) return; // the reservation itself saw no pause
      await this.wait(waitMs);
      // A 429 may have paused the key while this start waited: then it takes a later one.
      const [paused] = await db.$queryRawUnsafe<Waiting[]>(
        `SELECT "pausedUntilMs" - ${now} AS "waitMs" FROM "AccountPace" WHERE "key" = $1`,
        this.key,
      );
      if (!paused || Number(paused.waitMs) <= 0) return;
    }
  }

  async pauseFor(ms: number): Promise<void> {
    const db = await this.database();
    const provider = providerOfDb(db);
    const now = NOW[provider];
    await db.$executeRawUnsafe(
      `INSERT INTO "AccountPace" AS p ("key", "nextStartMs", "pausedUntilMs") VALUES ($1, 0, ${now} + $2)
       ON CONFLICT ("key") DO UPDATE SET "pausedUntilMs" = ${GREATEST[provider]}(p."pausedUntilMs", ${now} + $2)`,
      this.key,
      Math.max(0, Math.round(ms)),
    );
  }
}
