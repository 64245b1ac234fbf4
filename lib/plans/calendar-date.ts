// Calendar dates in the plan's own terms: "YYYY-MM-DD" strings, never instants.
// Arithmetic goes through Date.UTC only to count days; no time zone is ever applied.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The shape of a calendar date string; makeCalendarDate and isCalendarDate also check it exists. */
export const CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
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

/** Which Monday-to-Sunday week since 1970 the date falls in; equal numbers mean the same week. */
export function weekNumber(date: string): number {
  return Math.floor((toEpochDay(date) + 3) / 7);
}

function toEpochDay(date: string): number {
  if (!ISO_DATE.test(date)) throw new Error(`Not a calendar date: ${date}`);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && isLeap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
