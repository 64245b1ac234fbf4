import "server-only";
import type { Db } from "@/lib/db/client";

// A signed-in user's imports, newest first, for the history page.

export type ImportSummary = {
  id: string;
  fileName: string;
  createdAt: Date;
  status: string;
  athletes: string[];
  firstDate: string | null;
  lastDate: string | null;
  counts: Record<string, number>;
};

export async function listImportsForUser(db: Db, userId: string): Promise<ImportSummary[]> {
  const jobs = await db.importJob.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 200 });
  if (jobs.length === 0) return [];
  const jobIds = jobs.map((job) => job.id);
  const [byStatus, ranges, athletes] = await Promise.all([
    db.importRow.groupBy({ by: ["jobId", "status"], where: { jobId: { in: jobIds } }, _count: { _all: true } }),
    db.importRow.groupBy({
      by: ["jobId"],
      where: { jobId: { in: jobIds }, workoutDay: { not: "" } },
      _min: { workoutDay: true },
      _max: { workoutDay: true },
    }),
    db.importRow.findMany({
      where: { jobId: { in: jobIds } },
      distinct: ["jobId", "athleteId"],
      select: { jobId: true, athleteName: true },
    }),
  ]);
  return jobs.map((job) => ({
    id: job.id,
    fileName: job.fileName,
    createdAt: job.createdAt,
    status: job.status,
    athletes: athletes
      .filter((row) => row.jobId === job.id)
      .map((row) => row.athleteName)
      .sort(),
    firstDate: ranges.find((range) => range.jobId === job.id)?._min.workoutDay ?? null,
    lastDate: ranges.find((range) => range.jobId === job.id)?._max.workoutDay ?? null,
    counts: Object.fromEntries(byStatus.filter((group) => group.jobId === job.id).map((group) => [group.status, group._count._all])),
  }));
}
