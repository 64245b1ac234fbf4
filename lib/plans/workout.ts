import { z } from "zod";
import { CALENDAR_DATE } from "./calendar-date";
import { sportSchema } from "./sports";
import { thresholdsSchema, workoutStructureSchema } from "@/lib/workouts/structure";

// One planned workout as PlanDrop understands it, whatever layout it came from.
// TrainingPeaks' own shape is made from this in lib/trainingpeaks/map-workout.ts.
export const plannedWorkoutSchema = z.object({
  rowNumber: z.number().int().min(2),
  /** 1, 2, … when one row of the plan holds several workouts (Swim, Bike and Run columns); absent otherwise. */
  part: z.number().int().min(1).max(50).optional(),
  date: z.string().regex(CALENDAR_DATE, "not a calendar date"),
  sport: sportSchema,
  subtype: z.string().max(100).optional(),
  title: z.string().min(1).max(200),
  description: z.string().max(20_000).optional(),
  coachComments: z.string().max(20_000).optional(),
  durationSeconds: z.number().int().positive().optional(),
  distanceMeters: z.number().positive().optional(),
  tss: z.number().min(0).max(2000).optional(),
  intensityFactor: z.number().positive().max(2).optional(),
  startTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
  phase: z.string().max(200).optional(),
  structureText: z.string().max(20_000).optional(),
  /** The workout text read into steps; targets may still be absolute until resolved for an athlete. */
  structure: workoutStructureSchema.optional(),
  /** A coach's plan may say whose row it is: an athlete id, email or full name. */
  athleteRef: z.string().max(200).optional(),
  /** Thresholds given in the plan's own columns (ftp, lthr, max_hr, threshold_pace). */
  thresholds: thresholdsSchema.optional(),
});
export type PlannedWorkout = z.infer<typeof plannedWorkoutSchema>;
