import "server-only";
import { AppError } from "@/lib/errors";

/** The most rows one import may lay down, across all its athletes (README, "Limits"). */
export const MAX_JOB_ROWS = 50_000;

/** Refuses, before anything is parsed per athlete or read from a calendar, an import larger than MAX_JOB_ROWS. */
export function assertJobSize(rowsPerAthlete: number, athletes: number) {
  const total = rowsPerAthlete * athletes;
  if (total <= MAX_JOB_ROWS) return;
  throw new AppError(
    "invalid_plan",
    `This import would lay down ${total.toLocaleString("en-US")} rows (${rowsPerAthlete.toLocaleString("en-US")} rows for each of ${athletes} athletes); one import takes at most ${MAX_JOB_ROWS.toLocaleString("en-US")}: pick fewer athletes or split the plan.`,
  );
}
