import "server-only";
import type { Db } from "@/lib/db/client";
import type { RowStatus } from "@/lib/imports/wire/import-view";

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

/** The user's choice for rows that look like workouts already on the calendar. */
export async function decideDuplicates(db: Db, jobId: string, action: "skip" | "import"): Promise<number> {
  if (action === "skip") return 0;
  const result = await db.importRow.updateMany({ where: { jobId, status: "duplicate" }, data: { status: "pending" } });
  return result.count;
}
