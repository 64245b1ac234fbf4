import "server-only";
import type { Sport } from "@/lib/plans/sports";
import type { PlannedWorkout } from "@/lib/plans/workout";
import { resolveStructure } from "@/lib/workouts/resolve-structure";
import type { WorkoutStructure } from "@/lib/workouts/structure";
import { type TrainingPeaksStructure, toTrainingPeaksStructure } from "./map-structure";
import type { WorkoutPayload } from "./schemas";

// workoutTypeValueId per sport, as checked against GET /fitness/v6/workouttypes (API doc §6).
export const WORKOUT_TYPE_IDS: Record<Sport, number> = {
  swim: 1,
  bike: 2,
  run: 3,
  brick: 4,
  crosstrain: 5,
  race: 6,
  day_off: 7,
  mtb: 8,
  strength: 9,
  custom: 10,
  xc_ski: 11,
  rowing: 12,
  walk: 13,
  other: 100,
};
const SPORT_BY_TYPE_ID = new Map(Object.entries(WORKOUT_TYPE_IDS).map(([sport, id]) => [id, sport as Sport]));

/** Our sport for a workoutTypeValueId read back; null for one we do not send (a newer family, none). */
export function sportOfTypeId(typeId: number | null | undefined): Sport | null {
  return typeId == null ? null : (SPORT_BY_TYPE_ID.get(typeId) ?? null);
}

/**
 * Our planned workout → the body TrainingPeaks expects. Units are where mistakes hide:
 * workoutDay is the plan's calendar date at local midnight (never from a UTC instant),
 * time in decimal hours, distance in metres, IF as a fraction.
 */
export function toWorkoutPayload(workout: PlannedWorkout, athleteId: string): WorkoutPayload {
  const payload: WorkoutPayload = {
    athleteId: Number(athleteId),
    workoutDay: `${workout.date}T00:00:00`,
    workoutTypeValueId: WORKOUT_TYPE_IDS[workout.sport],
    title: workout.title,
  };
  if (workout.description) payload.description = workout.description;
  if (workout.coachComments) payload.coachComments = workout.coachComments;
  if (workout.durationSeconds) payload.totalTimePlanned = workout.durationSeconds / 3600;
  if (workout.distanceMeters) payload.distancePlanned = workout.distanceMeters;
  if (workout.tss !== undefined) payload.tssPlanned = workout.tss;
  if (workout.intensityFactor !== undefined) payload.ifPlanned = workout.intensityFactor;
  if (workout.startTime) payload.startTimePlanned = `${workout.date}T${workout.startTime}:00`;
  if (workout.structure) payload.structure = trainingPeaksStructureOf(workout);
  return payload;
}

// Rows of one plan share the structure of a repeated session, so each is converted once.
const converted = new WeakMap<WorkoutStructure, TrainingPeaksStructure>();

/** Structures are resolved for the athlete when the import is laid down (lib/imports); here nothing is missing. */
function trainingPeaksStructureOf(workout: PlannedWorkout): TrainingPeaksStructure {
  const structure = workout.structure as WorkoutStructure;
  const cached = converted.get(structure);
  if (cached) return cached;
  const resolution = resolveStructure(structure);
  if ("error" in resolution) throw new Error(`Row ${workout.rowNumber}: ${resolution.error}`);
  const result = toTrainingPeaksStructure(resolution.structure);
  converted.set(structure, result);
  return result;
}
