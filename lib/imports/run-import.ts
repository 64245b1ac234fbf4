import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TrainingPeaksCalendar } from "@/lib/trainingpeaks/calendar";
import { isFinalRefusal, TrainingPeaksError } from "@/lib/trainingpeaks/errors";
import { sleep } from "@/lib/trainingpeaks/pacer";
import type { ImportJobView, ImportRowView } from "./import-view";
import { withJobLease } from "./job-lease";
import { looksTheSame } from "./same-workout";
import { recordStrayWorkouts } from "./stray-workouts";
import { sendChange } from "./send-change";
import {
  type ClaimedRow, clearCancelRequest, countRowsWithStatus, isCancelRequested, createRowClaimer, findRowsInDoubt, getImportJob, getImportJobView,
  recordAlreadyImported, recordCreated, recordFailed, reserveLedgerEntry, returnToQueue, rowView, setJobStatus,
} from "./queries";

/** Where the run gets its bearer token; a saved connection can mint a fresh one after a 401. */
export type TokenSource = {
  token(): Promise<string>;
  /** Called after TrainingPeaks refused `refused` with a 401: true when a fresh token is now available, false when the user must act. */
  renewAfterUnauthorized(refused: string): Promise<boolean>;
  /** Called after a 403 with `refused`: true when a fresh token is now available to try once; absent when none can be made. */
  renewAfterForbidden?(refused: string): Promise<boolean>;
  /** The sentence shown when the token cannot be renewed. */
  expiredMessage: string;
};

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
};

/** How many times one row is tried when TrainingPeaks fails without saying no. */
const MAX_ATTEMPTS = 5;

/**
 * Sends a job's pending rows, `concurrency` at a time, and records each result as it lands.
 * All state is in the database: a run that stops (closed tab, restart, expired token) leaves
 * rows pending or in doubt, and the next run checks the calendar before sending those again.
 */
export async function runImport(db: Db, jobId: string, options: RunOptions): Promise<ImportJobView> {
  return withJobLease(db, jobId, () => runWithLease(db, jobId, options));
}

async function runWithLease(db: Db, jobId: string, options: RunOptions): Promise<ImportJobView> {
  const job = await getImportJob(db, jobId);
  if (!job) throw new AppError("not_found", "This import does not exist.");
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
  const stop = (reason: string) => { stopReason ??= reason; };

  await setJobStatus(db, jobId, "running");
  await clearCancelRequest(db, jobId);

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
      const owned = await db.ledgerEntry.findFirst({ where: { athleteId, tpWorkoutId: workout.workoutId, NOT: { rowId: row.id } } });
      const foundBefore = owned ? null : await db.importRow.findFirst({ where: { athleteId, duplicateOf: workout.workoutId }, select: { id: true } });
      if (!owned && !foundBefore) return workout.workoutId;
    }
    return null;
  }

  /** Rows whose create may have landed without our knowing: checked again at the end of the run. */
  const doubtful: ClaimedRow[] = [];
  /** When each row's create left this process; a crashed run's rows have only their claim time. */
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

  async function send(row: ClaimedRow): Promise<ImportRowView> {
    const refusedFrom = needsPremiumFrom.get(row.athleteId);
    if (refusedFrom && row.workout.date >= refusedFrom) {
      return recordFailed(db, row, "This date needs TrainingPeaks Premium: TrainingPeaks refused an earlier date for this athlete, so later ones were not sent.", "refused");
    }
    if (row.action === "create") {
      const reservation = await reserveLedgerEntry(db, row);
      if (reservation === "taken") {
        return recordFailed(db, row, "Another import is sending this same workout right now; retry this row when it ends.");
      }
      if (typeof reservation === "object") return recordAlreadyImported(db, row, reservation.tpWorkoutId);
    }

    let token: string;
    try {
      token = await tokens.token();
    } catch (error) {
      stop(sentenceFor(error)); // no usable token (a dead saved connection, TrainingPeaks down): nothing was sent
      return returnToQueue(db, row);
    }
    try {
      if (row.action !== "create") return await sendChange(db, client, token, row);
      sentAt.set(row.id, Date.now());
      const created = await client.createWorkout(token, row.athleteId, row.workout);
      return await recordCreated(db, row, created.workoutId);
    } catch (error) {
      return handleFailure(row, error, token);
    }
  }

  async function handleFailure(row: ClaimedRow, error: unknown, token: string): Promise<ImportRowView> {
    if (!(error instanceof TrainingPeaksError)) {
      console.error(`Import ${jobId} row ${row.rowNumber} failed unexpectedly`, error instanceof Error ? error.message : error);
      return recordFailed(db, row, "PlanDrop could not send this row because of an unexpected error.");
    }
    if (error.kind === "unauthorized") {
      if (!(await tokens.renewAfterUnauthorized(token))) stop(tokens.expiredMessage);
      return returnToQueue(db, row);
    }
    if (error.kind === "forbidden" && (await tokens.renewAfterForbidden?.(token))) return returnToQueue(db, row);
    if (error.kind === "rate_limited") {
      stop(sentenceFor(error));
      return returnToQueue(db, row);
    }
    if (error.kind === "premium_required") {
      const earliest = needsPremiumFrom.get(row.athleteId);
      if (!earliest || row.workout.date < earliest) needsPremiumFrom.set(row.athleteId, row.workout.date);
    }
    if (!error.outcomeUnknown) return recordFailed(db, row, error.userMessage, isFinalRefusal(error) ? "refused" : "failed");

    // A timeout or 5xx on create: the workout may have landed. Look before sending again; when no
    // answer came (a timeout, a gateway's 502 or 504), only once it can no longer be under way.
    try {
      if (error.status === null || error.status === 502 || error.status === 504) await waitUntilLanded(row);
      else if (row.action === "create") doubtful.push(row);
      const landed = await findLanded(row);
      if (landed) return recordCreated(db, row, landed);
    } catch {
      stop("TrainingPeaks is not answering; press Resume in a few minutes. Nothing will be sent twice.");
      return rowView(row, "sending", null, null); // stays in doubt: the next run checks the calendar first
    }
    if (row.attempts >= MAX_ATTEMPTS) return recordFailed(db, row, error.userMessage);
    await sleep((options.retryDelayMs ?? 1_000) * row.attempts);
    return returnToQueue(db, row);
  }

  async function work() {
    while (!stopReason && !signal?.aborted) {
      if (await cancelRequested()) return stop("Cancelled. Rows not sent yet stay waiting: press Resume to send them, or Undo import to remove what was sent.");
      const row = await claimNextRow();
      if (!row) return;
      const result = await send(row); // not inside onRow?.(): that would skip the send when nobody listens
      options.onRow?.(result);
    }
  }

  try {
    for (const row of await findRowsInDoubt(db, jobId)) {
      const result = await settleInDoubt(row);
      options.onRow?.(result);
    }
    await Promise.all(Array.from({ length: options.concurrency }, work));
    await recordStrayWorkouts(db, client, tokens, doubtful, options.onRow);
  } catch (error) {
    stop(sentenceFor(error));
    if (!(error instanceof TrainingPeaksError || error instanceof AppError)) console.error(`Import ${jobId} stopped`, error instanceof Error ? error.message : error);
  }

  const unfinished = await countRowsWithStatus(db, jobId, ["pending", "sending", "changed", "missing"]);
  const undecided = unfinished > 0 && !stopReason && (await countRowsWithStatus(db, jobId, ["changed", "missing"])) > 0;
  const reason = unfinished === 0 ? null : undecided ? "Choose what to do with the workouts of the earlier import first." : stopReason ?? "The import stopped before the end; press Resume to go on.";
  await setJobStatus(db, jobId, unfinished === 0 ? "done" : "paused", reason);
  return (await getImportJobView(db, jobId)) as ImportJobView;
}

export function sentenceFor(error: unknown): string {
  if (error instanceof TrainingPeaksError || error instanceof AppError) return `${error.userMessage} Press Resume to go on.`;
  return "The import stopped because of an unexpected error; press Resume to go on.";
}
