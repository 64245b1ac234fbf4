import "server-only";
import { isFinalRefusal, type TrainingPeaksErrorKind } from "@/lib/trainingpeaks/errors";
import type { ClaimedRow } from "@/lib/imports/data/row-claims";
import { stopSentence } from "@/lib/error-codes";

// The send engine's choices, as a pure step: given a row and what just happened to it, what to
// record and whether the run stops. The engine (run-import.ts) does the I/O around it.

export const PREMIUM_CASCADE =
  "This date needs TrainingPeaks Premium: TrainingPeaks refused an earlier date for this athlete, so later ones were not sent.";
export const SENDING_ELSEWHERE = "Another import is sending this same workout right now; retry this row when it ends.";
export const UNEXPECTED_ROW = "PlanDrop could not send this row because of an unexpected error.";
export const NOT_ANSWERING = stopSentence("send", "TrainingPeaks is not answering; nothing will be sent twice. Wait a few minutes.");

/** What a failed call told us, in our terms. */
export type FailureFacts = { kind: TrainingPeaksErrorKind; status: number | null; outcomeUnknown: boolean; userMessage: string };

export type Outcome =
  /** Before sending: the date from which TrainingPeaks refused this athlete's rows for want of Premium (402), if any. */
  | { type: "premium_refused_from"; date: string | undefined }
  /** Before sending a create: the ledger's answer to reserving this content for this athlete. */
  | { type: "reserved"; reservation: "ours" | "taken" | { tpWorkoutId: string } }
  | { type: "created"; tpWorkoutId: string }
  /** The call failed. `tokenRenewed`: after a 401 or 403, whether a fresh token is now available; `expiredReason`: why the run stops when it is not. */
  | { type: "failed"; failure: FailureFacts; tokenRenewed?: boolean; expiredReason?: string }
  /** Not a TrainingPeaks answer at all (a bug, a database error). */
  | { type: "crashed" }
  /** After a create whose outcome was unknown: what the calendar showed (the workout it made, or null), or that the look failed. */
  | { type: "looked"; landed: string | null; failure: FailureFacts }
  | { type: "look_failed"; failure: FailureFacts };

export type Decision =
  | { do: "send" }
  | { do: "record_created"; tpWorkoutId: string }
  | { do: "record_already_imported"; tpWorkoutId: string }
  /** "failed" rows are offered to Retry; "refused" ones (TrainingPeaks said no for a reason a retry cannot change) are not. */
  | { do: "record_failed"; message: string; status: "failed" | "refused"; premiumFrom?: string }
  /** Back to the queue, after `afterMs` if given; the run stops with `stop` if given. */
  | { do: "requeue"; afterMs?: number; stop?: string }
  /** The create may have landed: look on the calendar, first waiting until it can no longer be under way when no answer came at all. */
  | { do: "look_on_calendar"; waitUntilLanded: boolean }
  /** The row stays "sending" (in doubt): the next run checks the calendar first. The run stops. */
  | { do: "leave_in_doubt"; stop: string };

export type Rules = { maxAttempts: number; retryDelayMs: number };
const DEFAULT_RULES: Rules = { maxAttempts: 5, retryDelayMs: 1_000 };

type Row = Pick<ClaimedRow, "action" | "attempts"> & { workout: { date: string } };

export function decide(row: Row, outcome: Outcome, rules: Rules = DEFAULT_RULES): Decision {
  switch (outcome.type) {
    case "premium_refused_from":
      return outcome.date !== undefined && row.workout.date >= outcome.date
        ? { do: "record_failed", message: PREMIUM_CASCADE, status: "refused" }
        : { do: "send" };
    case "reserved":
      if (outcome.reservation === "taken") return { do: "record_failed", message: SENDING_ELSEWHERE, status: "failed" };
      if (typeof outcome.reservation === "object") return { do: "record_already_imported", tpWorkoutId: outcome.reservation.tpWorkoutId };
      return { do: "send" };
    case "created":
      return { do: "record_created", tpWorkoutId: outcome.tpWorkoutId };
    case "crashed":
      return { do: "record_failed", message: UNEXPECTED_ROW, status: "failed" };
    case "looked":
      if (outcome.landed) return { do: "record_created", tpWorkoutId: outcome.landed };
      return row.attempts >= rules.maxAttempts
        ? { do: "record_failed", message: outcome.failure.userMessage, status: "failed" }
        : { do: "requeue", afterMs: rules.retryDelayMs * row.attempts };
    case "look_failed":
      return { do: "leave_in_doubt", stop: NOT_ANSWERING };
    case "failed":
      return decideFailure(row, outcome);
  }
}

function decideFailure(row: Row, { failure, tokenRenewed, expiredReason }: Extract<Outcome, { type: "failed" }>): Decision {
  if (failure.kind === "unauthorized")
    return tokenRenewed ? { do: "requeue" } : { do: "requeue", stop: stopSentence("send", expiredReason ?? failure.userMessage) };
  if (failure.kind === "forbidden" && tokenRenewed) return { do: "requeue" };
  if (failure.kind === "rate_limited") return { do: "requeue", stop: stopSentence("send", failure.userMessage) };
  if (failure.kind === "premium_required")
    return { do: "record_failed", message: failure.userMessage, status: "refused", premiumFrom: row.workout.date };
  if (!failure.outcomeUnknown)
    return { do: "record_failed", message: failure.userMessage, status: isFinalRefusal(failure) ? "refused" : "failed" };
  // A timeout or 5xx on create: the workout may have landed. When no answer came at all (a
  // timeout, a gateway's 502 or 504), look only once it can no longer be under way.
  return { do: "look_on_calendar", waitUntilLanded: failure.status === null || failure.status === 502 || failure.status === 504 };
}
