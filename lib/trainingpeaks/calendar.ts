import "server-only";
import type { Sport } from "@/lib/plans/sports";
import type { PlannedWorkout } from "@/lib/plans/workout";
import type { Thresholds } from "@/lib/workouts/structure";
import type { TrainingPeaksAccount } from "./account";

// "A TrainingPeaks calendar", as the import engine sees it, whichever API reaches it: the web
// app's API (a saved cookie or a pasted token, web-calendar.ts) or the official Partner API
// (OAuth, partner/partner-calendar.ts). Only our own types cross it; vendor shapes stay behind.

/** A workout as a calendar read shows it. `sports`: every sport of ours that a workout showing like this may have been planned as. */
export type CalendarWorkout = { workoutId: string; workoutDay: string; title: string | null; sports: readonly Sport[] };

/** What happened to a workout PlanDrop meant to change: done, left alone because the athlete did it, or no longer there. */
export type ChangeOutcome = "done" | "completed" | "gone";

export type TrainingPeaksCalendar = {
  /** Which TrainingPeaks API this calendar talks to. */
  readonly api: "web" | "partner";
  /** Who the token belongs to, with a coach's roster. `athleteIdFromToken`: what a pasted token's claims say, when they say. */
  describeAccount(token: string, athleteIdFromToken?: string | null): Promise<TrainingPeaksAccount>;
  /** Plans one workout; never repeated blindly (an error with outcomeUnknown may have created it). */
  createWorkout(token: string, athleteId: string, workout: PlannedWorkout): Promise<{ workoutId: string }>;
  /** Gives a planned workout this content; one the athlete completed is left alone. */
  updateWorkout(token: string, athleteId: string, workoutId: string, workout: PlannedWorkout): Promise<ChangeOutcome>;
  /** Deletes a planned workout unless the athlete completed it; one already gone counts as gone. */
  deleteWorkout(token: string, athleteId: string, workoutId: string): Promise<ChangeOutcome>;
  /** The athlete's workouts between two calendar dates, both included. */
  listWorkouts(token: string, athleteId: string, start: string, end: string): Promise<CalendarWorkout[]>;
  /** The athlete's thresholds for a sport, as far as this API tells them ({} when it does not). */
  athleteThresholds(token: string, athleteId: string, sport: Sport): Promise<Thresholds>;
};
