import type { ColumnMap } from "./layout";
import { weekdayOf } from "./plan-offsets";

// Plans that give each row its weekday but no week column: "Week 3" rows between the days (as
// plans copied from documents have them) set the week; without them, a new week starts whenever
// the weekday comes round again (Sun → Mon). A day column holding weekday names is such a column.

const SECTION = /^(?:week|wk|woche|semaine|semana|settimana|week\s*#)\.?\s*(\d{1,3})\b/i;

export type WeekCounter = { section(cells: readonly string[]): boolean; weekOf(weekdayCell: string): string } | null;

/** Null when the plan has a week column (or no weekdays); the map is turned to the weekday layout when its day column holds weekday names. */
export function canDeriveWeeks(map: ColumnMap): boolean {
  return (
    !map.fields.week &&
    !map.weeksToGoal &&
    !map.fields.date &&
    map.days.length === 0 &&
    (map.fields.weekday !== undefined || map.fields.day !== undefined)
  );
}

export function makeWeekCounter(map: ColumnMap, firstCells: readonly string[], firstWeek = 1): WeekCounter {
  if (!canDeriveWeeks(map)) return null;
  if (!map.fields.weekday && map.fields.day && weekdayOf(firstCells[map.fields.day.index] ?? "") !== null) {
    map.fields.weekday = map.fields.day;
    delete map.fields.day;
    map.layout = "week_weekday";
  }
  if (!map.fields.weekday || map.layout !== "week_weekday") return null;
  let week = firstWeek;
  let last = -1;
  return {
    section(cells) {
      const found = sectionWeekOf(cells);
      if (found === null) return false;
      week = found;
      last = -1;
      return true;
    },
    weekOf(weekdayCell) {
      const weekday = weekdayOf(weekdayCell);
      if (weekday !== null && weekday < last) week++;
      if (weekday !== null) last = weekday;
      return String(week);
    },
  };
}

/** The week a "Week 3" row between the days opens, or null for any other row. */
export function sectionWeekOf(cells: readonly string[]): number | null {
  let filled: string | null = null;
  for (const cell of cells) {
    if (cell.trim() === "") continue;
    if (filled !== null) return null;
    filled = cell.trim();
  }
  const match = filled === null ? null : SECTION.exec(filled);
  return match ? Number(match[1]) : null;
}
