import "server-only";
import type { ChangeOutcome } from "./calendar";
import type { TrainingPeaksClient } from "./client";
import { isWorkoutGone } from "./errors";
import { isCompletedWorkout, mergePlannedFields } from "./planned-fields";
import type { WorkoutPayload } from "./schemas";

/**
 * Updates one planned workout in place, as production clients do: GET the whole object, merge our
 * fields in, PUT it back (API doc §8.3). A workout the athlete completed is not touched.
 */
export async function updatePlannedWorkout(
  client: TrainingPeaksClient,
  token: string,
  athleteId: string,
  workoutId: string,
  payload: WorkoutPayload,
): Promise<ChangeOutcome> {
  const current = await readOrGone(client, token, athleteId, workoutId);
  if (current === "gone") return "gone";
  if (isCompletedWorkout(current)) return "completed";
  await client.updateWorkout(token, athleteId, workoutId, mergePlannedFields(current, payload));
  return "done";
}

/** Deletes one planned workout unless the athlete completed it; one already gone counts as gone. */
export async function removePlannedWorkout(
  client: TrainingPeaksClient,
  token: string,
  athleteId: string,
  workoutId: string,
): Promise<ChangeOutcome> {
  const current = await readOrGone(client, token, athleteId, workoutId);
  if (current === "gone") return "gone";
  if (isCompletedWorkout(current)) return "completed";
  await client.deleteWorkout(token, athleteId, workoutId);
  return "done";
}

async function readOrGone(client: TrainingPeaksClient, token: string, athleteId: string, workoutId: string) {
  try {
    return await client.getWorkout(token, athleteId, workoutId);
  } catch (error) {
    if (isWorkoutGone(error)) return "gone" as const;
    throw error;
  }
}
