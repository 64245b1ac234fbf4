import "server-only";
import type { Db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import type { JobLease } from "@/lib/imports/engine/job-lease";
import { getImportJob } from "@/lib/imports/data/job-records";
import { sendImport } from "@/lib/imports/engine/run-import";
import type { TokenSource } from "@/lib/imports/engine/token-source";
import { runUndo } from "@/lib/imports/engine/undo-import";
import type { TrainingPeaksCalendar } from "@/lib/trainingpeaks/calendar";

/** What a started job does: "send" its rows (new workouts, and a revised plan's updates and removals), or "undo" what it did. */
export type JobKind = "send" | "undo";
export type JobCredentials = { client: TrainingPeaksCalendar; tokens: TokenSource };

/** The status a job has while it is queued or running for this kind of work. */
export const STATUS_OF_KIND = { send: "running", undo: "undoing" } as const;

/** The work a job in this status is waiting for, if any. */
export function kindOfStatus(status: string): JobKind | null {
  return status === "running" ? "send" : status === "undoing" ? "undo" : null;
}

/** Runs the job's send or undo to its end or its stop, under the given lease (released at the end). */
export async function runJob(db: Db, jobId: string, kind: JobKind, credentials: JobCredentials, lease: JobLease): Promise<void> {
  const env = getEnv();
  if (kind === "undo") {
    const scope = (await getImportJob(db, jobId))?.undoAthleteId ?? undefined; // the athlete whose share is undone, when only one's
    await runUndo(db, jobId, { ...credentials, concurrency: env.IMPORT_CONCURRENCY, lease, athleteId: scope });
    return;
  }
  await sendImport(db, jobId, {
    ...credentials,
    lease,
    concurrency: env.IMPORT_CONCURRENCY,
    retryDelayMs: env.IMPORT_RETRY_DELAY_MS,
    inFlightMs: 2 * env.TRAININGPEAKS_TIMEOUT_MS,
  });
}
