import "server-only";
import type { Db } from "@/lib/db/client";
import {
  countRows,
  type ImportJobView,
  importJobViewSchema,
  type ImportRowView,
  type JobProgress,
  type RowStatus,
} from "@/lib/imports/wire/import-view";

const ROW_VIEW_SELECT = {
  rowNumber: true,
  part: true,
  athleteId: true,
  athleteName: true,
  workoutDay: true,
  title: true,
  status: true,
  tpWorkoutId: true,
  duplicateOf: true,
  change: true,
  error: true,
} as const;

export async function getImportJobView(db: Db, jobId: string): Promise<ImportJobView | null> {
  return readJobView(db, jobId, null);
}

/**
 * What the page following a job needs: the job, its counts, and only the rows changed since the
 * cursor of its last look (every row on the first). The next cursor is a little before this read
 * began, so a row written by a worker whose clock runs a few seconds behind is not missed; a row
 * sent twice is merged by the page.
 */
export async function getJobProgress(db: Db, jobId: string, since: Date | null): Promise<JobProgress | null> {
  const cursor = new Date(Date.now() - CURSOR_MARGIN_MS);
  const view = await readJobView(db, jobId, since);
  return view && { ...view, cursor: cursor.toISOString() };
}

const CURSOR_MARGIN_MS = 5_000;

async function readJobView(db: Db, jobId: string, since: Date | null): Promise<ImportJobView | null> {
  const job = await db.importJob.findUnique({ where: { id: jobId } });
  if (!job) return null;
  const rows = await db.importRow.findMany({
    where: { jobId, ...(since ? { updatedAt: { gte: since } } : {}) },
    select: ROW_VIEW_SELECT,
    orderBy: [{ athleteName: "asc" }, { rowNumber: "asc" }, { part: "asc" }],
  });
  const counts = since ? await countByStatus(db, jobId) : countRows(rows as ImportRowView[]);
  const stuck = isStuck(job);
  return importJobViewSchema.parse({
    id: job.id,
    athleteId: job.athleteId,
    athleteName: job.athleteName,
    fileName: job.fileName,
    credential: job.credential,
    status: stuck ? "paused" : job.status,
    pausedReason: stuck ? (job.status === "undoing" ? STUCK_UNDO_REASON : STUCK_REASON) : job.pausedReason,
    stuck,
    counts,
    rows,
  });
}

async function countByStatus(db: Db, jobId: string): Promise<Record<RowStatus, number>> {
  const counts = countRows([]);
  const groups = await db.importRow.groupBy({ by: ["status"], where: { jobId }, _count: { _all: true } });
  for (const group of groups) counts[group.status as RowStatus] = group._count._all;
  return counts;
}

const STUCK_REASON =
  "This import stopped unexpectedly (PlanDrop restarted while it ran). Press Resume to go on: rows whose outcome is unknown are looked for on the calendar first. Or press Cancel to leave it stopped.";
/** An undo that died left nothing to send (Resume is not offered): Undo import takes it up again. */
const STUCK_UNDO_REASON = "This undo stopped unexpectedly (PlanDrop restarted while it ran). Press Undo import to go on.";

/**
 * Says "running" or "undoing" while no live run holds its lease. A saved-connection job is then
 * waiting for a worker (queued, or its worker died: the sweep hands it to another within a
 * minute); a pasted-token job's run died with the only process that held its token.
 */
function isStuck(job: { status: string; credential: string; runnerId: string | null; leaseUntil: Date | null }): boolean {
  return job.credential === "pasted_token" && (job.status === "running" || job.status === "undoing") && !hasLiveRun(job);
}

function hasLiveRun(job: { runnerId: string | null; leaseUntil: Date | null }): boolean {
  return job.runnerId !== null && job.leaseUntil !== null && job.leaseUntil.getTime() >= Date.now();
}
