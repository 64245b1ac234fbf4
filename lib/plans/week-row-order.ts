import { addDays, daysBetween, weekdayIndex } from "./calendar-date";
import type { DateOrder } from "./parse-date";
import { weekdayOf } from "./plan-offsets";
import { type DateCells, placeDates } from "./resolve-date";

/**
 * Week rows dated "3/3/2027", "3/10/2027": day/month or month/day cannot be told from one date, but
 * the rows of a week grid follow each other a week apart, and only one order does that. Null when
 * both or neither do.
 */
export function weekRowsOrder(cells: readonly DateCells[]): DateOrder | null {
  const fits = (["dmy", "mdy"] as const).filter((order) => weeksFollow(cells, order));
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

function weeksFollow(cells: readonly DateCells[], order: DateOrder): boolean {
  const weeks: string[] = [];
  for (const result of placeDates("dated_week_grid", cells, { dateOrder: order }).results) {
    if (!("date" in result)) return false;
    const monday = addDays(result.date, -weekdayIndex(result.date));
    if (weeks[weeks.length - 1] !== monday) weeks.push(monday);
  }
  return weeks.length >= 2 && weeks.every((monday, index) => index === 0 || daysBetween(weeks[index - 1] ?? monday, monday) === 7);
}

/** Dated rows that name their weekday ("06/01/2027", "Wednesday"): the one order in which every named weekday is right, else null. */
export function weekdayRowsOrder(cells: readonly DateCells[]): DateOrder | null {
  if (!cells.some((cell) => weekdayOf(cell.weekdayCell) !== null)) return null;
  const fits = (["dmy", "mdy"] as const).filter((order) =>
    placeDates("dated", cells, { dateOrder: order }).results.every((result, index) => {
      const weekday = weekdayOf(cells[index]?.weekdayCell ?? "");
      return weekday === null || ("date" in result && weekdayIndex(result.date) === weekday);
    }),
  );
  return fits.length === 1 ? (fits[0] ?? null) : null;
}
