import "server-only";
import { addDays } from "@/lib/plans/calendar-date";
import type { PlannedWorkout } from "@/lib/plans/workout";

// The Partner API's own rules for what may be planned (Partner doc §3.3, §5), checked before
// anything is sent so a row outside them is refused in the preview with a sentence.

export const PAST_DAYS = 7;
export const AHEAD_DAYS = 365;
/** The longest range one list call may ask for (Partner doc §3.6). */
export const LIST_DAYS = 45;

/** Today's calendar date in a time zone (the athlete's profile zone, else UTC: TrainingPeaks' 403 has the last word). */
export function todayIn(timeZone: string | null, now: Date = new Date()): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  try {
    return format(timeZone ?? "UTC");
  } catch {
    return format("UTC");
  }
}

/**
 * Why the Partner API would refuse this workout's day, or null. `basicAthlete`: an athlete
 * connected to their own Basic account, who may plan only today and the past (a coach is exempt).
 */
export function partnerDayRefusal(workout: Pick<PlannedWorkout, "date">, today: string, basicAthlete: boolean): string | null {
  const first = addDays(today, -PAST_DAYS);
  const last = addDays(today, AHEAD_DAYS);
  if (workout.date < first)
    return `TrainingPeaks' official API plans workouts at most ${PAST_DAYS} days back (from ${first}); this row's ${workout.date} is earlier, so it is not sent.`;
  if (workout.date > last)
    return `TrainingPeaks' official API plans workouts at most a year ahead (until ${last}); this row's ${workout.date} is later, so it is not sent.`;
  if (basicAthlete && workout.date > today)
    return `A Basic TrainingPeaks account can only plan today and earlier through the official API; this row's ${workout.date} needs Premium (or your coach can send it), so it is not sent.`;
  return null;
}

/** The 45-day slices a list of [start, end] is read in. */
export function listSlices(start: string, end: string): [string, string][] {
  const slices: [string, string][] = [];
  for (let from = start; from <= end; from = addDays(from, LIST_DAYS)) {
    const to = addDays(from, LIST_DAYS - 1);
    slices.push([from, to < end ? to : end]);
  }
  return slices;
}
