import { AppError } from "@/lib/errors";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";

/** The work that stopped: sending (Resume goes on) or undoing (Undo import goes on). */
export type JobAction = "send" | "undo";

/** The button on the stopped job's page that goes on with it. */
const GOES_ON: Record<JobAction, string> = { send: "Resume", undo: "Undo import" };

/** Why a run stopped, with the button that goes on with it: the one that started that work, which the page shows. */
export function stopSentence(action: JobAction, why: string): string {
  return `${why} Press ${GOES_ON[action]} to go on.`;
}

/** The sentence for an error that stopped a send or an undo. */
export function sentenceFor(error: unknown, action: JobAction = "send"): string {
  if (error instanceof TrainingPeaksError || error instanceof AppError) return stopSentence(action, error.userMessage);
  return action === "send"
    ? "The import stopped because of an unexpected error; press Resume to go on."
    : "The undo stopped because of an unexpected error; press Undo import to go on.";
}
