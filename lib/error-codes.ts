import { z } from "zod";

// Every error code PlanDrop answers with, the HTTP status it goes with and the sentence a user
// reads. Browser-safe: the server answers { error: { code, message } } (lib/errors.ts) and the
// browser reads that envelope with errorAnswerSchema. A thrown error may carry a sentence of its
// own (with the row, date or account it is about); otherwise the code's sentence here is used.

export const ERROR_CODES = {
  bad_request: { status: 400, sentence: "PlanDrop could not read this request; reload the page and try again." },
  invalid_request: { status: 422, sentence: "The request is not valid." },
  too_large: { status: 413, sentence: "The request is larger than PlanDrop accepts here; send a smaller file." },
  invalid_plan: { status: 422, sentence: "This plan cannot be imported as it is: fix the errors shown in the preview and try again." },
  token_missing: { status: 401, sentence: "Paste your TrainingPeaks bearer token first." },
  token_invalid: { status: 401, sentence: "This is not a TrainingPeaks bearer token: copy it again from the TrainingPeaks web app." },
  token_expired: { status: 401, sentence: "This TrainingPeaks token has expired; copy a fresh one from the TrainingPeaks web app." },
  wrong_athlete: { status: 403, sentence: "This TrainingPeaks account cannot reach the calendar this import is for." },
  coach_account: { status: 422, sentence: "This account has no calendar of its own." },
  cross_site: { status: 403, sentence: "This request came from another site and was refused." },
  signed_out: { status: 401, sentence: "Sign in first." },
  wrong_credentials: { status: 401, sentence: "That email and password do not match an account." },
  rate_limited: { status: 429, sentence: "Too many attempts; try again in a few minutes." },
  not_found: { status: 404, sentence: "This import does not exist." },
  import_running: {
    status: 409,
    sentence: "This import is already running, in another tab or window; if you closed it, wait a minute and press Resume.",
  },
  needs_reconnecting: {
    status: 409,
    sentence: "TrainingPeaks no longer accepts the saved connection: paste a fresh Production_tpAuth cookie in Settings.",
  },
  invalid_cookie: {
    status: 422,
    sentence: "TrainingPeaks did not accept this cookie: it may have expired. Sign in to TrainingPeaks again and copy a fresh one.",
  },
  trainingpeaks_unauthorized: {
    status: 401,
    sentence: "TrainingPeaks says the token has expired or is not valid: copy a fresh one from the TrainingPeaks web app.",
  },
  trainingpeaks_cookie_rejected: {
    status: 401,
    sentence: "TrainingPeaks no longer accepts the saved connection: reconnect TrainingPeaks in Settings.",
  },
  trainingpeaks_forbidden: { status: 403, sentence: "TrainingPeaks refused access to this athlete's calendar." },
  trainingpeaks_premium_required: {
    status: 402,
    sentence: "This date needs TrainingPeaks Premium: a Basic account can only plan today and tomorrow.",
  },
  trainingpeaks_rejected: { status: 502, sentence: "TrainingPeaks refused this workout." },
  trainingpeaks_not_found: { status: 502, sentence: "TrainingPeaks could not find it." },
  trainingpeaks_rate_limited: {
    status: 429,
    sentence: "TrainingPeaks asked us to slow down and kept refusing; try again in a few minutes.",
  },
  trainingpeaks_unavailable: { status: 502, sentence: "TrainingPeaks did not answer properly; try again in a few minutes." },
  trainingpeaks_bad_response: { status: 502, sentence: "TrainingPeaks answered in a form PlanDrop does not recognise." },
  internal_error: { status: 500, sentence: "Something went wrong on our side; please try again." },
  /** Never sent by the server: the browser's own, when the server could not be reached. */
  unreachable: { status: 0, sentence: "PlanDrop could not be reached; check your connection and try again." },
} as const satisfies Record<string, { status: number; sentence: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
export const errorCodeSchema = z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]);

/** The JSON every refused request answers with. */
export const errorAnswerSchema = z.object({ error: z.object({ code: errorCodeSchema, message: z.string() }) });
export type ErrorAnswer = z.infer<typeof errorAnswerSchema>;

export function sentenceFor(code: ErrorCode): string {
  return ERROR_CODES[code].sentence;
}

export function statusFor(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}

/** What a stopped job tells the user to press: the button on screen that goes on with that work. */
export type StoppedWork = "send" | "undo";
const GO_ON: Record<StoppedWork, { button: string; noun: string }> = {
  send: { button: "Resume", noun: "import" },
  undo: { button: "Undo import", noun: "undo" },
};

/** A run the user cancelled: both buttons are on screen then, one for each way on. */
export const CANCELLED_SENTENCE =
  "Cancelled. Rows not sent yet stay waiting: press Resume to send them, or Undo import to remove what was sent.";

/** The sentence for work that stopped: why (a known error's sentence, or an unexpected error), then the button that goes on. */
export function stopSentence(work: StoppedWork, reason: string | null): string {
  const { button, noun } = GO_ON[work];
  if (reason === null) return `The ${noun} stopped because of an unexpected error; press ${button} to go on.`;
  return `${reason} Press ${button} to go on.`;
}
