import "server-only";
import type { TrainingPeaksAccount } from "../account";
import type { CalendarWorkout, ChangeOutcome, TrainingPeaksCalendar } from "../calendar";
import { TrainingPeaksError } from "../errors";
import type { PartnerClient } from "./client";
import { DEFAULT_STRUCTURE_OPTIONS, type PartnerStructureOptions } from "./map-structure";
import { sportsOfWorkoutType, toPartnerWorkout } from "./map-workout";
import { listSlices } from "./rules";
import type { AthleteProfile, PartnerWorkout } from "./schemas";

// The calendar through TrainingPeaks' official Partner API. A connection is an athlete's (their
// own calendar, paths without an athlete id) or a coach's (the roster's calendars).

export type PartnerRole = "athlete" | "coach";
export type PartnerCalendarOptions = { role: PartnerRole; structure?: PartnerStructureOptions; today?: () => string };

const BASIC_FUTURE =
  "TrainingPeaks refused this future date: a Basic athlete's future days need Premium, or a coach allowed to plan for them.";

export function partnerCalendar(client: PartnerClient, options: PartnerCalendarOptions): TrainingPeaksCalendar {
  const isCoach = options.role === "coach";
  const pathAthlete = (athleteId: string) => (isCoach ? athleteId : null);
  const structure = options.structure ?? DEFAULT_STRUCTURE_OPTIONS;
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));

  /** A 403 on a write for a future day is the Basic-athlete limit (Partner doc §5); other 403s stay "forbidden". */
  function explainRefusal(error: unknown, day: string): never {
    if (error instanceof TrainingPeaksError && error.kind === "forbidden" && day > today()) {
      throw new TrainingPeaksError("premium_required", { status: 403, userMessage: BASIC_FUTURE });
    }
    throw error;
  }

  async function readOrGone(token: string, athleteId: string, workoutId: string): Promise<PartnerWorkout | "gone"> {
    try {
      return await client.getWorkout(token, pathAthlete(athleteId), workoutId);
    } catch (error) {
      if (error instanceof TrainingPeaksError && error.kind === "not_found") return "gone";
      throw error;
    }
  }

  async function list(token: string, athleteId: string, start: string, end: string): Promise<PartnerWorkout[]> {
    const found: PartnerWorkout[] = [];
    for (const [from, to] of listSlices(start, end)) found.push(...(await client.listWorkouts(token, pathAthlete(athleteId), from, to)));
    return found;
  }

  return {
    api: "partner",

    async describeAccount(token): Promise<TrainingPeaksAccount> {
      if (!isCoach) return accountOfAthlete(await client.getAthleteProfile(token));
      const [coach, roster] = await Promise.all([client.getCoachProfile(token), client.getCoachAthletes(token)]);
      return {
        userId: coach.CoachId,
        name: [coach.FirstName, coach.LastName].filter(Boolean).join(" ") || `Coach ${coach.CoachId}`,
        email: null,
        athleteId: null,
        isPremium: null,
        isCoach: true,
        roster: roster.map((athlete) => ({
          athleteId: athlete.Id,
          name: nameOf(athlete),
          email: athlete.Email ?? null,
          isPremium: athlete.IsPremium ?? null,
          isSelf: false,
        })),
        timeZone: null,
      };
    },

    async createWorkout(token, athleteId, workout) {
      const body = toPartnerWorkout(workout, athleteId, structure);
      const id = await client.createWorkout(token, body).catch((error: unknown) => explainRefusal(error, workout.date));
      if (id) return { workoutId: id };
      // The create's answer is undocumented (Partner doc §8.1): without an Id, the newest workout
      // of that day with this type and title is the one just made.
      const made = (await list(token, athleteId, workout.date, workout.date))
        .filter((found) => found.WorkoutType?.toLowerCase() === body.WorkoutType && found.Title?.trim() === body.Title.trim())
        .sort((a, b) => (BigInt(b.Id) > BigInt(a.Id) ? 1 : -1))[0];
      if (!made) throw new TrainingPeaksError("bad_response", { status: 200, outcomeUnknown: true });
      return { workoutId: made.Id };
    },

    async updateWorkout(token, athleteId, workoutId, workout): Promise<ChangeOutcome> {
      const current = await readOrGone(token, athleteId, workoutId);
      if (current === "gone") return "gone";
      if (isCompleted(current)) return "completed";
      await client
        .updateWorkout(token, workoutId, toPartnerWorkout(workout, athleteId, structure))
        .catch((error: unknown) => explainRefusal(error, workout.date));
      return "done";
    },

    async deleteWorkout(token, athleteId, workoutId): Promise<ChangeOutcome> {
      const current = await readOrGone(token, athleteId, workoutId);
      if (current === "gone") return "gone";
      if (isCompleted(current)) return "completed";
      return (await client.deleteWorkout(token, pathAthlete(athleteId), workoutId)) === "deleted" ? "done" : "gone";
    },

    async listWorkouts(token, athleteId, start, end): Promise<CalendarWorkout[]> {
      return (await list(token, athleteId, start, end)).map((found) => ({
        workoutId: found.Id,
        workoutDay: found.WorkoutDay.slice(0, 10),
        title: found.Title ?? null,
        sports: sportsOfWorkoutType(found.WorkoutType),
      }));
    },

    // Zones have no settled path (Partner doc §3.7): structures go as percentages, and a plan
    // written in watts, bpm or paces says which threshold it needs in its own columns.
    athleteThresholds: async () => ({}),
  };
}

function accountOfAthlete(profile: AthleteProfile): TrainingPeaksAccount {
  return {
    userId: profile.Id,
    name: nameOf(profile),
    email: profile.Email ?? null,
    athleteId: profile.Id,
    isPremium: profile.IsPremium ?? null,
    isCoach: false,
    roster: [],
    timeZone: profile.TimeZone ?? null,
  };
}

function nameOf(profile: AthleteProfile): string {
  return [profile.FirstName, profile.LastName].filter(Boolean).join(" ") || `Athlete ${profile.Id}`;
}

/** The athlete did it: TrainingPeaks holds actuals. PlanDrop never changes those. */
function isCompleted(workout: PartnerWorkout): boolean {
  if (workout.Completed === true) return true;
  return [workout.TotalTime, workout.Distance, workout.TssActual].some((value) => typeof value === "number" && value > 0);
}
