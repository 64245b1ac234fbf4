import { daysBetween } from "./calendar-date";
import type { ParsedRow } from "./plan-result";

// How far apart a plan's first and last workouts may be: two years. A longer span is almost
// always a wrong year (1900, 2200) and would make PlanDrop read years of calendar for duplicates;
// the preview and the server refuse it with the same sentence, from this one rule.

export const MAX_PLAN_SPAN_DAYS = 2 * 365 + 1;

/** The sentence refusing a plan whose workouts span more than two years, or null when it does not. */
export function planSpanProblem(rows: readonly ParsedRow[]): string | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const row of rows) {
    const date = row.workout?.date;
    if (!date) continue;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  if (first === null || last === null || daysBetween(first, last) <= MAX_PLAN_SPAN_DAYS) return null;
  return `The plan's workouts run from ${first} to ${last}, more than two years; check the dates (a wrong year?) or split the plan into parts of at most two years.`;
}
