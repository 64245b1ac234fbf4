import { weekNumber } from "./calendar-date";
import type { ParsedRow } from "./plan-result";
import { SPORT_LABELS, type Sport } from "./sports";

export type PlanSummary = {
  rows: number;
  workouts: number;
  errors: number;
  warnings: number;
  waiting: number;
  firstDate: string | null;
  lastDate: string | null;
  weeks: number;
  hoursBySport: { sport: Sport; label: string; hours: number; count: number }[];
};

/** The figures above the preview: what will be imported and what needs attention. */
export function summarizePlan(rows: readonly ParsedRow[]): PlanSummary {
  let errors = 0;
  let warnings = 0;
  let waiting = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  const weeks = new Set<number>();
  const bySport = new Map<Sport, { seconds: number; count: number }>();

  for (const row of rows) {
    if (row.status === "error") errors++;
    if (row.status === "warning") warnings++;
    if (row.status === "waiting") waiting++;
    const { workout } = row;
    if (!workout) continue;
    if (firstDate === null || workout.date < firstDate) firstDate = workout.date;
    if (lastDate === null || workout.date > lastDate) lastDate = workout.date;
    weeks.add(weekNumber(workout.date));
    const sport = bySport.get(workout.sport) ?? { seconds: 0, count: 0 };
    sport.seconds += workout.durationSeconds ?? 0;
    sport.count++;
    bySport.set(workout.sport, sport);
  }

  return {
    rows: rows.length,
    workouts: rows.length - errors - waiting,
    errors,
    warnings,
    waiting,
    firstDate,
    lastDate,
    weeks: weeks.size,
    hoursBySport: [...bySport].map(([sport, { seconds, count }]) => ({ sport, label: SPORT_LABELS[sport], hours: seconds / 3600, count })),
  };
}
