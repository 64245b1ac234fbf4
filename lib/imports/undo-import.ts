import type { Db } from "@/lib/db/client";
import type { TrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";
import type { ImportJobView, ImportRowView } from "./import-view";
import { withJobLease } from "./job-lease";
import { getImportJobView, setJobStatus } from "./queries";
import { sentenceFor, type TokenSource } from "./run-import";

const ALREADY_GONE = "Already gone from TrainingPeaks (deleted there), so there was nothing to delete.";

export type UndoOptions = { client: TrainingPeaksClient; tokens: TokenSource; concurrency: number; signal?: AbortSignal; onRow?: (row: ImportRowView) => void };

/**
 * Deletes exactly the workouts this job created, `concurrency` at a time, and says which could not
 * be deleted and why. Deleted rows leave the ledger, so the plan can be imported again later.
 * Workouts an earlier import made (rows "already imported") are not this job's to delete.
 */
export async function undoImport(db: Db, jobId: string, options: UndoOptions): Promise<ImportJobView> {
  return withJobLease(db, jobId, async () => {
    await setJobStatus(db, jobId, "undoing");
    const rows = await db.importRow.findMany({ where: { jobId, status: { in: ["created", "delete_failed"] }, tpWorkoutId: { not: null } }, orderBy: { rowNumber: "asc" } });
    let stopReason: string | null = null;
    let next = 0;

    async function undoRow(row: (typeof rows)[number]) {
      let token = "";
      try {
        token = await options.tokens.token();
        const outcome = await options.client.deleteWorkout(token, row.athleteId, row.tpWorkoutId as string);
        await recordGone(row, outcome === "already_gone" ? ALREADY_GONE : null);
      } catch (error) {
        if (error instanceof TrainingPeaksError && error.kind === "unauthorized" && (await options.tokens.renewAfterUnauthorized(token))) {
          return undoRow(row);
        }
        // A 403 on a delete: with a fresh token first (a saved connection), then it is someone else's or gone.
        if (error instanceof TrainingPeaksError && error.kind === "forbidden") {
          if (await options.tokens.renewAfterForbidden?.(token)) return undoRow(row);
          return recordGone(row, ALREADY_GONE);
        }
        const message = error instanceof TrainingPeaksError ? `Not deleted: ${error.userMessage}` : "Not deleted because of an unexpected error.";
        if (error instanceof TrainingPeaksError && (error.kind === "unauthorized" || error.kind === "rate_limited")) stopReason ??= sentenceFor(error);
        await db.importRow.update({ where: { id: row.id }, data: { status: "delete_failed", error: message } });
        options.onRow?.(viewOf(row, "delete_failed", message));
      }
    }

    async function recordGone(row: (typeof rows)[number], note: string | null) {
      await db.$transaction([
        db.importRow.update({ where: { id: row.id }, data: { status: "deleted", error: note } }),
        db.ledgerEntry.deleteMany({ where: { athleteId: row.athleteId, tpWorkoutId: row.tpWorkoutId } }),
      ]);
      options.onRow?.(viewOf(row, "deleted", note));
    }

    function viewOf(row: (typeof rows)[number], status: "deleted" | "delete_failed", error: string | null): ImportRowView {
      return { rowNumber: row.rowNumber, athleteId: row.athleteId, athleteName: row.athleteName, workoutDay: row.workoutDay, title: row.title, tpWorkoutId: row.tpWorkoutId, duplicateOf: row.duplicateOf, status, error };
    }

    async function work() {
      while (!stopReason && !options.signal?.aborted) {
        const row = rows[next++];
        if (!row) return;
        await undoRow(row);
      }
    }
    await Promise.all(Array.from({ length: options.concurrency }, work));

    const left = await db.importRow.count({ where: { jobId, status: { in: ["created", "delete_failed"] } } });
    await setJobStatus(db, jobId, left === 0 ? "undone" : "paused", left === 0 ? null : stopReason ?? `${left} ${left === 1 ? "workout" : "workouts"} could not be deleted; each row says why. Press Undo import to try again.`);
    return (await getImportJobView(db, jobId)) as ImportJobView;
  });
}
