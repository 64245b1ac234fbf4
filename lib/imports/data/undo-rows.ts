import "server-only";
import type { Db } from "@/lib/db/client";
import { UNDOABLE_STATUSES } from "@/lib/imports/wire/import-view";

const UNDOABLE = [...UNDOABLE_STATUSES]; // a mutable copy, as Prisma takes one

const UNDO_PAGE = 100;

/**
 * Hands out what Undo takes back of a job (or of one athlete's share): the rows with a workout on
 * the calendar, in plan order, each once, read a page at a time so an undo's memory does not grow
 * with the job. The page after a row is read from that row on (not from the top), so rows that
 * stay undoable after their turn (a failed delete) are not handed out again in the same run.
 */
export function createUndoableRowReader(
  db: Db,
  jobId: string,
  athleteId?: string,
  pageSize = UNDO_PAGE,
): () => Promise<UndoableRow | null> {
  let page: UndoableRow[] = [];
  let after: { rowNumber: number; id: string } | null = null;
  let finished = false;
  let loading: Promise<void> | null = null;

  async function load() {
    page = await db.importRow.findMany({
      where: {
        jobId,
        ...(athleteId ? { athleteId } : {}),
        status: { in: UNDOABLE },
        tpWorkoutId: { not: null },
        ...(after ? { OR: [{ rowNumber: { gt: after.rowNumber } }, { rowNumber: after.rowNumber, id: { gt: after.id } }] } : {}),
      },
      orderBy: [{ rowNumber: "asc" }, { id: "asc" }],
      take: pageSize,
    });
    const last = page.at(-1);
    if (last) after = { rowNumber: last.rowNumber, id: last.id };
    if (page.length < pageSize) finished = true;
  }

  return async function nextUndoableRow() {
    while (page.length === 0 && !finished) {
      loading ??= load().finally(() => {
        loading = null;
      });
      await loading;
    }
    return page.shift() ?? null;
  };
}

export type UndoableRow = Awaited<ReturnType<Db["importRow"]["findFirstOrThrow"]>>;

/** How many rows of a job (or of one athlete's share) Undo has still to take back. */
export async function countUndoableRows(db: Db, jobId: string, athleteId?: string): Promise<number> {
  return db.importRow.count({ where: { jobId, ...(athleteId ? { athleteId } : {}), status: { in: UNDOABLE } } });
}

/** A workout gone from the calendar: the row says so, and it leaves the ledger (so the plan can be imported again), in one transaction. */
export async function recordDeleted(db: Db, row: { id: string; athleteId: string; tpWorkoutId: string | null }, note: string | null) {
  await db.$transaction([
    db.importRow.update({ where: { id: row.id }, data: { status: "deleted", error: note, strayWorkoutIds: null } }),
    db.ledgerEntry.deleteMany({ where: { athleteId: row.athleteId, tpWorkoutId: row.tpWorkoutId } }),
  ]);
}
