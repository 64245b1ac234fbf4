import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearAttempts, countAttempt } from "@/lib/auth/attempt-limit";
import { createDb, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { TEST_PROVIDERS } from "../helpers/database";

describe("attempts counted across a window's end", () => {
  let db: Db;
  beforeAll(async () => {
    const url = `file:${path.join(os.tmpdir(), `plandrop-limit-${randomUUID()}.db`)}`;
    await applyMigrations(url);
    db = createDb(url);
  });
  afterAll(() => db.$disconnect());

  it("does not let a burst just before and just after a window's end through twice", async () => {
    const limit = [{ key: `test:${randomUUID()}`, max: 5, windowMs: 60_000 }];
    const windowEnd = Math.ceil(Date.now() / 60_000) * 60_000 + 60_000;
    const before = [];
    for (let i = 0; i < 5; i++) before.push(await countAttempt(db, limit, windowEnd - 1_000));
    expect(before.every((verdict) => verdict.refusedForMs === null)).toBe(true);
    const after = [];
    for (let i = 0; i < 5; i++) after.push(await countAttempt(db, limit, windowEnd + 1_000));
    expect(after.filter((verdict) => verdict.refusedForMs === null)).toEqual([]);
  });

  it("refuses the sixth of five allowed attempts when a window ends between the fifth and the sixth", async () => {
    const limit = [{ key: `test:${randomUUID()}`, max: 5, windowMs: 900_000 }];
    const windowEnd = Math.ceil(Date.now() / 900_000) * 900_000 + 900_000;
    for (let i = 0; i < 5; i++) expect((await countAttempt(db, limit, windowEnd - 5_000 + i * 1_000)).refusedForMs).toBeNull();
    expect((await countAttempt(db, limit, windowEnd + 2_000)).refusedForMs).not.toBeNull();
  });

  it("forgets the attempts before a window's end too when the right password is given", async () => {
    const limit = [{ key: `test:${randomUUID()}`, max: 5, windowMs: 60_000 }];
    const windowEnd = Math.ceil(Date.now() / 60_000) * 60_000 + 60_000;
    for (let i = 0; i < 5; i++) await countAttempt(db, limit, windowEnd - 1_000);
    await clearAttempts(db, limit, windowEnd + 1_000);
    expect((await countAttempt(db, limit, windowEnd + 2_000)).refusedForMs).toBeNull();
  });

  it("slows attempts down after `slowAfter`, doubling each time", async () => {
    const limit = [{ key: `test:${randomUUID()}`, max: 10, windowMs: 60_000, slowAfter: 2 }];
    const now = Math.floor(Date.now() / 60_000) * 60_000 + 1_000;
    const delays = [];
    for (let i = 0; i < 5; i++) delays.push((await countAttempt(db, limit, now)).delayMs);
    expect(delays).toEqual([0, 0, 1_000, 2_000, 4_000]);
  });
});

describe.each(TEST_PROVIDERS)("sign-in attempts made at once on two instances ($name)", (provider) => {
  it("lets exactly the allowed number through, however many arrive together", async () => {
    const database = await provider.create();
    await applyMigrations(database.url);
    const instances = [createDb(database.url), createDb(database.url)];
    try {
      const limit = [{ key: `signin:${randomUUID()}`, max: 5, windowMs: 60_000 }];
      const now = Math.floor(Date.now() / 60_000) * 60_000 + 1_000;
      const verdicts = await Promise.all(Array.from({ length: 20 }, (_, i) => countAttempt(instances[i % 2] as Db, limit, now)));
      expect(verdicts.filter((verdict) => verdict.refusedForMs === null)).toHaveLength(5);
    } finally {
      await Promise.all(instances.map((db) => db.$disconnect()));
      await database.drop();
    }
  });
});
