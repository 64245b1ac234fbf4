import type { ColumnMap } from "./layout";

/**
 * A plan with a week number and no day (no day, weekday or date column) is readable only when each
 * week has a row per day. One row per week is a weekly summary (weekly targets, the week's key
 * sessions): its workouts have no days, so the plan gets one sentence saying why it can't be placed.
 */
export function weeklySummaryError(map: ColumnMap, weekCells: readonly string[]): string | null {
  if (map.layout !== "countdown" && map.layout !== "week_order") return null;
  const rowsPerWeek = new Map<string, number>();
  for (const cell of weekCells) if (cell !== "") rowsPerWeek.set(cell, (rowsPerWeek.get(cell) ?? 0) + 1);
  if (rowsPerWeek.size < 2 || [...rowsPerWeek.values()].some((rows) => rows > 1)) return null;
  const week = (map.weeksToGoal ?? map.fields.week)?.header ?? "week";
  return `This plan has one row per week ("${week}") and no days, so PlanDrop cannot place its workouts on dates: add a day or weekday column, a row per day, or a column per weekday (Mon … Sun).`;
}
