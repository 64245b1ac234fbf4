import "server-only";
import { z } from "zod";
import type { TrainingPeaksStructure } from "./map-structure";

// TrainingPeaks' own shapes (the web app's internal API, ../shared/docs/trainingpeaks-api.md).
// Only lib/trainingpeaks/ sees these. Responses allow unknown keys and nulls: the API is
// undocumented and changes, so we insist only on what we use.

const id = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(String);

export const tokenResponseSchema = z.object({
  success: z.literal(true),
  token: z.object({
    access_token: z.string().min(1),
    token_type: z.string().nullish(),
    expires_in: z.number().positive().nullish(),
    expires: z.string().nullish(),
  }),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

const rosterAthleteSchema = z.object({
  athleteId: id,
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  email: z.string().nullish(),
  coachedBy: id.nullish(),
  userType: z.number().nullish(),
  athleteType: z.number().nullish(),
  expireOn: z.string().nullish(),
  premiumTrialDaysRemaining: z.number().nullish(),
});

export const userResponseSchema = z.object({
  user: z.object({
    userId: id,
    personId: id.nullish(),
    firstName: z.string().nullish(),
    lastName: z.string().nullish(),
    fullName: z.string().nullish(),
    email: z.string().nullish(),
    userType: z.number().nullish(),
    expireDate: z.string().nullish(),
    premiumTrialDaysRemaining: z.number().nullish(),
    timeZone: z.string().nullish(),
    settings: z.object({ account: z.object({ isPremium: z.boolean().nullish(), coachType: z.number().nullish() }).nullish() }).nullish(),
    athletes: z.array(rosterAthleteSchema).nullish(),
  }),
  accountStatus: z.object({ isCoach: z.boolean().nullish() }).nullish(),
});
export type UserResponse = z.infer<typeof userResponseSchema>;

/** The body of POST /fitness/v6/athletes/{athleteId}/workouts; we validate our own payloads too. */
export const workoutPayloadSchema = z.object({
  athleteId: z.number().int().positive(),
  workoutDay: z.string().regex(/^\d{4}-\d{2}-\d{2}T00:00:00$/),
  workoutTypeValueId: z.number().int(),
  title: z.string().min(1),
  description: z.string().optional(),
  coachComments: z.string().optional(),
  totalTimePlanned: z.number().positive().max(24).optional(),
  distancePlanned: z.number().positive().optional(),
  tssPlanned: z.number().min(0).optional(),
  ifPlanned: z.number().positive().max(2).optional(),
  startTimePlanned: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00$/)
    .optional(),
  /** An object here; the client sends it as the JSON string TrainingPeaks wants on POST (API doc §5.1). */
  structure: z
    .object({ structure: z.array(z.unknown()).min(1) })
    .loose()
    .optional(),
});
export type WorkoutPayload = Omit<z.infer<typeof workoutPayloadSchema>, "structure"> & { structure?: TrainingPeaksStructure };

export const workoutSchema = z.object({
  workoutId: id,
  athleteId: id.nullish(),
  title: z.string().nullish(),
  workoutTypeValueId: z.number().nullish(),
  workoutDay: z.string(),
});
export type TrainingPeaksWorkout = z.infer<typeof workoutSchema>;
export const workoutListSchema = z.array(workoutSchema);

const rawId = z.union([z.number().int(), z.string().regex(/^\d+$/)]);
const actual = z.number().nullish();

/**
 * One workout as GET …/workouts/{workoutId} returns it, every key kept as it came: an update
 * sends the whole object back (API doc §8.3). The actuals say whether the athlete did it.
 */
export const workoutDetailSchema = z
  .object({
    workoutId: rawId,
    athleteId: rawId.nullish(),
    workoutDay: z.string(),
    completed: z.boolean().nullish(),
    totalTime: actual,
    distance: actual,
    tssActual: actual,
    heartRateAverage: actual,
    powerAverage: actual,
    calories: actual,
  })
  .loose();
export type WorkoutDetail = z.infer<typeof workoutDetailSchema>;

const zoneSetSchema = z.object({ workoutTypeId: z.number().nullish(), threshold: z.number().nullish() });
export const athleteSettingsSchema = z.object({
  powerZones: z.array(zoneSetSchema).nullish(),
  heartRateZones: z.array(zoneSetSchema.extend({ maximumHeartRate: z.number().nullish() })).nullish(),
  speedZones: z.array(zoneSetSchema).nullish(),
});
export type AthleteSettings = z.infer<typeof athleteSettingsSchema>;
