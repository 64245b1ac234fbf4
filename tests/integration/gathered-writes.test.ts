import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { reserveLedgerEntry } from "@/lib/imports/data/ledger-entries";
import { type ClaimedRow, claimPendingRows, createRowClaimer } from "@/lib/imports/data/row-claims";
import { recordCreated } from "@/lib/imports/data/row-outcomes";
import { captureLogs } from "@/lib/log";
import { TEST_PROVIDERS, useMigratedDatabase } from "../helpers/database";
import { parseOk } from "../helpers/plans";

// The engine's hot writes as the database makes them: a wave of senders' reservations in one
// INSERT, their results in one statement per table. A statement that fails is made again call by
// call and says so in the log; these tests hear of it, so a gathered statement that does not work
// on one database cannot hide behind the one-by-one path.

const PLAN = "date,sport,title,duration\n2027-05-01,Run,Easy run,45\n2027-05-02,Bike,Long ride,120\n2027-05-03,Swim,Drills,40\n";

describe.each(TEST_PROVIDERS)("writes a wave of senders makes together ($name)", (provider) => {
  const database = useMigratedDatabase(provider);

  const jobFor = (athleteId = "1234567") =>
    createImportJob(database.db, {
      credential: "pasted_token",
      fileName: "plan.csv",
      athletes: [{ athleteId, athleteName: "Jane Doe", rows: parseOk(PLAN).rows }],
    });

  async function claimAll(athleteId = "1234567"): Promise<ClaimedRow[]> {
    const claim = createRowClaimer(database.db, (await jobFor(athleteId)).id);
    const rows = await Promise.all([claim(), claim(), claim()]);
    return rows.filter((row): row is ClaimedRow => row !== null);
  }

  async function quietly<T>(work: () => Promise<T>): Promise<T> {
    const capture = captureLogs();
    try {
      return await work();
    } finally {
      capture.stop();
      expect(capture.lines.filter((line) => line.includes("one by one"))).toEqual([]);
    }
  }

  it("reserves each sender's workout, tells a second import's sender the workout is taken, and gives the id of one already sent", async () => {
    const first = await claimAll();
    const second = await claimAll(); // the same plan imported again for the same athlete
    const [run, ride] = second as [ClaimedRow, ClaimedRow, ClaimedRow];
    await database.db.ledgerEntry.create({
      data: { id: randomUUID(), athleteId: "1234567", contentKey: ride.contentKey, rowId: "an earlier row", tpWorkoutId: "tp-77" },
    });
    const answers = await quietly(() => Promise.all([...first, run].map((row) => reserveLedgerEntry(database.db, row))));
    expect(answers).toEqual(["ours", { tpWorkoutId: "tp-77" }, "ours", "taken"]);
    const entries = await database.db.ledgerEntry.findMany({
      where: { rowId: { in: first.map((row) => row.id) } },
      orderBy: { workoutDay: "asc" },
    });
    expect(entries.map((entry) => [entry.rowId, entry.workoutDay, entry.sport, entry.slot, entry.planKey, entry.tpWorkoutId])).toEqual(
      [first[0], first[2]].map((row) => [row?.id, row?.workout.date, row?.workout.sport, row?.slot, row?.planKey, null]),
    );
    expect(entries.every((entry) => entry.createdAt instanceof Date && Date.now() - entry.createdAt.getTime() < 60_000)).toBe(true);
  });

  it("records each sender's created workout on its row and in the ledger, with the time it was recorded", async () => {
    const rows = await claimAll();
    await Promise.all(rows.map((row) => reserveLedgerEntry(database.db, row)));
    const before = Date.now();
    await quietly(() => Promise.all(rows.map((row, index) => recordCreated(database.db, row, `tp-${index}`))));
    const stored = await database.db.importRow.findMany({ where: { id: { in: rows.map((row) => row.id) } } });
    expect(
      rows.map((row) => stored.find((candidate) => candidate.id === row.id)).map((row) => [row?.status, row?.tpWorkoutId, row?.error]),
    ).toEqual([
      ["created", "tp-0", null],
      ["created", "tp-1", null],
      ["created", "tp-2", null],
    ]);
    expect(stored.every((row) => row.updatedAt.getTime() >= before - 1_000)).toBe(true);
    const ledger = await database.db.ledgerEntry.findMany({ where: { rowId: { in: rows.map((row) => row.id) } } });
    expect(rows.map((row) => ledger.find((entry) => entry.rowId === row.id)?.tpWorkoutId)).toEqual(["tp-0", "tp-1", "tp-2"]);
  });

  it("claims the rows of a worker's imports asking at once with one statement, each row for the first to ask and once", async () => {
    const [first, second] = await Promise.all([jobFor("1234567"), jobFor("7654321")]);
    const idsOf = async (jobId: string) =>
      (await database.db.importRow.findMany({ where: { jobId }, orderBy: { rowNumber: "asc" }, select: { id: true } })).map(
        (row) => row.id,
      );
    const [a, b] = await Promise.all([idsOf(first.id), idsOf(second.id)]);
    const claim = claimPendingRows(database.db);
    const claimed = await quietly(() => Promise.all([claim(a.slice(0, 2)), claim(b), claim([a[0] as string]), claim(a.slice(2))]));
    expect(claimed.map((rows) => rows.map((row) => [row.id, row.attempts]))).toEqual([
      a.slice(0, 2).map((id) => [id, 1]),
      b.map((id) => [id, 1]),
      [],
      a.slice(2).map((id) => [id, 1]),
    ]);
    expect(await claim(b)).toEqual([]); // no longer pending
  });
});
