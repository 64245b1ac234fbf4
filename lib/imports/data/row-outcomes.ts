import "server-only";
import type { Db } from "@/lib/db/client";
import type { ImportRowView } from "@/lib/imports/wire/import-view";
import { commitTogether } from "./commit-together";
import type { ClaimedRow } from "./row-claims";
import { rowView } from "./row-views";

/**
 * Records a created workout: the ledger and the row, in one commit (shared with the run's other
 * writes). Until it is made the row stays "sending", so if the process dies first the next run
 * finds the workout on the calendar (the ledger entry is this row's own) and records it.
 */
export async function recordCreated(db: Db, row: ClaimedRow, tpWorkoutId: string): Promise<ImportRowView> {
  const { athleteId } = row;
  await commitTogether(db, (client) => [
    client.ledgerEntry.updateMany({ where: { athleteId, contentKey: row.contentKey, rowId: row.id }, data: { tpWorkoutId } }),
    client.importRow.update({ where: { id: row.id }, data: { status: "created", tpWorkoutId, error: null }, select: { id: true } }),
  ]);
  return rowView(row, "created", tpWorkoutId, null);
}

export async function recordAlreadyImported(db: Db, row: ClaimedRow, tpWorkoutId: string): Promise<ImportRowView> {
  await commitTogether(db, (client) => [
    client.importRow.update({
      where: { id: row.id },
      data: { status: "already_imported", tpWorkoutId, error: null },
      select: { id: true },
    }),
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
    (client) => [
      client.importRow.update({ where: { id: row.id }, data: { status, error }, select: { id: true } }),
      client.ledgerEntry.deleteMany({ where: { athleteId, contentKey: row.contentKey, rowId: row.id, tpWorkoutId: null } }),
    ],
    { atomic: true },
  );
  return rowView(row, status, null, error);
}

/** Puts a row back in the queue (the run stopped before its outcome was final). */
export async function returnToQueue(db: Db, row: ClaimedRow): Promise<ImportRowView> {
  await commitTogether(db, (client) => [
    client.importRow.update({ where: { id: row.id }, data: { status: "pending", error: null }, select: { id: true } }),
  ]);
  return rowView(row, "pending", null, null);
}
