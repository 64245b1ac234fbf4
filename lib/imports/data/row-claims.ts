import "server-only";
import type { Db } from "@/lib/db/client";
import { type PlannedWorkout, plannedWorkoutSchema } from "@/lib/plans/workout";
import { gatherWrites, perDatabase, statementsAtOnce } from "./gather-writes";
import { rowDone } from "./native-garbage";

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

/**
 * Hands out the job's pending rows to the run's senders, one each. Rows are read in pages, and
 * the senders asking in one turn of the event loop (or while a claim is under way) take theirs
 * together with one conditional update, so a row goes to one sender only even if another run
 * raced this one. Only waiting senders take rows: a row is marked sending just before it is
 * sent. Rows put back in the queue during the run are found by the next page. Every hundred rows
 * the process's garbage is collected, so its memory stays flat (native-garbage.ts).
 */
export function createRowClaimer(db: Db, jobId: string): () => Promise<ClaimedRow | null> {
  let page: PageRecord[] = [];
  let loadsStarted = 0;
  let planKey: string | null = null;
  type Waiter = { loadsBefore: number; resolve: (row: ClaimedRow | null) => void; reject: (error: unknown) => void };
  const waiters: Waiter[] = [];
  let claiming = false;

  async function claimForWaiters() {
    try {
      planKey ??= (await db.importJob.findUnique({ where: { id: jobId }, select: { planKey: true } }))?.planKey ?? "";
      while (waiters.length > 0) {
        if (page.length === 0) {
          const load = ++loadsStarted;
          page = await db.importRow.findMany({
            where: { jobId, status: "pending" },
            orderBy: [{ rowNumber: "asc" }, { part: "asc" }],
            take: CLAIM_PAGE,
            select: PAGE_SELECT,
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
        // Only what the claim changes is read back; the rest is the page's. A row another run took
        // since the page was read is not returned. One that went out and came back to pending in
        // between (a racing run, then Retry) may have changed, and is sent as the page read it:
        // its send then meets what the other run left (the ledger, or a workout already gone).
        const claimed = await claimPendingRows(db)(candidates.map((candidate) => candidate.id));
        const claimedNow = new Map(claimed.map((claim) => [claim.id, claim]));
        for (const candidate of candidates) {
          const claim = claimedNow.get(candidate.id);
          if (!claim) continue;
          waiters.shift()?.resolve(toClaimedRow({ ...candidate, ...claim, job: { planKey } }));
          rowDone();
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
      if (claiming) return;
      claiming = true;
      setImmediate(() => void claimForWaiters()); // the senders asking in this turn of the event loop claim together
    });
  };
}

type Claim = { id: string; attempts: number; updatedAt: Date };

/**
 * Marks rows "sending" if they are still pending, and returns those it marked. The claims of every
 * run this process sends at once (a worker holds several imports) are made by one UPDATE.
 */
export const claimPendingRows = perDatabase((db) => {
  const claimRows = (ids: string[]): Promise<Claim[]> =>
    db.importRow.updateManyAndReturn({
      where: { id: { in: ids }, status: "pending" },
      data: { status: "sending", attempts: { increment: 1 } },
      select: { id: true, attempts: true, updatedAt: true },
    });
  return gatherWrites<string[], Claim[]>(
    async (idLists) => {
      const claimed = new Map((await claimRows(idLists.flat())).map((claim) => [claim.id, claim]));
      return idLists.map((ids) =>
        ids.flatMap((id) => {
          const claim = claimed.get(id);
          claimed.delete(id); // a row is claimed once, by the first to ask
          return claim ?? [];
        }),
      );
    },
    claimRows,
    statementsAtOnce(db),
  );
});

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
const { job: _job, ...PAGE_SELECT } = ROW_RECORD_SELECT;
type PageRecord = Omit<RowRecord, "job">;
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
