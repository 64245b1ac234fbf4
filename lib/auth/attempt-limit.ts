import "server-only";
import type { Db } from "@/lib/db/client";

// Attempts (sign-ins, sign-ups) counted per key in windows kept in the database, so every app
// instance sees the same counts. An attempt is counted before it is checked, with one atomic
// INSERT … ON CONFLICT DO UPDATE … RETURNING (Prisma's native upsert on SQLite and PostgreSQL),
// so parallel requests each get their own number and cannot all slip under the limit.

export type Limit = {
  key: string;
  /** Attempts allowed in one window; the next ones are refused until the window ends. */
  max: number;
  windowMs: number;
  /** Attempts after this many wait before being checked, twice as long each time (up to 8 s). */
  slowAfter?: number;
};
export type AttemptVerdict = { refusedForMs: number | null; delayMs: number };

const MAX_DELAY_MS = 8_000;
const KEEP_MS = 24 * 3600_000;

/** Counts one attempt against every limit; says whether it is refused, or how long it must wait first. */
export async function countAttempt(db: Db, limits: Limit[], now = Date.now()): Promise<AttemptVerdict> {
  let refusedForMs: number | null = null;
  let delayMs = 0;
  for (const limit of limits) {
    const window = Math.floor(now / limit.windowMs);
    const windowStart = new Date(window * limit.windowMs);
    const key = `${limit.key}:${window}`;
    const { count: current } = await db.rateLimitBucket.upsert({
      where: { key },
      create: { key, count: 1, windowStart },
      update: { count: { increment: 1 } },
    });
    if (current === 1) await forgetOldWindows(db, now);
    // A sliding window: the previous window's attempts count for the part of it still in reach,
    // so a burst across a window's end is not counted twice as small. Not rounded down: just after
    // a window's end, 5 earlier attempts weigh 4.99, and rounding that to 4 would let a sixth through.
    const previous =
      (await db.rateLimitBucket.findUnique({ where: { key: `${limit.key}:${window - 1}` }, select: { count: true } }))?.count ?? 0;
    const stillInReach = 1 - (now - windowStart.getTime()) / limit.windowMs;
    const count = current + previous * stillInReach;
    if (count > limit.max) refusedForMs = Math.max(refusedForMs ?? 0, windowStart.getTime() + limit.windowMs - now);
    else if (limit.slowAfter !== undefined && count > limit.slowAfter)
      delayMs = Math.max(delayMs, Math.min(MAX_DELAY_MS, 1_000 * 2 ** (Math.ceil(count) - limit.slowAfter - 1)));
  }
  return { refusedForMs, delayMs };
}

/** Forgets the attempts counted under these keys in the windows still in reach (a right password). */
export async function clearAttempts(db: Db, limits: Limit[], now = Date.now()) {
  const keys = limits.flatMap((limit) => {
    const window = Math.floor(now / limit.windowMs);
    return [`${limit.key}:${window}`, `${limit.key}:${window - 1}`];
  });
  await db.rateLimitBucket.deleteMany({ where: { key: { in: keys } } });
}

async function forgetOldWindows(db: Db, now: number) {
  await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now - KEEP_MS) } } });
}
