import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { applyMigrations, listMigrations, migrationsDirectory } from "@/lib/db/migrate";
import { TEST_PROVIDERS, type TestDatabase } from "../helpers/database";

describe.each(TEST_PROVIDERS)("the $name database", (provider) => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await provider.create();
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database.drop();
  });

  it("is created from the migrations, once, and every model works through the client", async () => {
    const applied = await applyMigrations(database.url);
    expect(applied).toEqual(listMigrations(migrationsDirectory(), provider.name).map((migration) => migration.name));
    expect(applied.slice(0, 3)).toEqual(["0001_import_jobs", "0002_accounts", "0003_athletes_per_row"]);
    expect(await applyMigrations(database.url)).toEqual([]);
    db = createDb(database.url);

    await db.user.create({ data: { id: "user-1", email: "a@example.com", passwordHash: "scrypt$…" } });
    await db.trainingPeaksConnection.create({
      data: {
        id: "c-1",
        userId: "user-1",
        cookieCiphertext: "jwe",
        cookieLast4: "abcd",
        tpUserId: "1",
        athleteId: null,
        name: "Coach",
        isPremium: null,
        isCoach: true,
        rosterCount: 2,
        timeZone: "Europe/Berlin",
        status: "connected",
        lastVerifiedAt: new Date(),
        tokenCiphertext: null,
        tokenExpiresAt: null,
      },
    });
    await db.columnMapping.create({ data: { id: "m-1", userId: "user-1", headersKey: "0123456789abcdef", roles: '{"Mon":"ignore"}' } });
    await expect(
      db.columnMapping.create({ data: { id: "m-2", userId: "user-1", headersKey: "0123456789abcdef", roles: "{}" } }),
    ).rejects.toMatchObject({ code: "P2002" });
    await db.rateLimitBucket.create({ data: { key: "sign-in:address:local", count: 1, windowStart: new Date() } });
    await db.session.create({ data: { id: "s-1", userId: "user-1", expiresAt: new Date(Date.now() + 60_000) } });
    await expect(db.user.create({ data: { id: "user-2", email: "a@example.com", passwordHash: "x" } })).rejects.toMatchObject({
      code: "P2002",
    });

    await db.importJob.create({
      data: {
        id: "job-1",
        userId: "user-1",
        athleteId: "1",
        athleteName: "A",
        credential: "pasted_token",
        fileName: "f.csv",
        status: "ready",
        pausedReason: null,
        runnerId: "r",
        leaseUntil: new Date(),
        cancelRequested: false,
      },
    });
    await db.importRow.create({
      data: {
        id: "row-1",
        jobId: "job-1",
        rowNumber: 2,
        athleteId: "1",
        athleteName: "A",
        duplicateOf: null,
        workoutDay: "2027-01-04",
        title: "T",
        workoutJson: "{}",
        contentKey: "k",
        status: "created",
        tpWorkoutId: "3000000001",
        error: null,
        attempts: 1,
      },
    });
    await db.ledgerEntry.create({ data: { id: "l-1", athleteId: "1", contentKey: "k", tpWorkoutId: "3000000001", rowId: "row-1" } });
    await expect(db.ledgerEntry.create({ data: { id: "l-2", athleteId: "1", contentKey: "k", rowId: "row-2" } })).rejects.toMatchObject({
      code: "P2002",
    });

    const job = await db.importJob.findUniqueOrThrow({ where: { id: "job-1" }, include: { rows: true } });
    expect(job.rows[0]).toMatchObject({ tpWorkoutId: "3000000001", attempts: 1 });
    await db.importJob.delete({ where: { id: "job-1" } });
    expect(await db.importRow.count()).toBe(0);
    await db.user.delete({ where: { id: "user-1" } });
    expect(await db.trainingPeaksConnection.count()).toBe(0);
    expect(await db.session.count()).toBe(0);
    expect(await db.columnMapping.count()).toBe(0);
  });

  it("rolls a failing migration back whole, leaving nothing half-applied", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "plandrop-migrations-"));
    cpSync(migrationsDirectory(), folder, { recursive: true });
    mkdirSync(path.join(folder, provider.name, "9999_broken"));
    writeFileSync(
      path.join(folder, provider.name, "9999_broken", "migration.sql"),
      `CREATE TABLE "Half" ("id" TEXT);\nCREATE TABLE "ImportJob" ("id" TEXT);`,
    );
    await expect(applyMigrations(database.url, folder)).rejects.toThrow(/Migration 9999_broken failed and was rolled back/);
    await expect(db.$queryRawUnsafe(`SELECT * FROM "Half"`)).rejects.toThrow();
  });
});
