import "server-only";
import type { Db } from "@/lib/db/client";
import { CANCELLED_SENTENCE } from "@/lib/error-codes";

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
