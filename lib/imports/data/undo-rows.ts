import "server-only";
import type { Db } from "@/lib/db/client";
import { UNDOABLE_STATUSES } from "@/lib/imports/wire/import-view";

const UNDOABLE = [...UNDOABLE_STATUSES]; // a mutable copy, as Prisma takes one

/** What Undo takes back of a job (or of one athlete's share): the rows with a workout on the calendar, in plan order. */
export async function findUndoableRows(db: Db, jobId: string, athleteId?: string) {
  return db.importRow.findMany({
    where: { jobId, ...(athleteId ? { athleteId } : {}), status: { in: UNDOABLE }, tpWorkoutId: { not: null } },
    orderBy: { rowNumber: "asc" },
  });
}

export type UndoableRow = Awaited<ReturnType<typeof findUndoableRows>>[number];

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
