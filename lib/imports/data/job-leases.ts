import "server-only";
import type { Db } from "@/lib/db/client";

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
