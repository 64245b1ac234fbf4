import "server-only";
import { getDb } from "@/lib/db/client";
import { databaseUrl, providerOf } from "@/lib/db/database-url";
import { DatabasePace } from "@/lib/limits/database-pace";
import { type Pace, Pacer } from "./pacer";

// One pace per TrainingPeaks account, so two imports for the same athlete share one polite pace
// instead of doubling it: across every instance and worker through the database on PostgreSQL,
// in this process on SQLite (one machine, one process).
const pacers = new Map<string, Pace>();

export function pacerFor(accountKey: string, intervalMs: number): Pace {
  const shared = providerOf(databaseUrl()) === "postgresql";
  const id = `${shared ? "db" : "local"}:${intervalMs}:${accountKey}`;
  let pacer = pacers.get(id);
  if (!pacer) {
    pacer = shared ? new DatabasePace(getDb, accountKey, intervalMs) : new Pacer(intervalMs);
    pacers.set(id, pacer);
  }
  return pacer;
}
