import { ZodError } from "zod";
import { log } from "./log";
import { TrainingPeaksError, type TrainingPeaksErrorKind } from "./trainingpeaks/errors";

// One error type for everything the app refuses, and one translator into the JSON envelope
// { error: { code, message } } that every route handler answers with.

const STATUS_BY_CODE = {
  bad_request: 400,
  too_large: 413,
  invalid_plan: 422,
  token_missing: 401,
  token_invalid: 401,
  token_expired: 401,
  wrong_athlete: 403,
  cross_site: 403,
  not_found: 404,
  import_running: 409,
  coach_account: 422,
  trainingpeaks_unauthorized: 401,
  signed_out: 401,
  wrong_credentials: 401,
  email_taken: 409,
  rate_limited: 429,
  needs_reconnecting: 409,
  invalid_cookie: 422,
  trainingpeaks_error: 502,
} as const;
export type AppErrorCode = keyof typeof STATUS_BY_CODE;

export class AppError extends Error {
  constructor(readonly code: AppErrorCode, readonly userMessage: string) {
    super(userMessage);
    this.name = "AppError";
  }
  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

const TRAININGPEAKS_STATUS: Partial<Record<TrainingPeaksErrorKind, number>> = { unauthorized: 401, cookie_rejected: 401, forbidden: 403, premium_required: 402, rate_limited: 429 };

export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) return errorJson(error.status, error.code, error.userMessage);
  if (error instanceof TrainingPeaksError) {
    const code = error.kind === "unauthorized" ? "trainingpeaks_unauthorized" : `trainingpeaks_${error.kind}`;
    return errorJson(TRAININGPEAKS_STATUS[error.kind] ?? 502, code, error.userMessage);
  }
  if (error instanceof ZodError) {
    const first = error.issues[0];
    return errorJson(422, "invalid_request", `The request is not valid${first ? ` (${first.path.join(".")}: ${first.message})` : ""}.`);
  }
  log.error({ err: error }, "Unexpected error");
  return errorJson(500, "internal_error", "Something went wrong on our side; please try again.");
}

export function errorJson(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}
