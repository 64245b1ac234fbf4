// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded SQLite file).
import nextEnv from "@next/env";
import { databaseUrl, providerOf } from "../lib/db/database-url";
import { applyMigrations } from "../lib/db/migrate";

nextEnv.loadEnvConfig(process.cwd()); // the same .env files the app reads
const url = databaseUrl();
const applied = await applyMigrations(url);
console.log(
  applied.length === 0
    ? `Database (${providerOf(url)}) is up to date.`
    : `Applied ${applied.length} migration(s) to the ${providerOf(url)} database: ${applied.join(", ")}`,
);
