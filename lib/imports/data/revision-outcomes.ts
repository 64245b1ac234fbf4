import "server-only";
import type { Db } from "@/lib/db/client";
import type { ImportRowView, RowStatus } from "@/lib/imports/wire/import-view";
import type { ClaimedRow } from "./row-claims";
import { rowView } from "./row-views";
import type { RevisionChoice } from "@/lib/imports/wire/requests";

// The database side of a revised plan: the user's choices, and the ledger kept true as earlier
// workouts are updated, removed, kept or put back.

/** Applies the user's choice to every row of a group that still waits for it; returns how many rows it moved. */
export async function decideRevision(db: Db, jobId: string, choice: RevisionChoice): Promise<number> {
  const where = { jobId, status: choice.group };
  if (choice.action === "update" || choice.action === "remove")
    return (await db.importRow.updateMany({ where, data: { status: "pending" } })).count;
  if (choice.action === "skip") return (await db.importRow.updateMany({ where, data: { status: "skipped" } })).count;

  // "Add as new" and "Keep them": the earlier workouts stay on the calendar, no longer part of this plan.
  const rows = await db.importRow.findMany({ where, select: { athleteId: true, tpWorkoutId: true } });
  await detachFromPlan(db, rows);
  const data =
    choice.action === "add" ? { status: "pending", action: "create", tpWorkoutId: null, replacesRowId: null } : { status: "kept" };
  return (await db.importRow.updateMany({ where, data })).count;
}

async function detachFromPlan(db: Db, rows: { athleteId: string; tpWorkoutId: string | null }[]) {
  for (const athleteId of new Set(rows.map((row) => row.athleteId))) {
    const ids = rows.filter((row) => row.athleteId === athleteId && row.tpWorkoutId).map((row) => row.tpWorkoutId as string);
    await db.ledgerEntry.updateMany({ where: { athleteId, tpWorkoutId: { in: ids } }, data: { planKey: "" } });
  }
}

/** The earlier workout now holds this row's content: the ledger says so (so the same revision finds it unchanged). */
export async function recordUpdated(db: Db, row: ClaimedRow): Promise<ImportRowView> {
  await db.ledgerEntry.updateMany({
    where: { athleteId: row.athleteId, tpWorkoutId: row.tpWorkoutId },
    data: { contentKey: row.contentKey, rowId: row.id, workoutDay: row.workout.date, sport: row.workout.sport, slot: row.slot },
  });
  return finish(db, row, "updated", null);
}

export async function recordRemoved(db: Db, row: ClaimedRow, note: string | null): Promise<ImportRowView> {
  await db.ledgerEntry.deleteMany({ where: { athleteId: row.athleteId, tpWorkoutId: row.tpWorkoutId } });
  return finish(db, row, "removed", note);
}

/** The athlete did this workout: it is left as it is, and no longer counts as part of the plan. */
export async function recordLeftCompleted(db: Db, row: ClaimedRow): Promise<ImportRowView> {
  await detachFromPlan(db, [row]);
  return finish(db, row, "kept", COMPLETED_NOTE);
}

/** The workout to update was deleted in TrainingPeaks: the ledger forgets it, and a retry of the row adds it as new. */
export async function recordGone(db: Db, row: ClaimedRow): Promise<ImportRowView> {
  const error = "The earlier workout is no longer on TrainingPeaks (deleted there?); press Retry failed rows to add this one as new.";
  await db.ledgerEntry.deleteMany({ where: { athleteId: row.athleteId, tpWorkoutId: row.tpWorkoutId } });
  await db.importRow.update({
    where: { id: row.id },
    data: { status: "failed", error, action: "create", tpWorkoutId: null, replacesRowId: null },
  });
  return rowView(row, "failed", null, error);
}

export const COMPLETED_NOTE = "The athlete has completed this workout; PlanDrop does not change completed workouts.";

async function finish(db: Db, row: ClaimedRow, status: RowStatus, note: string | null): Promise<ImportRowView> {
  await db.importRow.update({ where: { id: row.id }, data: { status, error: note } });
  return rowView(row, status, row.tpWorkoutId, note);
}
