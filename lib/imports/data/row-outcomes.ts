import "server-only";
import { type Db, providerOfDb } from "@/lib/db/client";
import type { ImportRowView } from "@/lib/imports/wire/import-view";
import { commitTogether } from "./commit-together";
import { gatherWrites, jsonRows, numbered, perDatabase, statementsAtOnce } from "./gather-writes";
import type { ClaimedRow } from "./row-claims";
import { rowView } from "./row-views";

/**
 * Records a created workout: first the ledger, then the row. Until the row is recorded it stays
 * "sending", so if the process dies in between the next run finds the workout on the calendar
 * (the ledger entry is this row's own) and records it. The results of a wave of senders are
 * made together: one statement on PostgreSQL, one per table on SQLite.
 */
export async function recordCreated(db: Db, row: ClaimedRow, tpWorkoutId: string): Promise<ImportRowView> {
  await createdResults(db)({ row, tpWorkoutId });
  return rowView(row, "created", tpWorkoutId, null);
}

type Created = { row: ClaimedRow; tpWorkoutId: string };
const CREATED_COLUMNS = ["id", "athleteId", "contentKey", "tpWorkoutId"] as const;

const createdResults = perDatabase((db) => {
  const ledger = `UPDATE "LedgerEntry" SET "tpWorkoutId" = v."tpWorkoutId" FROM ${jsonRows(db, "LedgerEntry", CREATED_COLUMNS)}
    WHERE "LedgerEntry"."athleteId" = v."athleteId" AND "LedgerEntry"."contentKey" = v."contentKey" AND "LedgerEntry"."rowId" = v."id"`;
  const rows = `UPDATE "ImportRow" SET "status" = 'created', "tpWorkoutId" = v."tpWorkoutId", "error" = NULL, "updatedAt" = $2
    FROM ${jsonRows(db, "ImportRow", CREATED_COLUMNS)} WHERE "ImportRow"."id" = v."id"`;
  // One statement, one round trip and one commit for both tables on PostgreSQL; one per table on SQLite.
  const statements =
    providerOfDb(db) === "postgresql" ? [`WITH ledger AS (${ledger} RETURNING 1) ${rows}`] : [numbered(db, ledger), numbered(db, rows)];
  return gatherWrites<Created, void>(
    async (results) => {
      const values = JSON.stringify(
        results.map(({ row, tpWorkoutId }) => ({ id: row.id, athleteId: row.athleteId, contentKey: row.contentKey, tpWorkoutId })),
      );
      const recordedAt = new Date();
      for (const statement of statements) await db.$executeRawUnsafe(statement, values, recordedAt);
      return results.map(() => undefined);
    },
    async ({ row, tpWorkoutId }) => {
      const { athleteId, contentKey } = row;
      await db.ledgerEntry.updateMany({ where: { athleteId, contentKey, rowId: row.id }, data: { tpWorkoutId } });
      await db.importRow.update({ where: { id: row.id }, data: { status: "created", tpWorkoutId, error: null }, select: { id: true } });
    },
    statementsAtOnce(db),
  );
});

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
