import { z } from "zod";

// How long the rows left of an import will take to send, in words: from the pace the server keeps
// (one request per account every IMPORT_MIN_INTERVAL_MS, IMPORT_CONCURRENCY in flight) and, once
// the import has run for a while, from the pace it really has.

export const importPaceSchema = z.object({ minIntervalMs: z.number().min(0), concurrency: z.number().int().min(1) });
export type ImportPace = z.infer<typeof importPaceSchema>;

/** What one create takes at TrainingPeaks before it answers, until the run's own pace is known. */
const ASSUMED_RESPONSE_MS = 600;
/** The run's own pace counts once this many rows and this much time have passed. */
const MIN_OBSERVED_ROWS = 4;
const MIN_OBSERVED_MS = 2_000;

export type Observed = { rows: number; ms: number };

/** Milliseconds the rows left need: the slower of the server's pace and the pace seen so far. */
export function estimateMsLeft(rowsLeft: number, pace: ImportPace, observed?: Observed): number {
  if (rowsLeft <= 0) return 0;
  const perRowByPace = Math.max(pace.minIntervalMs, ASSUMED_RESPONSE_MS / pace.concurrency);
  const seen = observed && observed.rows >= MIN_OBSERVED_ROWS && observed.ms >= MIN_OBSERVED_MS ? observed.ms / observed.rows : null;
  return rowsLeft * (seen === null ? perRowByPace : Math.max(seen, pace.minIntervalMs));
}

/** "About 27 minutes left", "About 1 hour 5 minutes left", "Less than a minute left". */
export function describeTimeLeft(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "Less than a minute left";
  if (minutes < 60) return `About ${minutes} ${minutes === 1 ? "minute" : "minutes"} left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `About ${hours} ${hours === 1 ? "hour" : "hours"}${rest ? ` ${rest} ${rest === 1 ? "minute" : "minutes"}` : ""} left`;
}
