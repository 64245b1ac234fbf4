import "server-only";
import type { Db } from "@/lib/db/client";
import type { RowStatus } from "@/lib/imports/wire/import-view";

/** One stored row of an import, as it is now. */
export async function getImportRow(db: Db, rowId: string) {
  return db.importRow.findUnique({ where: { id: rowId } });
}

/** A row's status and the sentence that goes with it (null when none). */
export async function setRowResult(db: Db, rowId: string, status: RowStatus, error: string | null) {
  await db.importRow.update({ where: { id: rowId }, data: { status, error } });
}

/** Extra copies a late create made of the row's workout (comma-separated ids), and the sentence that says so. */
export async function recordStrayWorkoutIds(db: Db, rowId: string, strayWorkoutIds: string, error: string) {
  await db.importRow.update({ where: { id: rowId }, data: { strayWorkoutIds, error } });
}
