import "server-only";
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

const providers = new WeakMap<object, "sqlite" | "postgresql">();

export function createDb(url: string): Db {
  const provider = providerOf(url);
  const db =
    provider === "postgresql"
      ? (new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db)
      : new SqliteClient({ adapter: new PrismaLibSql({ url }) });
  providers.set(db, provider);
  return db;
}

/** Which database a client talks to, for the few statements written per provider. */
export function providerOfDb(db: Db): "sqlite" | "postgresql" {
  return providers.get(db) ?? "sqlite";
}

/** The database, migrated on first use so a fresh machine needs no set-up step. */
export function getDb(): Promise<Db> {
  const url = databaseUrl();
  if (!cache.plandropDb || cache.plandropDbUrl !== url) {
    cache.plandropDbUrl = url;
    cache.plandropDb = applyMigrations(url).then(() => createDb(url));
    cache.plandropDb.catch(() => {
      cache.plandropDb = undefined;
    });
  }
  return cache.plandropDb;
}
