import "server-only";
import { formatDistance, formatDuration } from "@/lib/format";
import type { PlannedWorkout } from "@/lib/plans/workout";

type Field = { label: string; read: (workout: PlannedWorkout) => string };

const FIELDS: Field[] = [
  { label: "Title", read: (workout) => workout.title },
  { label: "Duration", read: (workout) => formatDuration(workout.durationSeconds) },
  { label: "Distance", read: (workout) => formatDistance(workout.distanceMeters) },
  { label: "TSS", read: (workout) => (workout.tss === undefined ? "" : String(workout.tss)) },
  { label: "IF", read: (workout) => (workout.intensityFactor === undefined ? "" : String(workout.intensityFactor)) },
  { label: "Start time", read: (workout) => workout.startTime ?? "" },
  { label: "Type", read: (workout) => workout.subtype ?? "" },
];
const TEXTS: Field[] = [
  { label: "description", read: (workout) => workout.description ?? "" },
  { label: "coach comments", read: (workout) => workout.coachComments ?? "" },
  { label: "steps", read: (workout) => workout.structureText ?? JSON.stringify(workout.structure ?? null) },
];
const MAX_SHOWN = 3;

/** What a revised row changes in the workout its earlier import made, in words: "Duration 0:45 → 0:50; new description". */
export function describeChange(before: PlannedWorkout | null, after: PlannedWorkout): string {
  if (!before) return "Changed since the earlier import.";
  const changes: string[] = [];
  for (const { label, read } of FIELDS) {
    const [was, now] = [read(before), read(after)];
    if (was !== now) changes.push(`${label} ${was || "none"} → ${now || "none"}`);
  }
  for (const { label, read } of TEXTS) {
    if (read(before) !== read(after)) changes.push(`new ${label}`);
  }
  if (changes.length === 0) return "Changed since the earlier import.";
  const shown = changes.slice(0, MAX_SHOWN).join("; ");
  return changes.length > MAX_SHOWN ? `${shown}; and ${changes.length - MAX_SHOWN} more` : shown;
}
