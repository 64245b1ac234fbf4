import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach } from "vitest";
import { createDb, type Db, getDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";

// Fresh databases for tests: always a SQLite file, and a PostgreSQL database too when
// TEST_DATABASE_URL names a server (CI names the one on 127.0.0.1:5432).

export type TestDatabase = { url: string; drop(): Promise<void> };
export type TestProvider = { name: "sqlite" | "postgresql"; create(): Promise<TestDatabase> };

export const TEST_PROVIDERS: TestProvider[] = [
  {
    name: "sqlite",
    async create() {
      const file = path.join(os.tmpdir(), `plandrop-test-${randomUUID()}.db`);
      return {
        url: `file:${file}`,
        drop: async () => {
          for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
        },
      };
    },
  },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: "postgresql" as const, create: () => createPostgresDatabase(process.env.TEST_DATABASE_URL as string) }]
    : []),
];

async function createPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `plandrop_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/**
 * A fresh database of this provider for every test of the calling describe block, made the app's
 * DATABASE_URL (the ledger remembers what earlier tests imported, so tests must not share one).
 */
export function useFreshAppDatabase(provider: TestProvider): { current: TestDatabase } {
  const database = {} as { current: TestDatabase };
  beforeEach(async () => {
    database.current = await provider.create();
    process.env.DATABASE_URL = database.current.url;
  });
  afterEach(async () => {
    await (await getDb()).$disconnect();
    await database.current.drop();
  });
  return database;
}

/** A fresh, migrated database of this provider for every test of the calling describe block, with its client. */
export function useMigratedDatabase(provider: TestProvider): { readonly db: Db } {
  let database: TestDatabase;
  let db: Db;
  beforeEach(async () => {
    database = await provider.create();
    await applyMigrations(database.url);
    db = createDb(database.url);
  });
  afterEach(async () => {
    await db.$disconnect();
    await database.drop();
  });
  return {
    get db() {
      return db;
    },
  };
}
