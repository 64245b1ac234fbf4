import { createHash } from "node:crypto";
import type { PlannedWorkout } from "@/lib/plans/workout";

/**
 * What makes two rows the same workout on a calendar: the day and everything that would be
 * sent, but not where the row sat in the file. The same plan imported twice gives the same keys.
 */
export function contentKeyOf(workout: PlannedWorkout): string {
  const { rowNumber: _rowNumber, part: _part, phase: _phase, athleteRef: _athleteRef, ...content } = workout;
  const canonical = JSON.stringify(Object.keys(content).sort().map((key) => [key, content[key as keyof typeof content]]));
  return createHash("sha256").update(canonical).digest("hex");
}
