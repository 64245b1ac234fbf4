import "server-only";
import type { Db } from "@/lib/db/client";
import type { TrainingPeaksCalendar } from "@/lib/trainingpeaks/calendar";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";
import type { ImportJobView, ImportRowView } from "@/lib/imports/wire/import-view";
import { type JobLease, withJobLease } from "./job-lease";
import { finishJob, getImportJob, setJobStatus } from "@/lib/imports/data/job-records";
import { setRowResult } from "@/lib/imports/data/row-records";
import { countUndoableRows, createUndoableRowReader, recordDeleted, type UndoableRow } from "@/lib/imports/data/undo-rows";
import { rowDone } from "@/lib/imports/data/native-garbage";
import { getImportJobView } from "@/lib/imports/data/job-views";
import { storedRowView } from "@/lib/imports/data/row-views";
import { revertUpdate } from "./revert-update";
import { COMPLETED_NOTE } from "@/lib/imports/data/revision-outcomes";
import type { TokenSource } from "./token-source";
import { stopSentence } from "@/lib/error-codes";
import { stoppedWorkSentence } from "@/lib/errors";
import { runWorkerPool } from "./worker-pool";
import { strayIdsOf } from "./stray-workouts";

const ALREADY_GONE = "Already gone from TrainingPeaks (deleted there), so there was nothing to delete.";

export type UndoOptions = {
  client: TrainingPeaksCalendar;
  tokens: TokenSource;
  concurrency: number;
  signal?: AbortSignal;
  onRow?: (row: ImportRowView) => void;
  /** Undo only this athlete's rows (a coach taking one athlete's share back); the rest of the job stays as it is. */
  athleteId?: string;
  lease?: JobLease;
};

/**
 * Deletes exactly the workouts this job created and puts back the earlier version of those it
 * updated, `concurrency` at a time, and says which could not be undone and why. Deleted rows leave
 * the ledger, so the plan can be imported again later. Workouts an earlier import made (rows
 * "already imported") are not this job's to delete, and workouts it removed are not made again.
 * Workouts the athlete has completed since stay as they are.
 */
export async function undoImport(db: Db, jobId: string, options: UndoOptions): Promise<ImportJobView> {
  await runUndo(db, jobId, options);
  return (await getImportJobView(db, jobId)) as ImportJobView;
}

/** undoImport without reading the job back at the end, as a worker runs it: its memory stays flat however long the job. */
export async function runUndo(db: Db, jobId: string, options: UndoOptions): Promise<void> {
  await withJobLease(
    db,
    jobId,
    async () => {
      const before = await getImportJob(db, jobId);
      await setJobStatus(db, jobId, "undoing");
      const nextRow = createUndoableRowReader(db, jobId, options.athleteId);
      let stopReason: string | null = null;

      async function undoRow(row: UndoableRow) {
        const failedStatus = row.action === "update" ? "revert_failed" : "delete_failed";
        let token = "";
        try {
          token = await options.tokens.token();
          if (row.action === "update") {
            const { status, note } = await revertUpdate(db, options.client, token, row);
            await setRowResult(db, row.id, status, note);
            return options.onRow?.(storedRowView(row, status, note));
          }
          for (const stray of strayIdsOf(row.strayWorkoutIds)) await deleteCopy(token, row.athleteId, stray);
          // A workout the athlete has since completed holds what they did: it stays, and the row says why.
          const outcome = await options.client.deleteWorkout(token, row.athleteId, row.tpWorkoutId as string);
          if (outcome === "completed") {
            await setRowResult(db, row.id, "kept", COMPLETED_NOTE);
            return options.onRow?.(storedRowView(row, "kept", COMPLETED_NOTE));
          }
          await recordGone(row, outcome === "gone" ? ALREADY_GONE : null);
        } catch (error) {
          if (
            error instanceof TrainingPeaksError &&
            error.kind === "unauthorized" &&
            (await options.tokens.renewAfterUnauthorized(token))
          ) {
            return undoRow(row);
          }
          if (error instanceof TrainingPeaksError && error.kind === "forbidden" && (await options.tokens.renewAfterForbidden?.(token)))
            return undoRow(row);
          // A 403 on a delete that a fresh token gets too: the workout is someone else's now, or gone.
          if (error instanceof TrainingPeaksError && error.kind === "forbidden" && row.action !== "update")
            return recordGone(row, ALREADY_GONE);
          const not = row.action === "update" ? "Not put back" : "Not deleted";
          const message = error instanceof TrainingPeaksError ? `${not}: ${error.userMessage}` : `${not} because of an unexpected error.`;
          if (error instanceof TrainingPeaksError && error.kind === "unauthorized")
            stopReason ??= stopSentence("undo", options.tokens.expiredReason);
          if (error instanceof TrainingPeaksError && error.kind === "rate_limited") stopReason ??= stoppedWorkSentence("undo", error);
          await setRowResult(db, row.id, failedStatus, message);
          options.onRow?.(storedRowView(row, failedStatus, message));
        }
      }

      /** An extra copy a late create made. One TrainingPeaks will not let us delete (403, with a fresh token too where one can be made) is not ours to delete any more, and does not stop the workout itself going. */
      async function deleteCopy(token: string, athleteId: string, copyId: string) {
        try {
          await options.client.deleteWorkout(token, athleteId, copyId);
        } catch (error) {
          if (!(error instanceof TrainingPeaksError && error.kind === "forbidden")) throw error;
          if (!(await options.tokens.renewAfterForbidden?.(token))) return;
          await options.client.deleteWorkout(await options.tokens.token(), athleteId, copyId).catch((again: unknown) => {
            if (!(again instanceof TrainingPeaksError && again.kind === "forbidden")) throw again;
          });
        }
      }

      async function recordGone(row: UndoableRow, note: string | null) {
        await recordDeleted(db, row, note);
        options.onRow?.(storedRowView(row, "deleted", note));
      }

      await runWorkerPool(options.concurrency, {
        next: nextRow,
        handle: async (row) => {
          await undoRow(row);
          rowDone();
        },
        stopped: () => stopReason !== null || options.signal?.aborted === true,
      });

      const left = await countUndoableRows(db, jobId, options.athleteId);
      const leftInJob = options.athleteId ? await countUndoableRows(db, jobId) : left;
      if (left > 0) {
        await finishJob(
          db,
          jobId,
          "paused",
          stopReason ??
            `${left} ${left === 1 ? "workout" : "workouts"} could not be undone; each row says why. Press Undo import to try again.`,
        );
      } else if (leftInJob === 0) {
        await finishJob(db, jobId, "undone");
      } else {
        // One athlete's share is undone; the job is as it was for the others.
        const earlier = before?.status === "undoing" || before?.status === "running" ? "done" : before?.status;
        await finishJob(
          db,
          jobId,
          earlier === "paused" ? "paused" : earlier === "ready" ? "ready" : "done",
          earlier === "paused" ? (before?.pausedReason ?? null) : null,
        );
      }
    },
    options.lease,
  );
}
