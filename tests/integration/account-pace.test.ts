import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { DatabasePace } from "@/lib/limits/database-pace";
import { Pacer } from "@/lib/trainingpeaks/pacer";
import { TEST_PROVIDERS } from "../helpers/database";

// The shared pace of one TrainingPeaks account, on every database: two instances (two Prisma
// clients, as two servers or workers would have) asking for turns at once keep one pace, and a
// pause one of them records (a 429's Retry-After) holds back the other.

const INTERVAL_MS = 200;

describe.each(TEST_PROVIDERS)("one pace per account shared through the database ($name)", (provider) => {
  async function twoInstances() {
    const database = await provider.create();
    await applyMigrations(database.url);
    const [first, second] = [createDb(database.url), createDb(database.url)];
    // Each client's first query also starts its engine: done before any time is measured.
    await Promise.all([first.importJob.count(), second.importJob.count()]);
    return {
      first,
      second,
      async end() {
        await Promise.all([first.$disconnect(), second.$disconnect()]);
        await database.drop();
      },
    };
  }

  it("spaces the starts of two instances asking at once as one pace", async () => {
    const { first, second, end } = await twoInstances();
    try {
      const paces = [new DatabasePace(async () => first, "tp:1", INTERVAL_MS), new DatabasePace(async () => second, "tp:1", INTERVAL_MS)];
      const starts: number[] = [];
      await Promise.all(
        paces.flatMap((pace) =>
          Array.from({ length: 5 }, async () => {
            await pace.turn();
            starts.push(Date.now());
          }),
        ),
      );
      starts.sort((a, b) => a - b);
      // Ten starts at one pace span nine intervals; two paces side by side would span four. Each
      // start is late by its own reply's time (a loaded machine), hence the margin.
      expect(Math.max(...starts) - Math.min(...starts)).toBeGreaterThanOrEqual(9 * INTERVAL_MS - 400);
    } finally {
      await end();
    }
  });

  it("keeps other accounts' paces apart", async () => {
    const { first, second, end } = await twoInstances();
    try {
      await new DatabasePace(async () => first, "tp:1", 60_000).turn();
      const started = Date.now();
      await new DatabasePace(async () => second, "tp:2", 60_000).turn();
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await end();
    }
  });

  it("holds back the other instance's next start while a 429's Retry-After lasts", async () => {
    const { first, second, end } = await twoInstances();
    try {
      const refused = new DatabasePace(async () => first, "tp:1", 0);
      const other = new DatabasePace(async () => second, "tp:1", 0);
      const pausedAt = Date.now();
      await refused.pauseFor(600);
      await other.turn();
      expect(Date.now() - pausedAt).toBeGreaterThanOrEqual(590);
    } finally {
      await end();
    }
  });

  it("makes a start already waiting for its turn wait out a pause recorded meanwhile", async () => {
    const { first, second, end } = await twoInstances();
    try {
      const waiting = new DatabasePace(async () => first, "tp:1", 300);
      await waiting.turn();
      const started = Date.now();
      const next = waiting.turn().then(() => Date.now() - started); // its start is reserved 300 ms on
      await new DatabasePace(async () => second, "tp:1", 300).pauseFor(1_000);
      expect(await next).toBeGreaterThanOrEqual(950);
    } finally {
      await end();
    }
  });
});

describe("the pace within one process (SQLite)", () => {
  function clock() {
    let now = 1_000;
    const waits: number[] = [];
    return {
      now: () => now,
      waits,
      sleep: async (ms: number) => {
        waits.push(ms);
        now += ms;
      },
    };
  }

  it("spaces starts by the interval", async () => {
    const time = clock();
    const pacer = new Pacer(150, time.sleep, time.now);
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      await pacer.turn();
      starts.push(time.now());
    }
    expect(starts).toEqual([1_000, 1_150, 1_300]);
  });

  it("keeps to the pace on average when a wake-up comes late", async () => {
    const time = clock();
    const late = async (ms: number) => {
      time.waits.push(ms);
      await time.sleep(ms + 40);
    };
    const pacer = new Pacer(150, late, time.now);
    const starts: number[] = [];
    for (let i = 0; i < 4; i++) {
      await pacer.turn();
      starts.push(time.now());
    }
    expect(starts).toEqual([1_000, 1_190, 1_340, 1_490]);
  });

  it("makes a start already waiting for its turn wait out a pause recorded meanwhile", async () => {
    const time = clock();
    let paused = false;
    // A 429 elsewhere pauses the pace while this start waits for its turn.
    const pausing = async (ms: number) => {
      if (!paused) {
        paused = true;
        await pacer.pauseFor(1_000);
      }
      await time.sleep(ms);
    };
    const pacer: Pacer = new Pacer(150, pausing, time.now);
    await pacer.turn();
    await pacer.turn();
    expect(time.now()).toBe(2_000); // not at 1,150, its turn before the pause
  });

  it("waits out a pause before the next start", async () => {
    const time = clock();
    const pacer = new Pacer(150, time.sleep, time.now);
    await pacer.turn();
    await pacer.pauseFor(5_000);
    await pacer.turn();
    expect(time.now()).toBe(6_000);
  });
});
