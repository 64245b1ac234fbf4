import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ImportJobView } from "@/lib/imports/wire/import-view";
import { requestHasJobKey } from "./job-key";
import { getImportJobView } from "./job-views";

/**
 * Moves an anonymous import to the signed-in user who made it in this browser: only a request
 * holding the job's access key may, and only while the job belongs to nobody. The key then stops
 * opening it (the account does). Claiming one's own job again changes nothing.
 */
export async function claimImport(db: Db, jobId: string, userId: string, request: Request): Promise<ImportJobView> {
  const job = await db.importJob.findUnique({ where: { id: jobId }, select: { id: true, userId: true, accessKeyHash: true } });
  if (job && job.userId === userId) return (await getImportJobView(db, jobId)) as ImportJobView;
  if (!job || job.userId !== null || !requestHasJobKey(request, job.accessKeyHash)) throw new AppError("not_found");

  const moved = await db.importJob.updateMany({ where: { id: jobId, userId: null }, data: { userId, accessKeyHash: null } });
  if (moved.count !== 1) throw new AppError("not_found");
  return (await getImportJobView(db, jobId)) as ImportJobView;
}
