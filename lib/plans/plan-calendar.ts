import { addDays, weekdayIndex } from "./calendar-date";
import type { ParsedRow } from "./plan-result";
import type { Sport } from "./sports";

// A plan laid out as TrainingPeaks' calendar shows it: Monday-to-Sunday weeks, each day's
// workouts, and each week's totals. Pure, so the browser's calendar and the tests share it.

export type SportTotals = { sport: Sport; count: number; seconds: number; meters: number; tss: number };
export type WeekTotals = { count: number; seconds: number; meters: number; tss: number; bySport: SportTotals[] };
export type CalendarWeek = { monday: string; days: ParsedRow[][]; totals: WeekTotals; issues: number };
/** `unplaced`: rows without a date yet (they wait for a start date, or their date is wrong). */
export type PlanCalendar = { weeks: CalendarWeek[]; unplaced: ParsedRow[]; hasTss: boolean };

/** Every week from the plan's first to its last, empty weeks too, as TrainingPeaks' calendar shows them. */
export function buildPlanCalendar(rows: readonly ParsedRow[]): PlanCalendar {
  const unplaced: ParsedRow[] = [];
  const byMonday = new Map<string, CalendarWeek>();
  let first: string | null = null;
  let last: string | null = null;
  let hasTss = false;

  for (const row of rows) {
    const date = row.workout?.date ?? row.fields.date;
    if (!date) {
      unplaced.push(row);
      continue;
    }
    const monday = mondayOf(date);
    if (first === null || monday < first) first = monday;
    if (last === null || monday > last) last = monday;
    const week = byMonday.get(monday) ?? emptyWeek(monday);
    week.days[weekdayIndex(date)]?.push(row);
    if (row.issues.length > 0) week.issues++;
    if (row.workout) hasTss = addToTotals(week.totals, row.workout) || hasTss;
    byMonday.set(monday, week);
  }

  const weeks: CalendarWeek[] = [];
  for (let monday = first; monday !== null && last !== null && monday <= last; monday = addDays(monday, 7)) {
    weeks.push(byMonday.get(monday) ?? emptyWeek(monday));
  }
  return { weeks, unplaced, hasTss };
}

export function mondayOf(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

/** A week's load for the bar chart: its TSS when the plan gives TSS, else its hours. */
export function weekLoad(week: CalendarWeek, hasTss: boolean): number {
  return hasTss ? week.totals.tss : week.totals.seconds / 3600;
}

function emptyWeek(monday: string): CalendarWeek {
  return { monday, days: [[], [], [], [], [], [], []], totals: { count: 0, seconds: 0, meters: 0, tss: 0, bySport: [] }, issues: 0 };
}

function addToTotals(totals: WeekTotals, workout: NonNullable<ParsedRow["workout"]>): boolean {
  const seconds = workout.durationSeconds ?? 0;
  const meters = workout.distanceMeters ?? 0;
  const tss = workout.tss ?? 0;
  let sport = totals.bySport.find((entry) => entry.sport === workout.sport);
  if (!sport) {
    sport = { sport: workout.sport, count: 0, seconds: 0, meters: 0, tss: 0 };
    totals.bySport.push(sport);
  }
  for (const entry of [totals, sport]) {
    entry.count++;
    entry.seconds += seconds;
    entry.meters += meters;
    entry.tss += tss;
  }
  return workout.tss !== undefined;
}
