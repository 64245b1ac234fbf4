import { z } from "zod";

// A structured workout in PlanDrop's own terms, as read from workout text. Targets keep the unit
// they were written in until resolve-structure.ts turns them into percentages of one metric;
// lib/trainingpeaks/map-structure.ts turns the result into TrainingPeaks' structure.

export const METRICS = ["power", "thresholdHr", "maxHr", "pace"] as const;
export type Metric = (typeof METRICS)[number];
export const INTENSITY_CLASSES = ["warmUp", "active", "rest", "coolDown"] as const;
export type IntensityClass = (typeof INTENSITY_CLASSES)[number];

/** percent: of the metric's threshold; watts; bpm; speed in metres per second (from a pace). */
export const targetSchema = z.object({
  metric: z.enum(METRICS),
  unit: z.enum(["percent", "watts", "bpm", "mps"]),
  min: z.number().positive(),
  max: z.number().positive(),
  /** A step written without a target: sent with the widest range of the workout's metric. */
  free: z.boolean().optional(),
  /** Zones as written (Z3-Z4 → 3 to 4), so a zone of another metric can become the same zone of this one. */
  zones: z.object({ from: z.number().int().min(1).max(7), to: z.number().int().min(1).max(7) }).optional(),
  /** The target as written ("4:30/km", "220w"), for messages. */
  written: z.string().optional(),
});
export type Target = z.infer<typeof targetSchema>;

export const lengthSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("time"), seconds: z.number().positive() }),
  z.object({ kind: z.literal("distance"), meters: z.number().positive(), unit: z.enum(["mtr", "km", "mi", "yrd"]) }),
]);
export type Length = z.infer<typeof lengthSchema>;

export const stepSchema = z.object({
  name: z.string(),
  length: lengthSchema,
  target: targetSchema,
  /** A ramp runs from target.min to target.max; a steady step holds the range. */
  ramp: z.boolean(),
  cadence: z.object({ min: z.number().positive(), max: z.number().positive() }).optional(),
  intensityClass: z.enum(INTENSITY_CLASSES),
  /** Ends when the athlete presses lap ("press lap"); the length is then a placeholder. */
  openDuration: z.boolean().optional(),
  /** 1-based line of the workout text the step came from, and the column where the step starts. */
  line: z.number().int().positive(),
  column: z.number().int().positive().optional(),
});
export type Step = z.infer<typeof stepSchema>;

export const blockSchema = z.object({ repeat: z.number().int().min(1).max(99), steps: z.array(stepSchema).min(1) });
export type Block = z.infer<typeof blockSchema>;

export const workoutStructureSchema = z.object({ blocks: z.array(blockSchema).min(1) });
export type WorkoutStructure = z.infer<typeof workoutStructureSchema>;

/** A problem in workout text, pointing at the line and column where it starts (both 1-based). */
export type NotationIssue = { line: number; column: number; severity: "error" | "warning"; message: string };

/** What converting to percentages needs from the athlete when the text uses absolute values. */
export const thresholdsSchema = z.object({
  ftpWatts: z.number().positive().optional(),
  thresholdHr: z.number().positive().optional(),
  maxHr: z.number().positive().optional(),
  /** Threshold pace as speed, metres per second. */
  thresholdSpeed: z.number().positive().optional(),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;
