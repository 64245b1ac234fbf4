import { describe, expect, it } from "vitest";
import { commitTogether } from "@/lib/imports/data/commit-together";
import { TEST_PROVIDERS, useMigratedDatabase } from "../helpers/database";

// The engine's writes from many senders at once: on PostgreSQL those arriving together share one
// commit; on every database each caller hears of its own write only.

describe.each(TEST_PROVIDERS)("writes made together ($name)", (provider) => {
  const database = useMigratedDatabase(provider);

  it("makes every sender's writes, and fails only the sender whose write failed", async () => {
    const { db } = database;
    const keys = Array.from({ length: 12 }, (_, i) => `k${i}`);
    const outcomes = await Promise.allSettled([
      ...keys.map((key) =>
        commitTogether(db, (client) => [client.rateLimitBucket.create({ data: { key, count: 1, windowStart: new Date() } })]),
      ),
      commitTogether(db, (client) => [client.rateLimitBucket.update({ where: { key: "nobody" }, data: { count: 2 } })]),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([...keys.map(() => "fulfilled"), "rejected"]);
    expect(await db.rateLimitBucket.count()).toBe(keys.length);
  });

  it("keeps an atomic caller's writes together when one of them fails", async () => {
    const { db } = database;
    const made = commitTogether(
      db,
      (client) => [
        client.rateLimitBucket.create({ data: { key: "first", count: 1, windowStart: new Date() } }),
        client.rateLimitBucket.update({ where: { key: "nobody" }, data: { count: 2 } }),
      ],
      { atomic: true },
    );
    await expect(made).rejects.toThrow();
    expect(await db.rateLimitBucket.count()).toBe(0);
  });
});
