import { parseNumber } from "./parse-number";
import { TIME_UNIT_SECONDS } from "./time-units";

/** What a bare number in the duration column means; it comes from the column name or layout. */
export type DurationUnit = "minutes" | "hours" | "seconds";
export type DurationParse = { seconds: number } | { error: string };

const MAX_SECONDS = 24 * 3600;
// The time units, and the prime marks of 45' and 30".
const UNIT_SECONDS: Record<string, number> = { ...TIME_UNIT_SECONDS, "'": 60, '"': 1 };
const BARE_UNIT_SECONDS: Record<DurationUnit, number> = { minutes: 60, hours: 3600, seconds: 1 };
const ISO = /^pt(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/;
const CLOCK = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?$/;
const PART = /(\d+(?:[.,]\d+)?)\s*(hours|hour|hrs|hr|h|minutes|minute|mins|min|m|seconds|second|secs|sec|s|'|")/gy;

/** Reads "45", "1:30", "1:30:00", "1h30m", "90min", "1.5 h", "45'", "25 minutes", "PT1H30M" into seconds. */
export function parseDuration(text: string, bareUnit: DurationUnit, allowDecimalComma: boolean): DurationParse {
  const cell = text.trim().toLowerCase();
  if (cell === "") return { error: "The duration is empty." };

  const seconds = readBareNumber(cell, bareUnit, allowDecimalComma) ?? readClock(cell) ?? readIso(cell) ?? readUnits(cell);
  if (seconds === null) {
    return { error: `"${text.trim()}" is not a duration we can read. Use minutes (45), h:mm (1:30) or 1h30m.` };
  }
  if (seconds <= 0) return { error: `The duration "${text.trim()}" must be more than zero.` };
  if (seconds > MAX_SECONDS) return { error: `"${text.trim()}" reads as more than 24 hours.` };
  return { seconds: Math.round(seconds) };
}

function readBareNumber(cell: string, bareUnit: DurationUnit, allowDecimalComma: boolean): number | null {
  const value = parseNumber(cell, allowDecimalComma);
  return value === null ? null : value * BARE_UNIT_SECONDS[bareUnit];
}

function readIso(cell: string): number | null {
  const iso = ISO.exec(cell);
  if (!iso || (!iso[1] && !iso[2] && !iso[3])) return null;
  return Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0);
}

function readClock(cell: string): number | null {
  const clock = CLOCK.exec(cell);
  if (!clock) return null;
  return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0);
}

function readUnits(cell: string): number | null {
  const compact = cell.replace(/\s+/g, "");
  PART.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  for (let match = PART.exec(compact); match; match = PART.exec(compact)) {
    total += Number((match[1] ?? "").replace(",", ".")) * (UNIT_SECONDS[match[2] ?? ""] ?? 0);
    consumed = PART.lastIndex;
  }
  // "1h30" : trailing minutes after hours, as people write it.
  const trailing = /^\d{1,2}$/.exec(compact.slice(consumed));
  if (trailing && consumed > 0 && compact[consumed - 1] === "h") {
    total += Number(trailing[0]) * 60;
    consumed = compact.length;
  }
  return consumed === compact.length && consumed > 0 ? total : null;
}
