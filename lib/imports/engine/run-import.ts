import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { TrainingPeaksCalendar } from "@/lib/trainingpeaks/calendar";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";
import { sleep } from "@/lib/trainingpeaks/pacer";
import type { ImportJobView, ImportRowView } from "@/lib/imports/wire/import-view";
import { type JobLease, withJobLease } from "./job-lease";
import { looksTheSame } from "@/lib/imports/ledger/same-workout";
import { recordStrayWorkouts } from "./stray-workouts";
import { sendChange } from "./send-change";
import { type Decision, decide, type FailureFacts } from "./decide";
import { stoppedWorkSentence } from "@/lib/errors";
import { CANCELLED_SENTENCE } from "@/lib/error-codes";
import { runWorkerPool } from "./worker-pool";
import { type ClaimedRow, createRowClaimer, findRowsInDoubt } from "@/lib/imports/data/row-claims";
import { countRowsWithStatus } from "@/lib/imports/data/row-queue";
import { isCancelRequested } from "@/lib/imports/data/cancel-requests";
import { getImportJob, finishJob, setJobStatus } from "@/lib/imports/data/job-records";
import { getImportJobView } from "@/lib/imports/data/job-views";
import { recordAlreadyImported, recordCreated, recordFailed, returnToQueue } from "@/lib/imports/data/row-outcomes";
import { isKnownElsewhere, reserveLedgerEntry } from "@/lib/imports/data/ledger-entries";
import { rowView } from "@/lib/imports/data/row-views";
import type { TokenSource } from "./token-source";

export type RunOptions = {
  /** The athlete's TrainingPeaks calendar, through whichever API the credential reaches. */
  client: TrainingPeaksCalendar;
  tokens: TokenSource;
  concurrency: number;
  signal?: AbortSignal;
  onRow?: (row: ImportRowView) => void;
  /** Pause before sending a row again after TrainingPeaks failed without saying no; grows with each attempt. */
  retryDelayMs?: number;
  /**
   * How long a create may still land at TrainingPeaks after it was sent: the request timeout, and
   * as long again for TrainingPeaks to finish a create whose answer we stopped waiting for. A row
   * whose create timed out, or was left "sending" by a crash, is looked for on the calendar only
   * after this has passed since it was claimed, so a slow create cannot land after the look and
   * be sent twice.
   */
  inFlightMs?: number;
  /** The job's lease when the caller took it already (a job started in this process); otherwise the run takes one. */
  lease?: JobLease;
};

/** How many times one row is tried when TrainingPeaks fails without saying no. */
const MAX_ATTEMPTS = 5;

/**
 * Sends a job's pending rows, `concurrency` at a time, and records each result as it lands.
 * All state is in the database: a run that stops (closed tab, restart, expired token) leaves
 * rows pending or in doubt, and the next run checks the calendar before sending those again.
 * Nothing is read back at the end, so a worker's memory stays flat however long the job.
 */
export async function sendImport(db: Db, jobId: string, options: RunOptions): Promise<void> {
  await withJobLease(db, jobId, () => runWithLease(db, jobId, options), options.lease);
}

/** sendImport, then the job with every row as the page shows it (for callers that show the result). */
export async function runImport(db: Db, jobId: string, options: RunOptions): Promise<ImportJobView> {
  await sendImport(db, jobId, options);
  return (await getImportJobView(db, jobId)) as ImportJobView;
}

async function runWithLease(db: Db, jobId: string, options: RunOptions): Promise<void> {
  const job = await getImportJob(db, jobId);
  if (!job) throw new AppError("not_found");
  const { client, tokens, signal } = options;
  const claimNextRow = createRowClaimer(db, jobId);
  let stopReason: string | null = null;
  /** Cancel is a flag in the database (any instance may run the job); it is read at most once a second. */
  let cancelCheckedAt = 0;
  let cancelled = false;
  const cancelRequested = async () => {
    if (!cancelled && Date.now() - cancelCheckedAt >= 1_000) {
      cancelCheckedAt = Date.now();
      cancelled = await isCancelRequested(db, jobId);
    }
    return cancelled;
  };
  /** A Basic athlete's first refused date (402): their later rows are not sent. */
  const needsPremiumFrom = new Map<string, string>();
  const stop = (reason: string) => {
    stopReason ??= reason;
  };

  await setJobStatus(db, jobId, "running"); // a Cancel pressed once the job was started is kept: startJob cleared the earlier one

  /**
   * The workout a timed-out or crashed create may have made: same day, sport and title, not
   * PlanDrop's for another row, and not one the duplicate check found there before anything was
   * sent (the athlete's own workout, which Undo would otherwise delete).
   */
  async function findLanded(row: ClaimedRow): Promise<string | null> {
    const { athleteId } = row;
    const day = row.workout.date;
    const found = await client.listWorkouts(await tokens.token(), athleteId, day, day);
    for (const workout of found) {
      if (!looksTheSame(workout, row.workout)) continue;
      if (!(await isKnownElsewhere(db, athleteId, workout.workoutId, row.id))) return workout.workoutId;
    }
    return null;
  }

  /** Rows whose create may have landed without our knowing: checked again at the end of the run. */
  const doubtful: ClaimedRow[] = [];
  /** When each row being sent left this process; a crashed run's rows have only their claim time. */
  const sentAt = new Map<string, number>();
  async function waitUntilLanded(row: ClaimedRow) {
    if (row.action === "create") doubtful.push(row);
    const stillInFlight = (sentAt.get(row.id) ?? row.claimedAt.getTime()) + (options.inFlightMs ?? 60_000) - Date.now();
    if (stillInFlight > 0) await sleep(stillInFlight);
  }

  async function settleInDoubt(row: ClaimedRow): Promise<ImportRowView> {
    if (row.action !== "create") return returnToQueue(db, row); // an update or removal is safe to send again
    await waitUntilLanded(row);
    const landed = await findLanded(row);
    return landed ? recordCreated(db, row, landed) : returnToQueue(db, row);
  }

  const rules = { maxAttempts: MAX_ATTEMPTS, retryDelayMs: options.retryDelayMs ?? 1_000 };

  /** Does what decide() chose for the row; returns its view, or null when the row must be sent now. */
  async function apply(row: ClaimedRow, decision: Decision, failure?: FailureFacts): Promise<ImportRowView | null> {
    switch (decision.do) {
      case "send":
        return null;
      case "record_created":
        return recordCreated(db, row, decision.tpWorkoutId);
      case "record_already_imported":
        return recordAlreadyImported(db, row, decision.tpWorkoutId);
      case "record_failed":
        if (decision.premiumFrom) {
          const earliest = needsPremiumFrom.get(row.athleteId);
          if (!earliest || decision.premiumFrom < earliest) needsPremiumFrom.set(row.athleteId, decision.premiumFrom);
        }
        return recordFailed(db, row, decision.message, decision.status);
      case "requeue":
        if (decision.stop) stop(decision.stop);
        if (decision.afterMs) await sleep(decision.afterMs);
        return returnToQueue(db, row);
      case "leave_in_doubt":
        stop(decision.stop);
        return rowView(row, "sending", null, null);
      case "look_on_calendar": {
        if (decision.waitUntilLanded) await waitUntilLanded(row);
        else if (row.action === "create") doubtful.push(row);
        const facts = failure as FailureFacts;
        let landed: string | null;
        try {
          landed = await findLanded(row);
        } catch {
          return apply(row, decide(row, { type: "look_failed", failure: facts }, rules));
        }
        return apply(row, decide(row, { type: "looked", landed, failure: facts }, rules));
      }
    }
  }

  async function send(row: ClaimedRow): Promise<ImportRowView> {
    const early = await apply(row, decide(row, { type: "premium_refused_from", date: needsPremiumFrom.get(row.athleteId) }, rules));
    if (early) return early;
    if (row.action === "create") {
      const reserved = await apply(row, decide(row, { type: "reserved", reservation: await reserveLedgerEntry(db, row) }, rules));
      if (reserved) return reserved;
    }

    let token: string;
    try {
      token = await tokens.token();
    } catch (error) {
      stop(stoppedWorkSentence("send", error)); // no usable token (a dead saved connection, TrainingPeaks down): nothing was sent
      return returnToQueue(db, row);
    }
    try {
      if (row.action !== "create") return await sendChange(db, client, token, row);
      sentAt.set(row.id, Date.now());
      const created = await client.createWorkout(token, row.athleteId, row.workout);
      return (await apply(row, decide(row, { type: "created", tpWorkoutId: created.workoutId }, rules))) as ImportRowView;
    } catch (error) {
      return await handleFailure(row, error, token);
    } finally {
      sentAt.delete(row.id); // its outcome is settled (or left in doubt for the next run, which goes by the claim time)
    }
  }

  async function handleFailure(row: ClaimedRow, error: unknown, token: string): Promise<ImportRowView> {
    if (!(error instanceof TrainingPeaksError)) {
      log.error({ jobId, rowNumber: row.rowNumber, err: error }, "An import row failed unexpectedly");
      return (await apply(row, decide(row, { type: "crashed" }, rules))) as ImportRowView;
    }
    const failure: FailureFacts = {
      kind: error.kind,
      status: error.status,
      outcomeUnknown: error.outcomeUnknown,
      userMessage: error.userMessage,
    };
    let tokenRenewed: boolean | undefined;
    if (error.kind === "unauthorized") tokenRenewed = await tokens.renewAfterUnauthorized(token);
    if (error.kind === "forbidden") tokenRenewed = (await tokens.renewAfterForbidden?.(token)) ?? false;
    return (await apply(
      row,
      decide(row, { type: "failed", failure, tokenRenewed, expiredReason: tokens.expiredReason }, rules),
      failure,
    )) as ImportRowView;
  }

  try {
    for (const row of await findRowsInDoubt(db, jobId)) {
      const result = await settleInDoubt(row);
      options.onRow?.(result);
    }
    await runWorkerPool(options.concurrency, {
      next: claimNextRow,
      // not inside onRow?.(): that would skip the send when nobody listens
      handle: async (row) => {
        const result = await send(row);
        options.onRow?.(result);
      },
      stopped: async () => {
        if (stopReason || signal?.aborted) return true;
        if (await cancelRequested()) stop(CANCELLED_SENTENCE);
        return stopReason !== null;
      },
    });
    await recordStrayWorkouts(db, client, tokens, doubtful, options.onRow);
  } catch (error) {
    stop(stoppedWorkSentence("send", error));
    if (!(error instanceof TrainingPeaksError || error instanceof AppError))
      log.error({ jobId, err: error }, "An import stopped unexpectedly");
  }

  const unfinished = await countRowsWithStatus(db, jobId, ["pending", "sending", "changed", "missing"]);
  const undecided = unfinished > 0 && !stopReason && (await countRowsWithStatus(db, jobId, ["changed", "missing"])) > 0;
  const reason =
    unfinished === 0
      ? null
      : undecided
        ? "Choose what to do with the workouts of the earlier import first."
        : (stopReason ?? "The import stopped before the end; press Resume to go on.");
  await finishJob(db, jobId, unfinished === 0 ? "done" : "paused", reason);
}
