import "server-only";
import type { Db } from "@/lib/db/client";
import type { TrainingPeaksCalendar } from "@/lib/trainingpeaks/calendar";
import type { ImportRowView } from "@/lib/imports/wire/import-view";
import type { ClaimedRow } from "@/lib/imports/data/row-claims";
import { recordGone, recordLeftCompleted, recordRemoved, recordUpdated } from "@/lib/imports/data/revision-outcomes";

/**
 * A revised plan's row, as the user chose: the earlier import's workout updated in place with
 * this row's content, or removed. Both are safe to repeat, so a row left in doubt is just sent
 * again. Workouts the athlete completed are left as they are. TrainingPeaks errors are thrown
 * for the engine to handle as for a create.
 */
export async function sendChange(db: Db, client: TrainingPeaksCalendar, token: string, row: ClaimedRow): Promise<ImportRowView> {
  const workoutId = row.tpWorkoutId;
  if (!workoutId) throw new Error(`Row ${row.rowNumber} has no workout to ${row.action}`);
  if (row.action === "update") {
    const outcome = await client.updateWorkout(token, row.athleteId, workoutId, row.workout);
    if (outcome === "completed") return recordLeftCompleted(db, row);
    return outcome === "done" ? recordUpdated(db, row) : recordGone(db, row);
  }
  const outcome = await client.deleteWorkout(token, row.athleteId, workoutId);
  if (outcome === "completed") return recordLeftCompleted(db, row);
  return recordRemoved(db, row, outcome === "gone" ? "It was already gone from TrainingPeaks." : null);
}
