import { z } from "zod";

// How strictly the fake reads a posted `structure` string: the shape of API doc §7, with the
// rules TrainingPeaks is documented to enforce (a positive length on every step, both target
// values, a known intensity class and metric).

const target = z.object({ minValue: z.number(), maxValue: z.number(), unit: z.literal("roundOrStridePerMinute").optional() });
const step = z.object({
  type: z.literal("step").optional(),
  name: z.string(),
  length: z.object({ value: z.number().positive(), unit: z.enum(["second", "meter"]) }),
  targets: z.array(target).min(1),
  intensityClass: z.enum(["warmUp", "active", "rest", "coolDown"]),
  openDuration: z.boolean().optional(),
});
const block = z.object({
  type: z.enum(["step", "repetition"]),
  length: z.object({ value: z.number().int().positive(), unit: z.literal("repetition") }),
  steps: z.array(step).min(1),
  begin: z.number().optional(),
  end: z.number().optional(),
});
export const postedStructureSchema = z.object({
  structure: z.array(block).min(1),
  polyline: z.array(z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)])).optional(),
  primaryLengthMetric: z.enum(["duration", "distance"]),
  primaryIntensityMetric: z.enum(["percentOfFtp", "percentOfThresholdHr", "percentOfThresholdPace", "percentOfMaxHr"]),
  primaryIntensityTargetOrRange: z.enum(["range", "target"]).optional(),
  visualizationDistanceUnit: z.enum(["meter", "kilometer", "mile"]).optional(),
});

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
  if (steps.some((s) => s.targets.some((t) => !t.unit && t.minValue > t.maxValue))) return "structure has a target whose minValue is above its maxValue.";
  return null;
}
