import "server-only";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import pg from "pg";
import { providerOf, sqliteFilePath } from "./database-url";

// Applies prisma/migrations/<provider>/<name>/migration.sql in name order. Each file runs in its
// own transaction together with the row that records it, so a failed migration leaves nothing
// half-applied; both SQLite and PostgreSQL have transactional DDL. Concurrent starts are safe:
// SQLite's write transaction and PostgreSQL's advisory lock let one process apply each file.

const TABLE = `CREATE TABLE IF NOT EXISTS "_plandrop_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)`;
const MIGRATION_LOCK = 727_274_001;

export function migrationsDirectory(): string {
  return path.join(process.cwd(), "prisma", "migrations");
}

export function listMigrations(directory: string, provider: string): { name: string; sql: string }[] {
  const folder = path.join(directory, provider);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(folder, name, "migration.sql"), "utf8") }));
}

/** Applies what has not been applied yet; returns the names it applied. */
export async function applyMigrations(url: string, directory = migrationsDirectory()): Promise<string[]> {
  const provider = providerOf(url);
  const migrations = listMigrations(directory, provider);
  return provider === "postgresql" ? applyOnPostgres(url, migrations) : applyOnSqlite(url, migrations);
}

async function applyOnSqlite(url: string, migrations: { name: string; sql: string }[]): Promise<string[]> {
  const file = sqliteFilePath(url);
  if (file) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const client = createClient({ url });
  const applied: string[] = [];
  try {
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute(TABLE);
    for (const migration of migrations) {
      const transaction = await client.transaction("write");
      try {
        const done = await transaction.execute({ sql: `SELECT 1 FROM "_plandrop_migrations" WHERE "name" = ?`, args: [migration.name] });
        if (done.rows.length === 0) {
          await transaction.executeMultiple(migration.sql);
          await transaction.execute({
            sql: `INSERT INTO "_plandrop_migrations" ("name", "appliedAt") VALUES (?, ?)`,
            args: [migration.name, new Date().toISOString()],
          });
          applied.push(migration.name);
        }
        await transaction.commit();
      } catch (error) {
        await transaction.rollback();
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      } finally {
        transaction.close();
      }
    }
  } finally {
    client.close();
  }
  return applied;
}

async function applyOnPostgres(url: string, migrations: { name: string; sql: string }[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    for (const migration of migrations) {
      await client.query("BEGIN");
      try {
        await client.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
        await client.query(TABLE);
        const done = await client.query(`SELECT 1 FROM "_plandrop_migrations" WHERE "name" = $1`, [migration.name]);
        if (done.rowCount === 0) {
          await client.query(migration.sql);
          await client.query(`INSERT INTO "_plandrop_migrations" ("name", "appliedAt") VALUES ($1, $2)`, [
            migration.name,
            new Date().toISOString(),
          ]);
          applied.push(migration.name);
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      }
    }
  } finally {
    await client.end();
  }
  return applied;
}
