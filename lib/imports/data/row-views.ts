import "server-only";
import type { ImportRowView, RowStatus } from "@/lib/imports/wire/import-view";
import type { ClaimedRow } from "./row-claims";

/** The view of a row as stored, with the status and result it has now. */
export function storedRowView(
  row: Pick<ImportRowView, "rowNumber" | "part" | "athleteId" | "athleteName" | "workoutDay" | "title" | "tpWorkoutId" | "duplicateOf">,
  status: RowStatus,
  error: string | null,
): ImportRowView {
  return {
    rowNumber: row.rowNumber,
    part: row.part,
    athleteId: row.athleteId,
    athleteName: row.athleteName,
    workoutDay: row.workoutDay,
    title: row.title,
    tpWorkoutId: row.tpWorkoutId,
    duplicateOf: row.duplicateOf,
    status,
    error,
  };
}

/** A row's result as the browser sees it, from what the sender already knows. */
export function rowView(row: ClaimedRow, status: RowStatus, tpWorkoutId: string | null, error: string | null): ImportRowView {
  return {
    rowNumber: row.rowNumber,
    part: row.part,
    athleteId: row.athleteId,
    athleteName: row.athleteName,
    workoutDay: row.workout.date,
    title: row.workout.title,
    status,
    tpWorkoutId,
    duplicateOf: null,
    error,
  };
}
