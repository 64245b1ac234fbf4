import "server-only";
import { ZodError } from "zod";
import { type ErrorCode, statusFor, type StoppedWork, sentenceFor, stopSentence } from "./error-codes";
import { log } from "./log";
import { TrainingPeaksError } from "./trainingpeaks/errors";

// One error type for everything the app refuses, and the one place a thrown error becomes what
// the user reads: the JSON envelope { error: { code, message } } of a route handler, the sentence
// of a server action, and the stop sentence of a job (lib/error-codes.ts holds the codes).

export class AppError extends Error {
  /** `userMessage`: a sentence of the error's own (naming the row, date or account); the code's sentence otherwise. */
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: string = sentenceFor(code),
  ) {
    super(userMessage);
    this.name = "AppError";
  }
  get status(): number {
    return statusFor(this.code);
  }
}

type Refusal = { status: number; code: ErrorCode; message: string };

/** Anything thrown, as the code, status and sentence the user gets; an unexpected error is logged and answered in general words. */
export function toRefusal(error: unknown): Refusal {
  if (error instanceof AppError) return { status: error.status, code: error.code, message: error.userMessage };
  if (error instanceof TrainingPeaksError) {
    const code: ErrorCode = `trainingpeaks_${error.kind}`;
    return { status: statusFor(code), code, message: error.userMessage };
  }
  if (error instanceof ZodError) {
    const first = error.issues[0];
    return {
      status: statusFor("invalid_request"),
      code: "invalid_request",
      message: `The request is not valid${first ? ` (${first.path.join(".")}: ${first.message})` : ""}.`,
    };
  }
  log.error({ err: error }, "Unexpected error");
  return { status: statusFor("internal_error"), code: "internal_error", message: sentenceFor("internal_error") };
}

/** The sentence for anything thrown (server actions answer with it). */
export function toSentence(error: unknown): string {
  return toRefusal(error).message;
}

export function toErrorResponse(error: unknown): Response {
  const { status, code, message } = toRefusal(error);
  return errorJson(status, code, message);
}

export function errorJson(status: number, code: ErrorCode, message: string = sentenceFor(code)): Response {
  return Response.json({ error: { code, message } }, { status });
}

/** Whether an error is one PlanDrop expects and words itself (not a bug). */
export function isKnownError(error: unknown): error is AppError | TrainingPeaksError {
  return error instanceof AppError || error instanceof TrainingPeaksError;
}

/** Why a job's work (sending or undoing) stopped, ending with the button on screen that goes on (the caller logs what was unexpected). */
export function stoppedWorkSentence(work: StoppedWork, error: unknown): string {
  return stopSentence(work, isKnownError(error) ? error.userMessage : null);
}
