import { z } from "zod";

// What the browser gets back about an import: the job, its counts and every row's result.

export const ROW_STATUSES = [
  "pending",
  "sending",
  "created",
  "already_imported",
  "duplicate",
  "failed",
  "invalid",
  // Refused by TrainingPeaks for a reason sending again cannot change (needs Premium, a validation error): never retried.
  "refused",
  "deleted",
  "delete_failed",
  // A revised plan: rows whose earlier workout changed or is no longer in the plan (awaiting the user's choice), and what came of them.
  "changed",
  "missing",
  "updated",
  "removed",
  "kept",
  "skipped",
  "reverted",
  "revert_failed",
] as const;
export const rowStatusSchema = z.enum(ROW_STATUSES);
export type RowStatus = z.infer<typeof rowStatusSchema>;
/** Rows whose change to the calendar Undo takes back: created workouts, and updated ones (engine/undo-import.ts). */
export const UNDOABLE_STATUSES: readonly RowStatus[] = ["created", "delete_failed", "updated", "revert_failed"];

export const JOB_STATUSES = ["ready", "running", "paused", "done", "undoing", "undone"] as const;
export const jobStatusSchema = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const importRowViewSchema = z.object({
  rowNumber: z.number().int(),
  /** 1, 2, … for one of several workouts in one plan row (Swim, Bike, Run columns); 0 or absent otherwise. */
  part: z.number().int().optional(),
  athleteId: z.string(),
  athleteName: z.string(),
  workoutDay: z.string(),
  title: z.string(),
  status: rowStatusSchema,
  tpWorkoutId: z.string().nullable(),
  /** The TrainingPeaks workout this row looks like (same day, sport and title), when one was found. */
  duplicateOf: z.string().nullable(),
  /** For a revised plan's row: what it changes in the earlier import's workout, in words. */
  change: z.string().nullish(),
  error: z.string().nullable(),
});
export type ImportRowView = z.infer<typeof importRowViewSchema>;

export const importJobViewSchema = z.object({
  id: z.string(),
  athleteId: z.string(),
  athleteName: z.string(),
  fileName: z.string(),
  credential: z.enum(["pasted_token", "connection"]),
  status: jobStatusSchema,
  /** Why the job stopped before the end, in words; null when it did not. */
  pausedReason: z.string().nullable(),
  /** Its run is gone (a crash or restart) while it was sending or undoing: it can be resumed or cancelled. */
  stuck: z.boolean().default(false),
  counts: z.record(rowStatusSchema, z.number().int()),
  rows: z.array(importRowViewSchema),
});
export type ImportJobView = z.infer<typeof importJobViewSchema>;

/**
 * A look at a running job: the job and its counts, with only the rows changed since the cursor
 * the page sent (all of them on its first look), and the cursor for its next look.
 */
export const jobProgressSchema = importJobViewSchema.extend({ cursor: z.string() });
export type JobProgress = z.infer<typeof jobProgressSchema>;

export function countRows(rows: readonly { status: RowStatus }[]): Record<RowStatus, number> {
  const counts = Object.fromEntries(ROW_STATUSES.map((status) => [status, 0])) as Record<RowStatus, number>;
  for (const row of rows) counts[row.status]++;
  return counts;
}
