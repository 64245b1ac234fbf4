import { addDays, weekdayIndex } from "./calendar-date";
import type { Layout } from "./layout";
import { type DateOrder, detectDateOrder, parseDateText } from "./parse-date";
import { countOffsets, dayOffset, daysToGoOffset, type Offset, weekOffset, wholeNumberOf } from "./plan-offsets";

export type DateNeeds = { startDate: boolean; dateOrder: boolean };
export type DateResult = { date: string; warning?: string; label: string } | { error: string } | { waiting: string; label: string };
/** The cells a workout's date comes from: the date, day or week cell, and the weekday cell or grid column. */
export type DateCells = { rowNumber: number; dateCell: string; weekdayCell: string };
export type DatePlacement = { needs: DateNeeds; dateOrder: DateOrder | null; conflict: string | null; results: DateResult[] };
type DateOptions = { startDate?: string; raceDate?: string; dateOrder?: DateOrder };

// A range in a week row's date cell ("2027-01-04 – 2027-01-10", "Jan 4 - Jan 10, 2027"): its first date.
const RANGE_SEPARATOR = /\s+(?:-|–|—|to|bis|au|al)\s+/i;

/**
 * Turns each workout's date cells into the calendar date it lands on. Relative layouts count from
 * the plan start date: day 1 (or day 0, when the file starts at 0) is the start date; week 1 is the
 * seven days from the start date, and a weekday lands on that weekday inside its week. A race date
 * instead of a start date puts the plan's last day on it (weekday plans: its last week is the race week).
 */
export function placeDates(layout: Layout, cells: readonly DateCells[], options: DateOptions): DatePlacement {
  if (layout === "dated" || layout === "trainingpeaks_export" || layout === "dated_week_grid")
    return placeDated(layout, cells, options.dateOrder);

  const base = cells.some((cell) => cell.dateCell.trim() === "0") && layout !== "countdown" ? 0 : 1;
  const byRow = layout === "countdown" || layout === "week_order" ? countOffsets(cells, layout === "countdown") : null;
  const top = layout === "day_countdown" ? Math.max(...cells.map((cell) => wholeNumberOf(cell.dateCell) ?? 0)) : 0;
  const offsets = cells.map((cell): Offset => {
    if (byRow) return byRow.get(cell.rowNumber) ?? { error: "This row has no week." };
    if (layout === "day_countdown") return daysToGoOffset(cell.dateCell, top);
    return layout === "day_number" ? dayOffset(cell.dateCell, base) : weekOffset(cell.dateCell, cell.weekdayCell, base);
  });
  const startDate = options.startDate ?? (options.raceDate ? startForRace(layout, offsets, options.raceDate) : undefined);
  const shift = startDate && (layout === "week_weekday" || layout === "week_grid") ? weekdayIndex(startDate) : 0;
  const results = offsets.map((offset): DateResult => {
    if ("error" in offset) return offset;
    if (!startDate) return { waiting: "Choose the plan start date (or race date) to place this row.", label: offset.label };
    const days = offset.weekday === undefined ? offset.days : offset.days + ((offset.weekday - shift + 7) % 7);
    return { date: addDays(startDate, days), label: offset.label, ...(offset.warning ? { warning: offset.warning } : {}) };
  });
  return { needs: { startDate: !startDate, dateOrder: false }, dateOrder: null, conflict: null, results };
}

/** Weekday layouts start on the Monday of the week that makes the last week the race week. */
function startForRace(layout: Layout, offsets: readonly Offset[], raceDate: string): string {
  const last = Math.max(0, ...offsets.map((offset) => ("error" in offset ? 0 : offset.days + (offset.weekday ?? 0))));
  if (layout !== "week_weekday" && layout !== "week_grid") return addDays(raceDate, -last);
  const lastWeekStart = Math.max(0, ...offsets.map((offset) => ("error" in offset ? 0 : offset.days)));
  return addDays(raceDate, -weekdayIndex(raceDate) - lastWeekStart);
}

function placeDated(layout: Layout, cells: readonly DateCells[], chosenOrder: DateOrder | undefined): DatePlacement {
  const firstDates = cells.map((cell) => (layout === "dated_week_grid" ? (cell.dateCell.split(RANGE_SEPARATOR)[0] ?? "") : cell.dateCell));
  const detected = detectDateOrder(firstDates);
  const order = chosenOrder ?? (detected === "dmy" || detected === "mdy" ? detected : null);
  const conflict =
    detected === "conflict" && !chosenOrder
      ? "Some dates read as day/month/year and others as month/day/year; choose the order the file uses."
      : null;
  const needsOrder = order === null && (detected === "unknown" || detected === "conflict");
  const seen = new Map<string, DateResult>(); // plans repeat dates: read each distinct cell once
  const results = cells.map((cell, index): DateResult => {
    const text = firstDates[index] ?? "";
    let result = seen.get(text);
    if (!result) {
      result = toDateResult(parseDateText(text, order), text);
      seen.set(text, result);
    }
    if (layout !== "dated_week_grid" || !("date" in result)) return result;
    const weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(cell.weekdayCell);
    const date = addDays(result.date, (weekday - weekdayIndex(result.date) + 7) % 7);
    return { date, label: date };
  });
  return { needs: { startDate: false, dateOrder: needsOrder }, dateOrder: order, conflict, results };
}

function toDateResult(parsed: ReturnType<typeof parseDateText>, cell: string): DateResult {
  if ("ambiguous" in parsed) return { waiting: "Choose the date order to place this row.", label: cell.trim() };
  if ("error" in parsed) return parsed;
  return parsed.warning ? { date: parsed.date, warning: parsed.warning, label: parsed.date } : { date: parsed.date, label: parsed.date };
}
