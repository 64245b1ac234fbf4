import "server-only";
import type { WorkoutDetail, WorkoutPayload } from "./schemas";
import { workoutPayloadSchema } from "./schemas";

/** The fields of a workout that a plan row decides; an update replaces exactly these. */
const PLANNED_FIELDS = [
  "workoutDay",
  "workoutTypeValueId",
  "title",
  "description",
  "coachComments",
  "totalTimePlanned",
  "distancePlanned",
  "tssPlanned",
  "ifPlanned",
  "startTimePlanned",
  "structure",
] as const satisfies readonly (keyof WorkoutPayload)[];

/**
 * The object to PUT back: the workout as TrainingPeaks holds it, with every planned field set
 * from the row (null where the row has none, so a value the earlier version had does not linger).
 * Everything else (comments, tags, equipment, order on the day) stays as it was.
 */
export function mergePlannedFields(current: WorkoutDetail, payload: WorkoutPayload): WorkoutDetail {
  workoutPayloadSchema.parse(payload);
  const merged: Record<string, unknown> = { ...current };
  for (const field of PLANNED_FIELDS) merged[field] = payload[field] ?? null;
  // Sent as a JSON string, as on create (API doc §5.1, §8.3).
  merged.structure = payload.structure ? JSON.stringify(payload.structure) : null;
  return merged as WorkoutDetail;
}

/** Whether the athlete has done this workout: TrainingPeaks then holds actuals. PlanDrop never changes those. */
export function isCompletedWorkout(workout: WorkoutDetail): boolean {
  if (workout.completed === true) return true;
  return [workout.totalTime, workout.distance, workout.tssActual, workout.heartRateAverage, workout.powerAverage, workout.calories].some(
    (value) => typeof value === "number" && value > 0,
  );
}
