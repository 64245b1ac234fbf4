import { addDays, weekdayIndex } from "./calendar-date";
import type { Layout } from "./layout";
import { type DateOrder, detectDateOrder, parseDateText } from "./parse-date";

export type DateNeeds = { startDate: boolean; dateOrder: boolean };
export type DateResult = { date: string; warning?: string; label: string } | { error: string } | { waiting: string; label: string };
/** Resolves a row's date cells: the date, day or week cell first, and the weekday cell for the week layout. */
export type DateResolver = { needs: DateNeeds; dateOrder: DateOrder | null; conflict: string | null; resolve(first: string, weekday: string): DateResult };

const WEEKDAYS: Record<string, number> = {
  mon: 0, monday: 0, tue: 1, tues: 1, tuesday: 1, wed: 2, wednesday: 2, thu: 3, thur: 3, thurs: 3, thursday: 3,
  fri: 4, friday: 4, sat: 5, saturday: 5, sun: 6, sunday: 6,
};

/**
 * Turns a row's date cells into the calendar date it lands on. Relative layouts count from the
 * plan start date: day 1 (or day 0, when the file starts at 0) is the start date; week 1 is the
 * seven days from the start date, and a weekday lands on that weekday inside its week.
 */
export function makeDateResolver(layout: Layout, firstCells: readonly string[], startDate: string | undefined, chosenOrder: DateOrder | undefined): DateResolver {
  if (layout === "dated" || layout === "trainingpeaks_export") {
    const detected = detectDateOrder(firstCells);
    const order = chosenOrder ?? (detected === "dmy" || detected === "mdy" ? detected : null);
    const conflict = detected === "conflict" && !chosenOrder
      ? "Some dates read as day/month/year and others as month/day/year; choose the order the file uses."
      : null;
    const needsOrder = order === null && (detected === "unknown" || detected === "conflict");
    const seen = new Map<string, DateResult>(); // plans repeat dates: read each distinct cell once
    return {
      needs: { startDate: false, dateOrder: needsOrder },
      dateOrder: order,
      conflict,
      resolve(cell) {
        let result = seen.get(cell);
        if (!result) {
          result = toDateResult(parseDateText(cell, order), cell);
          seen.set(cell, result);
        }
        return result;
      },
    };
  }

  const base = firstCells.some((cell) => cell.trim() === "0") ? 0 : 1;
  return {
    needs: { startDate: !startDate, dateOrder: false },
    dateOrder: null,
    conflict: null,
    resolve(first, weekday) {
      const offset = layout === "day_number" ? dayOffset(first, base) : weekOffset(first, weekday, base, startDate);
      if ("error" in offset) return offset;
      if (!startDate) return { waiting: "Choose the plan start date to place this row.", label: offset.label };
      return { date: addDays(startDate, offset.days), label: offset.label };
    },
  };
}

function toDateResult(parsed: ReturnType<typeof parseDateText>, cell: string): DateResult {
  if ("ambiguous" in parsed) return { waiting: "Choose the date order to place this row.", label: cell.trim() };
  if ("error" in parsed) return parsed;
  return parsed.warning ? { date: parsed.date, warning: parsed.warning, label: parsed.date } : { date: parsed.date, label: parsed.date };
}

type Offset = { days: number; label: string } | { error: string };

function dayOffset(cell: string, base: number): Offset {
  const day = readWholeNumber(cell);
  if (day === null || day < base) return { error: `"${cell.trim()}" is not a day number (${base}, ${base + 1}, ${base + 2}, …).` };
  return { days: day - base, label: `Day ${day}` };
}

function weekOffset(weekCell: string, weekdayCell: string, base: number, startDate: string | undefined): Offset {
  const dayCell = weekdayCell.trim();
  const week = readWholeNumber(weekCell);
  if (week === null || week < base) return { error: `"${weekCell.trim()}" is not a week number (${base}, ${base + 1}, …).` };
  const label = `Week ${week} ${dayCell}`;
  const weekDays = (week - base) * 7;

  const dayNumber = readWholeNumber(dayCell);
  if (dayNumber !== null) {
    if (dayNumber < 1 || dayNumber > 7) return { error: `"${dayCell}" is not a day of the week (Mon to Sun, or 1 to 7).` };
    return { days: weekDays + dayNumber - 1, label };
  }
  const weekday = WEEKDAYS[dayCell.toLowerCase().replace(/\.$/, "")];
  if (weekday === undefined) return { error: `"${dayCell}" is not a day of the week (Mon to Sun, or 1 to 7).` };
  const startWeekday = startDate ? weekdayIndex(startDate) : 0;
  return { days: weekDays + ((weekday - startWeekday + 7) % 7), label };
}

function readWholeNumber(cell: string): number | null {
  const trimmed = cell.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
}
