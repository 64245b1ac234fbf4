// How many days after the plan start a row of a relative plan lands. `weekday` (0 = Monday) is
// set when the row names its weekday: it lands on that weekday inside the week starting `days`
// after the start.

import { WEEKDAYS as ENGLISH_WEEKDAYS } from "./parse-date";

export type Offset = { days: number; weekday?: number; label: string; warning?: string } | { error: string };

const WEEKDAYS: Record<string, number> = {
  ...ENGLISH_WEEKDAYS,
  mo: 0,
  di: 1,
  mi: 2,
  do: 3,
  fr: 4,
  sa: 5,
  so: 6,
  tu: 1,
  we: 2,
  th: 3,
  su: 6,
  montag: 0,
  dienstag: 1,
  mittwoch: 2,
  donnerstag: 3,
  freitag: 4,
  samstag: 5,
  sonntag: 6,
  lundi: 0,
  mardi: 1,
  mercredi: 2,
  jeudi: 3,
  vendredi: 4,
  samedi: 5,
  dimanche: 6,
  lunes: 0,
  martes: 1,
  miercoles: 2,
  miércoles: 2,
  jueves: 3,
  viernes: 4,
  sabado: 5,
  sábado: 5,
  domingo: 6,
  maandag: 0,
  dinsdag: 1,
  woensdag: 2,
  donderdag: 3,
  vrijdag: 4,
  zaterdag: 5,
  zondag: 6,
};

/** 0 = Monday … 6 = Sunday for a weekday cell ("Mon", "monday", "Di."), else null. */
export function weekdayOf(cell: string): number | null {
  return WEEKDAYS[cell.trim().toLowerCase().replace(/\.$/, "")] ?? null;
}

export function dayOffset(cell: string, base: number): Offset {
  const day = readWholeNumber(cell);
  if (day === null || day < base) return { error: `"${cell.trim()}" is not a day number (${base}, ${base + 1}, ${base + 2}, …).` };
  return { days: day - base, label: `Day ${day}` };
}

/** A row of a plan counted down in days: `top` (the most days to go) is the first day. */
export function daysToGoOffset(cell: string, top: number): Offset {
  const days = readWholeNumber(cell);
  if (days === null) return { error: `"${cell.trim()}" is not a number of days to race day.` };
  return { days: top - days, label: days === 0 ? "Race day" : `${days} day${days === 1 ? "" : "s"} to go` };
}

export function wholeNumberOf(cell: string): number | null {
  return readWholeNumber(cell);
}

export function weekOffset(weekCell: string, weekdayCell: string, base: number): Offset {
  const dayCell = weekdayCell.trim();
  const week = readWholeNumber(weekCell);
  if (week === null || week < base) return { error: `"${weekCell.trim()}" is not a week number (${base}, ${base + 1}, …).` };
  const weekDays = (week - base) * 7;
  const dayNumber = readWholeNumber(dayCell);
  if (dayNumber !== null) {
    if (dayNumber < 1 || dayNumber > 7) return { error: `"${dayCell}" is not a day of the week (Mon to Sun, or 1 to 7).` };
    return { days: weekDays + dayNumber - 1, label: `Week ${week} day ${dayNumber}` };
  }
  const weekday = weekdayOf(dayCell);
  if (weekday === null) return { error: `"${dayCell}" is not a day of the week (Mon to Sun, or 1 to 7).` };
  const name = dayCell.length <= 3 ? dayCell.charAt(0).toUpperCase() + dayCell.slice(1) : dayCell;
  return { days: weekDays, weekday, label: `Week ${week} ${name}` };
}

/**
 * Plans with a week number and a row per day in order (no day column): the rows of a week are its
 * days, Monday first. Counted down (WeeksToGoal 17 → 0), the last week ends on race day, so a
 * short race week is its last days. A week with more than seven rows cannot be placed.
 * A week whose rows all name their weekday ("Mon", "Sat") puts each row on that weekday instead.
 */
export function countOffsets(
  cells: readonly { rowNumber: number; dateCell: string; weekdayCell?: string }[],
  countdown: boolean,
): Map<number, Offset> {
  const weeks = new Map<number, number[]>();
  const bad = new Map<number, Offset>();
  const weekdays = new Map<number, number | null>();
  for (const { rowNumber, dateCell, weekdayCell } of cells) {
    weekdays.set(rowNumber, weekdayOf(weekdayCell ?? ""));
    const week = readWholeNumber(dateCell);
    if (week === null) {
      bad.set(rowNumber, { error: `"${dateCell.trim()}" is not a week number.` });
      continue;
    }
    const rows = weeks.get(week) ?? [];
    if (!rows.includes(rowNumber)) rows.push(rowNumber);
    weeks.set(week, rows);
  }
  const numbers = [...weeks.keys()];
  const first = countdown ? Math.max(...numbers) : Math.min(...numbers);
  const last = countdown ? Math.min(...numbers) : Math.max(...numbers);
  const offsets = new Map<number, Offset>(bad);
  for (const [week, rows] of weeks) {
    const weekStart = Math.abs(first - week) * 7;
    const named = rows.map((rowNumber) => weekdays.get(rowNumber) ?? null);
    if (named.every((weekday) => weekday !== null)) {
      rows.forEach(
        (rowNumber, index) =>
          void offsets.set(rowNumber, {
            days: weekStart + (named[index] ?? 0),
            label: countdown ? `${week} weeks to go, ${dayName(named[index] ?? 0)}` : `Week ${week} ${dayName(named[index] ?? 0)}`,
          }),
      );
      continue;
    }
    const lead = week === last && rows.length < 7 ? 7 - rows.length : 0;
    // A week of fewer than seven rows (not the race week) may leave rest days out: its days are a guess, so each row says so.
    const warning =
      rows.length < 7 && week !== last
        ? `Week ${week} has ${rows.length} rows, not 7; with no day column they are read as its first ${rows.length} days. Add a day column if that is wrong.`
        : undefined;
    rows.forEach((rowNumber, index) => {
      if (rows.length > 7)
        offsets.set(rowNumber, {
          error: `Week ${week} has ${rows.length} rows; with no day column, a week holds one row per day (at most 7).`,
        });
      else
        offsets.set(rowNumber, {
          days: weekStart + lead + index,
          label: countdown ? `${week} weeks to go, day ${lead + index + 1}` : `Week ${week} day ${lead + index + 1}`,
          ...(warning ? { warning } : {}),
        });
    });
  }
  return offsets;
}

/** Week numbers that never rise and end lower than they start (3, 3, 2, 1, 0): weeks counted down to race day. */
export function weeksCountDown(cells: readonly string[]): boolean {
  const weeks = cells.map(readWholeNumber);
  if (weeks.some((week) => week === null) || weeks.length < 2) return false;
  return (
    weeks.every((week, index) => index === 0 || (week ?? 0) <= (weeks[index - 1] ?? 0)) && (weeks[0] ?? 0) > (weeks[weeks.length - 1] ?? 0)
  );
}

function dayName(weekday: number): string {
  return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday] ?? "";
}

/** "3", and "Week 3", "Wk 3", "W3", "Day 12", "D12", "Week 3 (recovery)", "3 - Base" as plans write them. */
function readWholeNumber(cell: string): number | null {
  const trimmed = cell.trim();
  if (/^\d{1,4}$/.test(trimmed)) return Number(trimmed);
  const prefixed =
    /^(?:(?:week|wk|w|woche|semaine|semana|settimana|day|d|tag|jour|dia|día|giorno|dag)\.?\s*)?(\d{1,4})(?:\s*[-:(–—,].*)?$/i.exec(trimmed);
  return prefixed ? Number(prefixed[1]) : null;
}
