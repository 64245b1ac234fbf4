import "server-only";
import type { Db } from "@/lib/db/client";
import type { TrainingPeaksCalendar } from "@/lib/trainingpeaks/calendar";
import { looksTheSame } from "@/lib/imports/ledger/same-workout";
import type { ImportRowView } from "@/lib/imports/wire/import-view";
import type { ClaimedRow } from "@/lib/imports/data/row-claims";
import { storedRowView } from "@/lib/imports/data/row-views";
import { knownWorkoutIds } from "@/lib/imports/data/ledger-entries";
import { getImportRow, recordStrayWorkoutIds } from "@/lib/imports/data/row-records";
import type { TokenSource } from "./token-source";

/**
 * The last look of a run. For each row whose create had an unknown outcome (a timeout, a 5xx, a
 * crash), the athlete's day is read again: a workout there that matches the row and that nothing
 * PlanDrop knows of accounts for (no ledger entry, not this or another row's workout, not the
 * workout the duplicate check found before sending) was made by a create whose answer never came.
 * It is recorded on the row, so Undo deletes it too, and the row says so in its result.
 */
export async function recordStrayWorkouts(
  db: Db,
  client: TrainingPeaksCalendar,
  tokens: TokenSource,
  doubtful: ClaimedRow[],
  onRow?: (row: ImportRowView) => void,
) {
  const checked = new Set<string>();
  for (const row of doubtful) {
    if (checked.has(row.id)) continue;
    checked.add(row.id);
    const current = await getImportRow(db, row.id);
    if (current?.status !== "created") continue;
    const day = row.workout.date;
    const matching = (await client.listWorkouts(await tokens.token(), row.athleteId, day, day))
      .filter((found) => looksTheSame(found, row.workout))
      .map((found) => found.workoutId);
    const known = await knownWorkoutIds(db, row.athleteId, matching);
    const strays = matching.filter((id) => !known.has(id)); // known holds this row's own workout and the one it was found beside
    if (strays.length === 0) continue;
    const error = `TrainingPeaks made this workout ${strays.length + 1} times after answering too slowly; Undo import removes every copy.`;
    await recordStrayWorkoutIds(db, row.id, [...strayIdsOf(current.strayWorkoutIds), ...strays].join(","), error);
    onRow?.(storedRowView(current, "created", error));
  }
}

export function strayIdsOf(stored: string | null): string[] {
  return (stored ?? "").split(",").filter(Boolean);
}
