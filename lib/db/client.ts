import { PrismaLibSql } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { databaseUrl, providerOf } from "./database-url";
import { applyMigrations } from "./migrate";

/**
 * One Prisma client per process for DATABASE_URL (SQLite by default, PostgreSQL when the URL
 * says so). The two generated clients have identical models (a test checks the schemas), so
 * the SQLite client's type describes both.
 */
export type Db = SqliteClient;

const cache = globalThis as unknown as { plandropDb?: Promise<Db>; plandropDbUrl?: string };

export function createDb(url: string): Db {
  if (providerOf(url) === "postgresql") {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaLibSql({ url }) });
}

/** The database, migrated on first use so a fresh machine needs no set-up step. */
export function getDb(): Promise<Db> {
  const url = databaseUrl();
  if (!cache.plandropDb || cache.plandropDbUrl !== url) {
    cache.plandropDbUrl = url;
    cache.plandropDb = applyMigrations(url).then(() => createDb(url));
    cache.plandropDb.catch(() => { cache.plandropDb = undefined; });
  }
  return cache.plandropDb;
}
