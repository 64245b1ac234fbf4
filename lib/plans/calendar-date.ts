// Calendar dates in the plan's own terms: "YYYY-MM-DD" strings, never instants.
// Arithmetic goes through Date.UTC only to count days; no time zone is ever applied.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function makeCalendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return match !== null && makeCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}

export function addDays(date: string, days: number): string {
  const d = new Date(toEpochDay(date) * MS_PER_DAY + days * MS_PER_DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  return (toEpochDay(date) + 3) % 7; // 1970-01-01 was a Thursday
}

export function weekdayName(date: string): string {
  return WEEKDAY_NAMES[weekdayIndex(date)] ?? "";
}

/** The Monday on or before the date: the start of its training week. */
export function weekStart(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

/** Today's calendar date where the clock is, for a named IANA time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return parts;
}

function toEpochDay(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
