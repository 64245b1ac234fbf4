import type { Db } from "@/lib/db/client";

// Counts failures per key (an account, an address) in a fixed window kept in the database, so
// every app instance sees the same counts.

export type Limit = { key: string; max: number; windowMs: number };

/** Minutes until the first exhausted key frees up, or null when every key is still under its limit. */
export async function blockedForMinutes(db: Db, limits: Limit[], now = new Date()): Promise<number | null> {
  let longest: number | null = null;
  for (const limit of limits) {
    const bucket = await db.rateLimitBucket.findUnique({ where: { key: limit.key } });
    if (!bucket || bucket.count < limit.max) continue;
    const remaining = bucket.windowStart.getTime() + limit.windowMs - now.getTime();
    if (remaining > 0) longest = Math.max(longest ?? 0, Math.ceil(remaining / 60_000));
  }
  return longest;
}

export async function countFailure(db: Db, limits: Limit[], now = new Date()) {
  for (const limit of limits) {
    const bucket = await db.rateLimitBucket.findUnique({ where: { key: limit.key } });
    const expired = !bucket || bucket.windowStart.getTime() + limit.windowMs <= now.getTime();
    await db.rateLimitBucket.upsert({
      where: { key: limit.key },
      create: { key: limit.key, count: 1, windowStart: now },
      update: expired ? { count: 1, windowStart: now } : { count: { increment: 1 } },
    });
  }
}

export async function clearFailures(db: Db, keys: string[]) {
  await db.rateLimitBucket.deleteMany({ where: { key: { in: keys } } });
}
