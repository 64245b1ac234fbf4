import "server-only";
import { sentenceFor } from "@/lib/error-codes";

// What can go wrong talking to TrainingPeaks; the sentence a user reads is its code's (trainingpeaks_<kind>, lib/error-codes.ts).

export type TrainingPeaksErrorKind =
  | "unauthorized" // 401: the token expired or is not valid
  | "cookie_rejected" // the cookie exchange failed: the saved session has ended
  | "forbidden" // 403: no access to that athlete
  | "premium_required" // 402: a Basic account cannot plan that date
  | "rejected" // another 4xx: TrainingPeaks refused this workout
  | "not_found" // 404
  | "rate_limited" // 429 that did not clear after waiting
  | "unavailable" // 5xx, timeout or network failure after retries
  | "bad_response"; // a 2xx whose body is not the shape we know

export class TrainingPeaksError extends Error {
  readonly kind: TrainingPeaksErrorKind;
  readonly status: number | null;
  readonly userMessage: string;
  /** True when a create may have landed even though it failed (timeout, 5xx): check before sending again. */
  readonly outcomeUnknown: boolean;

  constructor(
    kind: TrainingPeaksErrorKind,
    options: { status?: number | null; detail?: string; outcomeUnknown?: boolean; userMessage?: string } = {},
  ) {
    const detail = options.detail ? sanitizeDetail(options.detail) : "";
    super(`TrainingPeaks ${kind}${options.status ? ` (${options.status})` : ""}${detail ? `: ${detail}` : ""}`);
    this.name = "TrainingPeaksError";
    this.kind = kind;
    this.status = options.status ?? null;
    this.outcomeUnknown = options.outcomeUnknown ?? false;
    this.userMessage =
      options.userMessage ??
      (kind === "rejected" && detail ? `TrainingPeaks refused this workout: ${detail}` : sentenceFor(`trainingpeaks_${kind}`));
  }
}

/**
 * A refusal that sending the same workout again cannot change: the workout itself (400 and other
 * 4xx validation answers), the account (402, needs Premium), the athlete's calendar out of reach
 * (403 even with a fresh token, 404). Timeouts, 5xx, 408, 409 and 429 can clear by themselves.
 */
export function isFinalRefusal(error: Pick<TrainingPeaksError, "kind" | "status">): boolean {
  if (error.kind === "premium_required" || error.kind === "forbidden" || error.kind === "not_found") return true;
  return (
    error.kind === "rejected" &&
    error.status !== null &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408 &&
    error.status !== 409
  );
}

/** TrainingPeaks answers a workout id it no longer has (deleted by hand) with 400 `Invalid workoutId (<id>)`, or 404. */
export function isWorkoutGone(error: unknown): boolean {
  if (!(error instanceof TrainingPeaksError)) return false;
  return error.kind === "not_found" || (error.kind === "rejected" && error.status === 400 && /invalid workout ?id/i.test(error.message));
}

/** TrainingPeaks' error text, shortened and with anything token-like removed, fit to show a user. */
function sanitizeDetail(text: string): string {
  let message = text;
  try {
    const body: unknown = JSON.parse(text);
    // The Partner API answers some refusals with an array of strings (Partner doc §3.8).
    if (Array.isArray(body) && body.every((item) => typeof item === "string")) message = body.join(" ");
    else if (body && typeof body === "object") {
      const record = body as Record<string, unknown>;
      const candidate = record.message ?? record.Message ?? record.error_description ?? record.error ?? record.title;
      if (typeof candidate === "string") message = candidate;
    }
  } catch {
    // Not JSON: keep the text.
  }
  return message
    .replace(/[A-Za-z0-9._~+/=-]{32,}/g, "[redacted]")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 300);
}
