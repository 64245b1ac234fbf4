import "server-only";
import type { Db } from "@/lib/db/client";
import { addDays } from "@/lib/plans/calendar-date";
import type { ParsedRow } from "@/lib/plans/plan-result";
import { workoutIdsInLedger } from "@/lib/imports/data/ledger-entries";
import { rowKeyOf } from "@/lib/imports/ledger/row-key";
import type { CalendarWorkout } from "@/lib/trainingpeaks/calendar";
import { calendarKeysOf, plannedCalendarKeyOf } from "@/lib/imports/ledger/same-workout";

/** An athlete's calendar between two dates (inclusive): day, sports, title and id of each workout. */
export type CalendarReader = (athleteId: string, start: string, end: string) => Promise<CalendarWorkout[]>;

const CHUNK_DAYS = 45;

/**
 * Before anything is sent, the athlete's calendar over the plan's dates is read (in 45-day
 * slices) and rows with the same day, sport and title as a workout already there are flagged,
 * unless PlanDrop itself put that workout there (those rows show as already imported).
 */
export async function findCalendarDuplicates(
  db: Db,
  readCalendar: CalendarReader,
  athleteId: string,
  rows: ParsedRow[],
): Promise<Map<string, string>> {
  const workouts = rows.flatMap((row) => (row.workout ? [row.workout] : []));
  if (workouts.length === 0) return new Map();
  const dates = workouts.map((workout) => workout.date).sort();
  const existing = new Map<string, string>();
  for (let start = dates[0] as string; start <= (dates.at(-1) as string); start = addDays(start, CHUNK_DAYS)) {
    const end = addDays(start, CHUNK_DAYS - 1);
    for (const found of await readCalendar(athleteId, start, end)) {
      for (const key of calendarKeysOf(found)) existing.set(key, found.workoutId);
    }
  }
  if (existing.size === 0) return new Map();
  const ours = await workoutIdsInLedger(db, athleteId, [...existing.values()]);
  const duplicates = new Map<string, string>();
  for (const row of rows) {
    if (!row.workout) continue;
    const match = existing.get(plannedCalendarKeyOf(row.workout));
    if (match && !ours.has(match)) duplicates.set(rowKeyOf(row), match);
  }
  return duplicates;
}
