import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError, stoppedWorkSentence } from "@/lib/errors";
import type { ImportCredential } from "@/lib/imports/engine/import-credentials";
import type { ImportJobView } from "@/lib/imports/wire/import-view";
import { ALREADY_RUNNING, type JobLease, takeJobLease } from "@/lib/imports/engine/job-lease";
import { finishJob, markJobStarted } from "@/lib/imports/data/job-records";
import { getImportJobView } from "@/lib/imports/data/job-views";
import type { TrainingPeaksCalendar } from "@/lib/trainingpeaks/calendar";
import { getJobQueue } from "./job-queue-for-database";
import { type JobKind, runJob, STATUS_OF_KIND } from "./run-job";
import { log } from "@/lib/log";

/**
 * Starts a job's send or undo (of one athlete's rows when `undoAthleteId` is given) and answers at once; the page then follows its progress. A
 * saved-connection job goes to the queue, so any worker runs it and it outlives this request,
 * the tab and this process. A pasted-token job runs here, in the process that received the
 * token, which it holds in memory for this run only (never in the database, a log or the queue).
 */
export async function startJob(
  db: Db,
  jobId: string,
  kind: JobKind,
  credential: ImportCredential,
  client: TrainingPeaksCalendar,
  undoAthleteId?: string,
): Promise<ImportJobView> {
  const scope = kind === "undo" ? undoAthleteId : undefined;
  if (credential.credential === "pasted_token") {
    const lease = await takeJobLease(db, jobId); // taken before answering: the job is never seen running without its run
    await markJobStarted(db, jobId, STATUS_OF_KIND[kind], "pasted_token", { heldBy: lease.runnerId, undoAthleteId: scope });
    runInThisProcess(db, jobId, kind, { client, tokens: credential.tokens }, lease);
  } else {
    if (!(await markJobStarted(db, jobId, STATUS_OF_KIND[kind], "connection", { undoAthleteId: scope })))
      throw new AppError("import_running", ALREADY_RUNNING);
    await (await getJobQueue()).enqueue(jobId);
  }
  return (await getImportJobView(db, jobId)) as ImportJobView;
}

function runInThisProcess(db: Db, jobId: string, kind: JobKind, credentials: Parameters<typeof runJob>[3], lease: JobLease) {
  void runJob(db, jobId, kind, credentials, lease).catch(async (error: unknown) => {
    log.error({ kind, jobId, err: error }, "An import's work stopped unexpectedly");
    await lease.release();
    await finishJob(db, jobId, "paused", stoppedWorkSentence(kind, error)).catch(() => undefined);
  });
}
