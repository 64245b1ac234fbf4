import "server-only";
import type { Sport } from "@/lib/plans/sports";
import { SPORT_LABELS } from "@/lib/plans/sports";
import type { PlannedWorkout } from "@/lib/plans/workout";
import { resolveStructure } from "@/lib/workouts/resolve-structure";
import { DEFAULT_STRUCTURE_OPTIONS, type PartnerStructureOptions, toPartnerStructure } from "./map-structure";
import type { PartnerWorkoutBody } from "./schemas";

// Our planned workout → the Partner API's POST/PUT body (Partner doc §4.1): PascalCase, the
// day as a calendar date without a zone, time in decimal hours, distance in metres, the
// structure as a JSON string of Step/Repetition elements, and WorkoutType as a lowercase word.

/** The WorkoutType sent per sport (Partner doc §4.3); null where the Partner API has no type to create with. */
const WORKOUT_TYPES: Record<Sport, PartnerWorkoutBody["WorkoutType"] | null> = {
  swim: "swim",
  bike: "bike",
  run: "run",
  crosstrain: "x-train",
  mtb: "mtb",
  strength: "strength",
  xc_ski: "xc-ski",
  rowing: "rowing",
  walk: "walk",
  other: "other",
  brick: null,
  race: null,
  day_off: null,
  custom: null,
};
/** Sports the Partner API cannot create: they go as "other" (Partner doc §6), and their rows say so. */
const SENT_AS_OTHER: Sport[] = ["brick", "race", "day_off", "custom"];
/** How reads name the types only reads show (Partner doc §4.3). */
const READ_ONLY_TYPES: Record<string, Sport> = { brick: "brick", race: "race", "day off": "day_off", custom: "custom" };
const DISPLAY_UNIT = { mtr: "meter", yrd: "yard", km: "kilometer", mi: "mile" } as const;
/** The mark PlanDrop's workouts carry (dropped by TrainingPeaks for Basic athletes, so never relied on). */
export const PLANDROP_TAG = "PlanDrop";

export function workoutTypeOf(sport: Sport): PartnerWorkoutBody["WorkoutType"] {
  return WORKOUT_TYPES[sport] ?? "other";
}

/** The row's note when its sport has no Partner type, else null. */
export function sportWarningOf(sport: Sport): string | null {
  if (!SENT_AS_OTHER.includes(sport)) return null;
  return `TrainingPeaks' official API has no ${SPORT_LABELS[sport]} workout type, so this workout goes on the calendar as Other.`;
}

/** Every sport of ours a WorkoutType read back may stand for (compared without case: reads capitalise, Partner doc §4.3). */
export function sportsOfWorkoutType(type: string | null | undefined): Sport[] {
  const key = (type ?? "").trim().toLowerCase();
  if (key === "other") return ["other", ...SENT_AS_OTHER];
  const readOnly = READ_ONLY_TYPES[key];
  if (readOnly) return [readOnly];
  return (Object.entries(WORKOUT_TYPES) as [Sport, string | null][]).filter(([, sent]) => sent === key).map(([sport]) => sport);
}

export function toPartnerWorkout(
  workout: PlannedWorkout,
  athleteId: string,
  options: PartnerStructureOptions = DEFAULT_STRUCTURE_OPTIONS,
): PartnerWorkoutBody {
  const body: PartnerWorkoutBody = {
    AthleteId: Number(athleteId),
    WorkoutDay: workout.date,
    WorkoutType: workoutTypeOf(workout.sport),
    Title: workout.title,
    Tags: [PLANDROP_TAG],
  };
  // The Partner API has no coach-comment field on writes: the comments follow the description, marked.
  const description = [workout.description, workout.coachComments ? `Coach comments: ${workout.coachComments}` : undefined]
    .filter(Boolean)
    .join("\n\n");
  if (description) body.Description = description;
  if (workout.durationSeconds) body.TotalTimePlanned = workout.durationSeconds / 3600;
  if (workout.distanceMeters) body.DistancePlanned = workout.distanceMeters;
  if (workout.tss !== undefined) body.TSSPlanned = workout.tss;
  if (workout.intensityFactor !== undefined) body.IFPlanned = workout.intensityFactor;
  if (workout.startTime) body.StartTimePlanned = `${workout.date}T${workout.startTime}:00`;
  if (workout.structure) {
    const resolution = resolveStructure(workout.structure);
    if ("error" in resolution) throw new Error(`Row ${workout.rowNumber}: ${resolution.error}`);
    body.Structure = JSON.stringify(toPartnerStructure(resolution.structure, options));
    const firstDistance = resolution.structure.blocks.flatMap((block) => block.steps).find((step) => step.length.kind === "distance");
    if (firstDistance?.length.kind === "distance") body.StructureDisplayUnit = DISPLAY_UNIT[firstDistance.length.unit];
  }
  return body;
}
