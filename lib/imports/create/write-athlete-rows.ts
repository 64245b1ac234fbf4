import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { plannedWorkoutSchema } from "@/lib/plans/workout";
import { compareWithEarlier } from "./compare-with-earlier";
import { insertImportRows, ROWS_PER_INSERT, type Tx } from "@/lib/imports/data/insert-rows";
import type { AthleteRows } from "./create-import-job";
import { rowKeyOf } from "@/lib/imports/ledger/row-key";
import { contentKeysOf, type Slot, slotsOf } from "@/lib/imports/ledger/same-workout";

// One athlete's rows of a new job, written in batches as they are made: only one athlete's plan
// and one batch of rows are in memory at a time (the largest allowed job has 50,000 rows).

/** Rows that still wait to be sent or for the user's choice. */
export const AWAITING: readonly string[] = ["pending", "duplicate", "changed", "missing"];

/** Writes the athlete's rows into the job; says whether any of them awaits sending or a choice. */
export async function writeAthleteRows(
  tx: Tx,
  provider: "sqlite" | "postgresql",
  jobId: string,
  planKey: string,
  athlete: AthleteRows,
): Promise<boolean> {
  const keyed = athlete.rows.map((row) => {
    // The preview asked the same schema (lib/plans/check-workout.ts); a row it still refuses here
    // (changed since, e.g. by resolving its steps) is that row's error, never the whole plan's.
    const checked = row.workout ? plannedWorkoutSchema.safeParse(row.workout) : null;
    const workout = checked?.success ? checked.data : null;
    const refusal =
      checked && !checked.success
        ? `This workout cannot be sent as read: its ${checked.error.issues.map((found) => found.path.join(".")).join(", ")} ${checked.error.issues.length === 1 ? "is" : "are"} not what TrainingPeaks takes.`
        : null;
    return { row, rowKey: rowKeyOf(row), workout, refusal, key: "" };
  });
  const workouts = keyed.flatMap(({ workout }) => (workout ? [workout] : []));
  const keys = contentKeysOf(workouts);
  keyed
    .filter(({ workout }) => workout)
    .forEach((entry, index) => {
      entry.key = keys[index] as string;
    });
  const slots = slotsOf(workouts);
  const comparison = await compareWithEarlier(
    tx as unknown as Db,
    athlete.athleteId,
    planKey,
    keyed.flatMap(({ rowKey, workout, key }) => (workout ? [{ rowKey, workout, contentKey: key, slot: slots.get(rowKey) as Slot }] : [])),
  );

  const who = { jobId, athleteId: athlete.athleteId, athleteName: athlete.athleteName };
  let batch: Prisma.ImportRowCreateManyInput[] = [];
  let awaiting = false;
  const add = async (row: Prisma.ImportRowCreateManyInput) => {
    batch.push(row);
    awaiting ||= AWAITING.includes(row.status ?? "");
    if (batch.length < ROWS_PER_INSERT) return;
    await insertImportRows(tx, provider, batch);
    batch = [];
  };
  for (const { row, rowKey, workout, refusal, key } of keyed) {
    const earlier = comparison.unchanged.get(rowKey);
    const changed = comparison.changed.get(rowKey);
    const duplicateOf = workout && !earlier && !changed ? (athlete.duplicates?.get(rowKey) ?? null) : null;
    await add({
      ...who,
      id: randomUUID(),
      rowNumber: row.rowNumber,
      part: row.part ?? 0,
      workoutDay: workout?.date ?? row.fields.date ?? "",
      title: workout?.title ?? row.fields.title ?? "",
      workoutJson: workout ? JSON.stringify(workout) : "",
      contentKey: key,
      slot: slots.get(rowKey)?.slot ?? 0,
      action: changed ? "update" : "create",
      replacesRowId: changed?.earlier.rowId ?? null,
      change: changed?.change ?? null,
      status: !workout ? "invalid" : earlier ? "already_imported" : changed ? "changed" : duplicateOf ? "duplicate" : "pending",
      tpWorkoutId: earlier ?? changed?.earlier.tpWorkoutId ?? null,
      duplicateOf,
      error: workout
        ? (athlete.notes?.get(rowKey) ?? null)
        : (refusal ??
          row.issues
            .filter((issue) => issue.severity === "error")
            .map((issue) => issue.message)
            .join(" ")),
    });
  }
  for (const [index, gone] of comparison.missing.entries()) {
    await add({
      ...who,
      id: randomUUID(),
      rowNumber: -(index + 1),
      part: 0, // every row names every column: PostgreSQL's batched INSERT takes its columns from the first row
      workoutDay: gone.slot.workoutDay,
      title: gone.title,
      workoutJson: gone.workout ? JSON.stringify(gone.workout) : "",
      contentKey: gone.contentKey,
      slot: gone.slot.slot,
      action: "remove",
      replacesRowId: gone.rowId,
      change: "Not in this version of the plan.",
      status: "missing",
      tpWorkoutId: gone.tpWorkoutId,
      duplicateOf: null,
      error: null,
    });
  }
  await insertImportRows(tx, provider, batch);
  return awaiting;
}
