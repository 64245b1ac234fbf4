import "server-only";
import type { Db } from "@/lib/db/client";
import { plannedWorkoutSchema } from "@/lib/plans/workout";
import type { TrainingPeaksCalendar } from "@/lib/trainingpeaks/calendar";
import type { RowStatus } from "@/lib/imports/wire/import-view";
import { dropLedgerEntry, pointLedgerEntryAt } from "@/lib/imports/data/ledger-entries";
import { COMPLETED_NOTE } from "@/lib/imports/data/revision-outcomes";
import { getImportRow } from "@/lib/imports/data/row-records";

type UpdatedRow = { id: string; athleteId: string; tpWorkoutId: string | null; replacesRowId: string | null };

/**
 * Undo of an update: the workout gets the earlier row's content back (GET, merge, PUT again) and
 * the ledger points at that earlier row once more. TrainingPeaks errors are thrown to the caller.
 */
export async function revertUpdate(
  db: Db,
  client: TrainingPeaksCalendar,
  token: string,
  row: UpdatedRow,
): Promise<{ status: RowStatus; note: string | null }> {
  const earlier = row.replacesRowId ? await getImportRow(db, row.replacesRowId) : null;
  const parsed = earlier?.workoutJson ? plannedWorkoutSchema.safeParse(JSON.parse(earlier.workoutJson)) : null;
  if (!earlier || !parsed?.success || !row.tpWorkoutId)
    return { status: "revert_failed", note: "Not put back: PlanDrop no longer has the earlier version of this workout." };

  const outcome = await client.updateWorkout(token, row.athleteId, row.tpWorkoutId, parsed.data);
  if (outcome === "completed") return { status: "kept", note: COMPLETED_NOTE };
  if (outcome === "gone") {
    await dropLedgerEntry(db, row.athleteId, row.tpWorkoutId);
    return { status: "reverted", note: "It was already gone from TrainingPeaks." };
  }
  await pointLedgerEntryAt(db, row.athleteId, row.tpWorkoutId, earlier, parsed.data.sport);
  return { status: "reverted", note: null };
}
