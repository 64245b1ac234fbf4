import "server-only";
import type { Db } from "@/lib/db/client";
import { type PlannedWorkout, plannedWorkoutSchema } from "@/lib/plans/workout";

// What the ledger says earlier imports put on a calendar, for a new plan's comparison with them
// (create/compare-with-earlier.ts).

const KEYS_PER_QUERY = 500;

/** Every workout an earlier import of this plan (file) made on the athlete's calendar, newest first. */
export async function ledgerEntriesOfPlan(db: Db, athleteId: string, planKey: string) {
  return db.ledgerEntry.findMany({ where: { athleteId, planKey, tpWorkoutId: { not: null } }, orderBy: { createdAt: "desc" } });
}

/** Ledger entries of workouts made with these contents, asked in slices small enough for SQLite's parameter limit. */
export async function ledgerEntriesWithContent(db: Db, athleteId: string, keys: string[]) {
  const found = new Map<string, { id: string; tpWorkoutId: string }>();
  for (let start = 0; start < keys.length; start += KEYS_PER_QUERY) {
    const entries = await db.ledgerEntry.findMany({
      where: { athleteId, contentKey: { in: keys.slice(start, start + KEYS_PER_QUERY) }, tpWorkoutId: { not: null } },
      select: { id: true, contentKey: true, tpWorkoutId: true },
    });
    for (const entry of entries) found.set(entry.contentKey, { id: entry.id, tpWorkoutId: entry.tpWorkoutId as string });
  }
  return found;
}

/** The rows that made (or last updated) these ledger entries' workouts, by id, in slices as above. */
export async function earlierRowsById(db: Db, ids: string[]) {
  const found = new Map<string, { jobId: string; title: string; workout: PlannedWorkout | null }>();
  for (let start = 0; start < ids.length; start += KEYS_PER_QUERY) {
    const rows = await db.importRow.findMany({
      where: { id: { in: ids.slice(start, start + KEYS_PER_QUERY) } },
      select: { id: true, jobId: true, title: true, workoutJson: true },
    });
    for (const row of rows) {
      const parsed = row.workoutJson ? plannedWorkoutSchema.safeParse(JSON.parse(row.workoutJson)) : null;
      found.set(row.id, { jobId: row.jobId, title: row.title, workout: parsed?.success ? parsed.data : null });
    }
  }
  return found;
}
