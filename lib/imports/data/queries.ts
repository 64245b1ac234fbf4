import { randomUUID } from "node:crypto";
import { type Db, providerOfDb } from "@/lib/db/client";
import { CANCELLED_SENTENCE } from "@/lib/error-codes";
import type { ParsedRow } from "@/lib/plans/plan-result";
import { type PlannedWorkout, plannedWorkoutSchema } from "@/lib/plans/workout";
import { commitTogether } from "./commit-together";
import { createGarbageCollection } from "./native-garbage";
import { planKeyOf } from "@/lib/imports/ledger/same-workout";
import { writeAthleteRows } from "@/lib/imports/create/write-athlete-rows";
import {
  countRows,
  type ImportJobView,
  importJobViewSchema,
  type JobProgress,
  type ImportRowView,
  type JobStatus,
  type RowStatus,
} from "@/lib/imports/wire/import-view";

// Every database read and write of an import goes through here.

/** One athlete's share of an import: the rows for their calendar, and which look like workouts already there. */
export type AthleteRows = {
  athleteId: string;
  athleteName: string;
  rows: ParsedRow[];
  duplicates?: Map<string, string> /** A note shown on a row that goes as it is (by row key). */;
  notes?: Map<string, string>;
};
export type NewImport = {
  userId?: string | null;
  credential: "pasted_token" | "connection";
  fileName: string;
  athletes: AthleteRows[];
  accessKeyHash?: string | null;
};
export type ClaimedRow = {
  id: string;
  rowNumber: number;
  part: number;
  athleteId: string;
  athleteName: string;
  workout: PlannedWorkout;
  contentKey: string;
  attempts: number;
  claimedAt: Date;
  /** "create" a workout, or "update" / "remove" the earlier import's workout tpWorkoutId (a revised plan). */
  action: RowAction;
  tpWorkoutId: string | null;
  slot: number;
  planKey: string;
};
export type RowAction = "create" | "update" | "remove";

const CLAIM_PAGE = 50;
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

/**
 * Lays the job and every row down before anything is sent. Rows the CSV check kept out are
 * stored as "invalid" with their reason, rows PlanDrop already put on that athlete's calendar as
 * "already_imported", rows that look like a workout already there as "duplicate" (the user
 * chooses to skip or send them), so every row of the file has a result. A revised plan's rows in
 * the place of an earlier import's workout are "changed", and that import's workouts the plan no
 * longer has get rows of their own, "missing" (numbered -1, -2, …): the user decides both.
 */
export async function createImportJob(db: Db, input: NewImport): Promise<ImportJobView> {
  const jobId = randomUUID();
  const planKey = planKeyOf(input.fileName);
  const [first] = input.athletes;
  const athleteName =
    input.athletes.length === 1 ? (first?.athleteName ?? "") : `${first?.athleteName ?? ""} and ${input.athletes.length - 1} more`;
  // The job and all its rows appear together or not at all. Each athlete's rows are made and
  // written in batches, so neither memory nor any one statement holds the whole job.
  const provider = providerOfDb(db);
  await db.$transaction(
    async (tx) => {
      await tx.importJob.create({
        data: {
          id: jobId,
          userId: input.userId ?? null,
          accessKeyHash: input.accessKeyHash ?? null,
          athleteId: first?.athleteId ?? "",
          athleteName,
          credential: input.credential,
          fileName: input.fileName,
          planKey,
          status: "ready",
        },
      });
      let awaiting = false;
      for (const athlete of input.athletes) awaiting = (await writeAthleteRows(tx, provider, jobId, planKey, athlete)) || awaiting;
      if (!awaiting) await tx.importJob.update({ where: { id: jobId }, data: { status: "done" } });
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
  return getImportJobView(db, jobId) as Promise<ImportJobView>;
}

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

export async function getImportJob(db: Db, jobId: string) {
  return db.importJob.findUnique({ where: { id: jobId } });
}

export async function setJobStatus(db: Db, jobId: string, status: JobStatus, pausedReason: string | null = null) {
  await db.importJob.update({ where: { id: jobId }, data: { status, pausedReason } });
}

/** A run's last word: the job's status and why it stopped, with its lease let go in the same write, so Resume works the moment the page shows it. */
export async function finishJob(db: Db, jobId: string, status: JobStatus, pausedReason: string | null = null) {
  await db.importJob.update({ where: { id: jobId }, data: { status, pausedReason, runnerId: null, leaseUntil: null } });
}

/**
 * Hands out the job's pending rows to the run's senders, one each. Rows are read in pages, and
 * the senders waiting at one moment take theirs together with one conditional update (in the
 * next group commit), so a row goes to one sender only even if another run raced this one, and
 * a claim costs no commit of its own. Only waiting senders take rows: a row is marked sending
 * just before it is sent. Rows put back in the queue during the run are found by the next page.
 * Every hundred rows the run's garbage is collected, so its memory stays flat (native-garbage.ts).
 */
export function createRowClaimer(db: Db, jobId: string): () => Promise<ClaimedRow | null> {
  let page: RowRecord[] = [];
  let loadsStarted = 0;
  let planKey: string | null = null;
  type Waiter = { loadsBefore: number; resolve: (row: ClaimedRow | null) => void; reject: (error: unknown) => void };
  const waiters: Waiter[] = [];
  let claiming = false;
  const rowClaimed = createGarbageCollection();

  async function claimForWaiters() {
    claiming = true;
    try {
      planKey ??= (await db.importJob.findUnique({ where: { id: jobId }, select: { planKey: true } }))?.planKey ?? "";
      while (waiters.length > 0) {
        if (page.length === 0) {
          const load = ++loadsStarted;
          page = await db.importRow.findMany({
            where: { jobId, status: "pending" },
            orderBy: [{ rowNumber: "asc" }, { part: "asc" }],
            take: CLAIM_PAGE,
            select: ROW_RECORD_SELECT,
          });
          // A read of the queue that began before a sender asked may have missed a row it has just
          // put back (a retry): only an empty read begun after its call means the queue is empty.
          if (page.length === 0)
            for (const waiter of waiters.filter((candidate) => candidate.loadsBefore < load)) {
              waiters.splice(waiters.indexOf(waiter), 1);
              waiter.resolve(null);
            }
          continue;
        }
        const candidates = page.splice(0, waiters.length);
        const [claimed] = (await commitTogether(db, () => [
          db.importRow.updateManyAndReturn({
            where: { id: { in: candidates.map((candidate) => candidate.id) }, status: "pending" },
            data: { status: "sending", attempts: { increment: 1 } },
            select: CLAIMED_SELECT,
          }),
        ])) as [ClaimedRecord[]];
        claimed.sort((a, b) => a.rowNumber - b.rowNumber || a.part - b.part);
        for (const row of claimed) {
          waiters.shift()?.resolve(toClaimedRow({ ...row, job: { planKey } }));
          rowClaimed();
        }
      }
    } catch (error) {
      for (const waiter of waiters.splice(0)) waiter.reject(error);
    } finally {
      claiming = false;
    }
  }

  return function claimNextRow() {
    return new Promise<ClaimedRow | null>((resolve, reject) => {
      waiters.push({ loadsBefore: loadsStarted, resolve, reject });
      if (!claiming) void claimForWaiters();
    });
  };
}

const ROW_RECORD_SELECT = {
  id: true,
  rowNumber: true,
  part: true,
  athleteId: true,
  athleteName: true,
  workoutJson: true,
  contentKey: true,
  attempts: true,
  updatedAt: true,
  action: true,
  tpWorkoutId: true,
  slot: true,
  job: { select: { planKey: true } },
} as const;
const { job: _job, ...CLAIMED_SELECT } = ROW_RECORD_SELECT;
type ClaimedRecord = Omit<RowRecord, "job">;
type RowRecord = {
  id: string;
  rowNumber: number;
  part: number;
  athleteId: string;
  athleteName: string;
  workoutJson: string;
  contentKey: string;
  attempts: number;
  updatedAt: Date;
  action: string;
  tpWorkoutId: string | null;
  slot: number;
  job: { planKey: string };
};

function toClaimedRow({ updatedAt, workoutJson, job, action, ...row }: RowRecord): ClaimedRow {
  return {
    ...row,
    action: action as RowAction,
    planKey: job.planKey,
    claimedAt: updatedAt,
    workout: plannedWorkoutSchema.parse(JSON.parse(workoutJson)),
  };
}

/** Rows left "sending" by a run that stopped mid-request: their outcome must be checked before sending again. */
export async function findRowsInDoubt(db: Db, jobId: string): Promise<ClaimedRow[]> {
  const rows = await db.importRow.findMany({
    where: { jobId, status: "sending" },
    orderBy: [{ rowNumber: "asc" }, { part: "asc" }],
    select: ROW_RECORD_SELECT,
  });
  return rows.map(toClaimedRow);
}

/**
 * Reserves this workout content for this athlete before it is sent. Returns "ours" when the
 * reservation is this row's (new, or left from an earlier attempt), or the workout id another
 * row already created, or "taken" while another row is sending the same content.
 */
export async function reserveLedgerEntry(db: Db, row: ClaimedRow): Promise<"ours" | "taken" | { tpWorkoutId: string }> {
  const { athleteId } = row;
  try {
    await commitTogether(db, () => [
      db.ledgerEntry.create({
        data: {
          id: randomUUID(),
          athleteId,
          contentKey: row.contentKey,
          rowId: row.id,
          planKey: row.planKey,
          workoutDay: row.workout.date,
          sport: row.workout.sport,
          slot: row.slot,
        },
        select: { id: true },
      }),
    ]);
    return "ours";
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const existing = await db.ledgerEntry.findUnique({ where: { athleteId_contentKey: { athleteId, contentKey: row.contentKey } } });
  if (!existing) return reserveLedgerEntry(db, row); // released in between: try again
  if (existing.tpWorkoutId) return { tpWorkoutId: existing.tpWorkoutId };
  return existing.rowId === row.id ? "ours" : "taken";
}

/**
 * Records a created workout: the ledger and the row, in one commit (shared with the run's other
 * writes). Until it is made the row stays "sending", so if the process dies first the next run
 * finds the workout on the calendar (the ledger entry is this row's own) and records it.
 */
export async function recordCreated(db: Db, row: ClaimedRow, tpWorkoutId: string): Promise<ImportRowView> {
  const { athleteId } = row;
  await commitTogether(db, () => [
    db.ledgerEntry.updateMany({ where: { athleteId, contentKey: row.contentKey, rowId: row.id }, data: { tpWorkoutId } }),
    db.importRow.update({ where: { id: row.id }, data: { status: "created", tpWorkoutId, error: null }, select: { id: true } }),
  ]);
  return rowView(row, "created", tpWorkoutId, null);
}

export async function recordAlreadyImported(db: Db, row: ClaimedRow, tpWorkoutId: string): Promise<ImportRowView> {
  await commitTogether(db, () => [
    db.importRow.update({ where: { id: row.id }, data: { status: "already_imported", tpWorkoutId, error: null }, select: { id: true } }),
  ]);
  return rowView(row, "already_imported", tpWorkoutId, null);
}

/**
 * A definite failure: the row gets its reason and its reservation is released so it can be sent
 * later. "failed" rows are offered to Retry; "refused" ones (TrainingPeaks said no for a reason a
 * retry cannot change) are not.
 */
export async function recordFailed(
  db: Db,
  row: ClaimedRow,
  error: string,
  status: "failed" | "refused" = "failed",
): Promise<ImportRowView> {
  const { athleteId } = row;
  await commitTogether(
    db,
    () => [
      db.importRow.update({ where: { id: row.id }, data: { status, error }, select: { id: true } }),
      db.ledgerEntry.deleteMany({ where: { athleteId, contentKey: row.contentKey, rowId: row.id, tpWorkoutId: null } }),
    ],
    { atomic: true },
  );
  return rowView(row, status, null, error);
}

/** Puts a row back in the queue (the run stopped before its outcome was final). */
export async function returnToQueue(db: Db, row: ClaimedRow): Promise<ImportRowView> {
  await commitTogether(db, () => [
    db.importRow.update({ where: { id: row.id }, data: { status: "pending", error: null }, select: { id: true } }),
  ]);
  return rowView(row, "pending", null, null);
}

/** A row's result as the browser sees it, from what the sender already knows. */
/** The view of a row as stored, with the status and result it has now. */
export function storedRowView(
  row: Pick<ImportRowView, "rowNumber" | "part" | "athleteId" | "athleteName" | "workoutDay" | "title" | "tpWorkoutId" | "duplicateOf">,
  status: RowStatus,
  error: string | null,
): ImportRowView {
  return {
    rowNumber: row.rowNumber,
    part: row.part,
    athleteId: row.athleteId,
    athleteName: row.athleteName,
    workoutDay: row.workoutDay,
    title: row.title,
    tpWorkoutId: row.tpWorkoutId,
    duplicateOf: row.duplicateOf,
    status,
    error,
  };
}

export function rowView(row: ClaimedRow, status: RowStatus, tpWorkoutId: string | null, error: string | null): ImportRowView {
  return {
    rowNumber: row.rowNumber,
    part: row.part,
    athleteId: row.athleteId,
    athleteName: row.athleteName,
    workoutDay: row.workout.date,
    title: row.workout.title,
    status,
    tpWorkoutId,
    duplicateOf: null,
    error,
  };
}

/** Puts the rows a retry can help back in the queue: "failed" ones only, never "refused" ones. */
export async function requeueFailedRows(db: Db, jobId: string): Promise<number> {
  const result = await db.importRow.updateMany({
    where: { jobId, status: "failed" },
    data: { status: "pending", error: null, attempts: 0 },
  });
  return result.count;
}

export async function countRowsWithStatus(db: Db, jobId: string, statuses: RowStatus[]): Promise<number> {
  return db.importRow.count({ where: { jobId, status: { in: statuses } } });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/** Makes this run the only one sending the job's rows, for `leaseMs`; false while another live run holds it. */
export async function acquireJobLease(db: Db, jobId: string, runnerId: string, leaseMs: number): Promise<boolean> {
  const now = new Date();
  const claimed = await db.importJob.updateMany({
    where: { id: jobId, OR: [{ runnerId: null }, { leaseUntil: { lt: now } }] },
    data: { runnerId, leaseUntil: new Date(now.getTime() + leaseMs) },
  });
  return claimed.count === 1;
}

/** Extends this run's lease; false when the run no longer holds it (it lapsed and another run took the job). */
export async function renewJobLease(db: Db, jobId: string, runnerId: string, leaseMs: number): Promise<boolean> {
  const renewed = await db.importJob.updateMany({ where: { id: jobId, runnerId }, data: { leaseUntil: new Date(Date.now() + leaseMs) } });
  return renewed.count === 1;
}

export async function releaseJobLease(db: Db, jobId: string, runnerId: string) {
  await db.importJob.updateMany({ where: { id: jobId, runnerId }, data: { runnerId: null, leaseUntil: null } });
}

/** Asks the live run to stop before its next row; a stuck job (its run gone) is marked stopped at once. */
export async function requestCancel(db: Db, jobId: string) {
  await db.importJob.update({ where: { id: jobId }, data: { cancelRequested: true } });
  await db.importJob.updateMany({
    where: {
      id: jobId,
      status: { in: ["running", "undoing"] },
      OR: [{ runnerId: null }, { leaseUntil: null }, { leaseUntil: { lt: new Date() } }],
    },
    data: { status: "paused", pausedReason: CANCELLED_SENTENCE, cancelRequested: false },
  });
}

export async function isCancelRequested(db: Db, jobId: string): Promise<boolean> {
  return (await db.importJob.findUnique({ where: { id: jobId }, select: { cancelRequested: true } }))?.cancelRequested ?? false;
}

export async function clearCancelRequest(db: Db, jobId: string) {
  await db.importJob.update({ where: { id: jobId }, data: { cancelRequested: false } });
}

/** The athletes whose calendars a job's rows go on. */
export async function jobAthletes(db: Db, jobId: string): Promise<{ athleteId: string; athleteName: string }[]> {
  return db.importRow.findMany({ where: { jobId }, distinct: ["athleteId"], select: { athleteId: true, athleteName: true } });
}

/** The user's choice for rows that look like workouts already on the calendar. */
export async function decideDuplicates(db: Db, jobId: string, action: "skip" | "import"): Promise<number> {
  if (action === "skip") return 0;
  const result = await db.importRow.updateMany({ where: { jobId, status: "duplicate" }, data: { status: "pending" } });
  return result.count;
}

/**
 * Marks the job started for `status` ("running" sends, "undoing" undoes: one athlete's rows when
 * `undoAthleteId` says so) with this credential, clearing an earlier stop and Cancel. Refused while
 * a live run (other than `heldBy`, the caller's own) holds the job.
 */
export async function markJobStarted(
  db: Db,
  jobId: string,
  status: "running" | "undoing",
  credential: "pasted_token" | "connection",
  options: { heldBy?: string; undoAthleteId?: string } = {},
): Promise<boolean> {
  const now = new Date();
  const started = await db.importJob.updateMany({
    where: { id: jobId, OR: [{ runnerId: options.heldBy ?? null }, { runnerId: null }, { leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { status, pausedReason: null, cancelRequested: false, credential, undoAthleteId: options.undoAthleteId ?? null },
  });
  return started.count === 1;
}

/** Jobs that say they are sending or undoing while no live run holds them: queued, or their run died. */
export async function findJobsWithoutLiveRun(db: Db): Promise<{ id: string; status: string; credential: string }[]> {
  return db.importJob.findMany({
    where: { status: { in: ["running", "undoing"] }, OR: [{ runnerId: null }, { leaseUntil: null }, { leaseUntil: { lt: new Date() } }] },
    select: { id: true, status: true, credential: true },
  });
}

/** Stops a job no live run holds (its run died) with a sentence; false when a run took it meanwhile. */
export async function pauseJobWithoutLiveRun(db: Db, jobId: string, reason: string): Promise<boolean> {
  const paused = await db.importJob.updateMany({
    where: {
      id: jobId,
      status: { in: ["running", "undoing"] },
      OR: [{ runnerId: null }, { leaseUntil: null }, { leaseUntil: { lt: new Date() } }],
    },
    data: { status: "paused", pausedReason: reason, runnerId: null, leaseUntil: null },
  });
  return paused.count === 1;
}
