import "server-only";
import { z } from "zod";

// The Partner API's own shapes (../shared/docs/trainingpeaks-partner-api.md), PascalCase. Only
// lib/trainingpeaks/partner/ sees these. Reads allow unknown keys and nulls; ids may exceed 2^31
// and are kept as strings.

const id = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(String);

export const athleteProfileSchema = z.object({
  Id: id,
  FirstName: z.string().nullish(),
  LastName: z.string().nullish(),
  Email: z.string().nullish(),
  TimeZone: z.string().nullish(),
  CoachedBy: id.nullish(),
  IsPremium: z.boolean().nullish(),
});
export type AthleteProfile = z.infer<typeof athleteProfileSchema>;
export const rosterSchema = z.array(athleteProfileSchema);

export const coachProfileSchema = z.object({ CoachId: id, FirstName: z.string().nullish(), LastName: z.string().nullish() });
export type CoachProfile = z.infer<typeof coachProfileSchema>;

export const partnerWorkoutSchema = z
  .object({
    Id: id,
    AthleteId: id.nullish(),
    WorkoutDay: z.string(),
    WorkoutType: z.string().nullish(),
    Title: z.string().nullish(),
    Completed: z.boolean().nullish(),
    TotalTime: z.number().nullish(),
    Distance: z.number().nullish(),
    TssActual: z.number().nullish(),
  })
  .loose();
export type PartnerWorkout = z.infer<typeof partnerWorkoutSchema>;
export const partnerWorkoutListSchema = z.array(partnerWorkoutSchema);

/** What a create may answer: the workout (with Id), or nothing we can use (Partner doc §3.3: undocumented). */
export const createAnswerSchema = z.union([z.object({ Id: id }).loose(), z.unknown()]);

/** The body of POST /v2/workouts/plan and PUT /v2/workouts/plan/{id}; our own payloads are checked too. */
export const partnerWorkoutBodySchema = z.object({
  Id: z.number().int().positive().optional(),
  AthleteId: z.number().int().positive(),
  WorkoutDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  WorkoutType: z.enum(["swim", "bike", "run", "x-train", "mtb", "strength", "xc-ski", "rowing", "walk", "other"]),
  Title: z.string().min(1).max(500),
  Description: z.string().optional(),
  StartTimePlanned: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/)
    .optional(),
  TotalTimePlanned: z.number().positive().optional(),
  DistancePlanned: z.number().positive().max(99_999_999).optional(),
  TSSPlanned: z.number().min(0).max(9999).optional(),
  IFPlanned: z.number().positive().max(5).optional(),
  Structure: z.string().startsWith("[").optional(),
  StructureDisplayUnit: z.enum(["meter", "mile", "kilometer", "yard"]).optional(),
  Tags: z.array(z.string()).optional(),
});
export type PartnerWorkoutBody = z.infer<typeof partnerWorkoutBodySchema>;
