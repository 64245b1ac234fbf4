import { z } from "zod";
import { WORKOUT_TYPES } from "./trainingpeaks-fixtures";

// Every check the fake TrainingPeaks makes on what it is sent, in one place: the fake (and so the
// demo) refuses with these sentences, and tests call them directly on the payloads we build.
// They are the rules ../shared/docs/trainingpeaks-api.md marks as required, plus what TrainingPeaks'
// own workouts show: a "step" block holds exactly one step, lengths are whole seconds or metres.

const KNOWN_TYPE_IDS = new Set<number>(WORKOUT_TYPES.map(([id]) => id));

const target = z.object({ minValue: z.number(), maxValue: z.number(), unit: z.literal("roundOrStridePerMinute").optional() });
const step = z.object({
  type: z.literal("step").optional(),
  name: z.string(),
  length: z.object({ value: z.number().int("must be a whole number of seconds or metres").positive(), unit: z.enum(["second", "meter"]) }),
  targets: z.array(target).min(1),
  intensityClass: z.enum(["warmUp", "active", "rest", "coolDown"]),
  openDuration: z.boolean().optional(),
});
const block = z
  .object({
    type: z.enum(["step", "repetition"]),
    length: z.object({ value: z.number().int().positive(), unit: z.literal("repetition") }),
    steps: z.array(step).min(1),
    begin: z.number().optional(),
    end: z.number().optional(),
  })
  .refine((b) => b.type === "repetition" || (b.steps.length === 1 && b.length.value === 1), {
    message: 'a "step" block holds exactly one step, once; several steps are a "repetition" block',
  });
export const postedStructureSchema = z.object({
  structure: z.array(block).min(1),
  polyline: z.array(z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)])).optional(),
  primaryLengthMetric: z.enum(["duration", "distance"]),
  primaryIntensityMetric: z.enum(["percentOfFtp", "percentOfThresholdHr", "percentOfThresholdPace", "percentOfMaxHr"]),
  primaryIntensityTargetOrRange: z.enum(["range", "target"]).optional(),
  visualizationDistanceUnit: z.enum(["meter", "kilometer", "mile", "yard"]).optional(),
});

/** The problem with a posted `structure` string, or null when TrainingPeaks would take it. */
export function checkPostedStructure(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return "structure is not valid JSON.";
  }
  const result = postedStructureSchema.safeParse(parsed);
  if (!result.success) return `structure is not valid: ${result.error.issues[0]?.path.join(".")} ${result.error.issues[0]?.message}`;
  const steps = result.data.structure.flatMap((b) => b.steps);
  if (steps.some((s) => s.targets.some((t) => !t.unit && t.minValue > t.maxValue)))
    return "structure has a target whose minValue is above its maxValue.";
  return null;
}

/** The problem with a posted or put workout body for this athlete, or null. Unknown fields are ignored, as TrainingPeaks does. */
export function checkWorkoutBody(body: Record<string, unknown>, athleteId: number): string | null {
  if (typeof body.workoutDay !== "string" || !/^\d{4}-\d{2}-\d{2}(T00:00:00)?$/.test(body.workoutDay)) {
    return "workoutDay must be a local calendar date (YYYY-MM-DD or YYYY-MM-DDT00:00:00).";
  }
  if (typeof body.workoutTypeValueId !== "number" || !KNOWN_TYPE_IDS.has(body.workoutTypeValueId))
    return "workoutTypeValueId is missing or unknown.";
  if (body.athleteId !== undefined && Number(body.athleteId) !== athleteId) return "athleteId in the body does not match the URL.";
  if (Array.isArray(body.userTags)) return "userTags must be a comma-separated string.";
  if (body.structure !== undefined && body.structure !== null) {
    if (typeof body.structure !== "string") return "structure must be a JSON string.";
    const problem = checkPostedStructure(body.structure);
    if (problem) return problem;
  }
  for (const key of ["totalTimePlanned", "distancePlanned", "tssPlanned", "ifPlanned"]) {
    if (body[key] !== undefined && body[key] !== null && (typeof body[key] !== "number" || (body[key] as number) < 0))
      return `${key} must be a number.`;
  }
  if (typeof body.totalTimePlanned === "number" && body.totalTimePlanned > 24) return "totalTimePlanned is in hours.";
  if (typeof body.ifPlanned === "number" && body.ifPlanned > 2) return "ifPlanned is a fraction.";
  return null;
}
