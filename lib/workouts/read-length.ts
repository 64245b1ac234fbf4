import type { Sport } from "@/lib/plans/sports";
import { TIME_UNIT_SECONDS } from "@/lib/plans/time-units";

// The length of a step as written: a time (30s, 10m, 1h2m30s, 1m30, 5', 30", 1'30", 10min,
// 1:30:00, 90:00) or a distance (400mtr, 2km, 5k, 1mi, 100yrd, 100y, 100 yards). A bare "m" is minutes, as in
// Intervals.icu, except where the step says otherwise (see metresReading).

export type DistanceUnit = "mtr" | "km" | "mi" | "yrd";
export type LengthRead = { seconds: number } | { meters: number; unit: DistanceUnit } | null;

const SIMPLE_TIME = /^(\d+(?:\.\d+)?)(h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)$/i;
const COMPOUND_TIME = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/i;
const PRIME_TIME = /^(?:(\d+)')?(?:(\d+)(?:"|''))?$/;
const CLOCK_TIME = /^(?:(\d+):)?(\d{1,3}):(\d{2})$/;
const DISTANCE = /^(\d+(?:\.\d+)?)(mtr|meters?|metres?|km|k|mi|miles?|yrd|yds?|y|yards?)$/i;
const UNIT_OF: Record<string, DistanceUnit> = {
  mtr: "mtr",
  meter: "mtr",
  meters: "mtr",
  metre: "mtr",
  metres: "mtr",
  km: "km",
  k: "km",
  mi: "mi",
  mile: "mi",
  miles: "mi",
  yrd: "yrd",
  y: "yrd",
  yd: "yrd",
  yds: "yrd",
  yard: "yrd",
  yards: "yrd",
};
export const METERS_PER: Record<DistanceUnit, number> = { mtr: 1, km: 1000, mi: 1609.344, yrd: 0.9144 };

/** A length token; a clock ("5:00") counts only when `clockIsTime` (it is a pace when "Pace" follows). */
export function readLength(word: string, clockIsTime: boolean): LengthRead {
  const first = word.charCodeAt(0);
  if (first < 48 || first > 57) return null;
  const last = word.charCodeAt(word.length - 1);
  if (last === 37 || last === 119 || last === 87) return null; // "%", "w": a target
  const distance = DISTANCE.exec(word);
  if (distance) {
    const unit = UNIT_OF[(distance[2] ?? "").toLowerCase()] ?? "mtr";
    return { meters: round(Number(distance[1]) * METERS_PER[unit]), unit };
  }
  const seconds = readTime(word, clockIsTime);
  return seconds === null ? null : { seconds };
}

function readTime(word: string, clockIsTime: boolean): number | null {
  const simple = SIMPLE_TIME.exec(word);
  if (simple) return Number(simple[1]) * (TIME_UNIT_SECONDS[(simple[2] ?? "").toLowerCase()] ?? 0);
  if (/^\d+$/.test(word)) return null;
  const hoursMinutes = /^(\d+)h(\d+)$/i.exec(word); // "1h30" is an hour and a half
  if (hoursMinutes) return Number(hoursMinutes[1]) * 3600 + Number(hoursMinutes[2]) * 60;
  const compound = COMPOUND_TIME.exec(word);
  if (compound && /[hm]/i.test(word)) return Number(compound[1] ?? 0) * 3600 + Number(compound[2] ?? 0) * 60 + Number(compound[3] ?? 0);
  const prime = PRIME_TIME.exec(word);
  if (prime && (prime[1] || prime[2])) return Number(prime[1] ?? 0) * 60 + Number(prime[2] ?? 0);
  const clock = clockIsTime ? CLOCK_TIME.exec(word) : null;
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  return null;
}

/**
 * "400m" is 400 minutes in Intervals.icu, but nobody swims for 400 minutes: a bare m is read as
 * metres where the step says so, and the caller warns how it was read. On a swim, a whole number of
 * 25 m lengths; on a run, walk or row, or on any step with a pace target, a round distance of 100 m
 * or more in 50 m steps (a track distance). Otherwise it stays minutes.
 */
export function metresReading(word: string, sport: Sport, hasPaceTarget: boolean): { meters: number; reason: string } | null {
  const bare = /^(\d+)m$/i.exec(word);
  if (!bare) return null;
  const value = Number(bare[1]);
  if (sport === "swim") return value >= 25 && value % 25 === 0 ? { meters: value, reason: "a swim's pool distance" } : null;
  const onFoot = sport === "run" || sport === "walk" || sport === "rowing";
  if (!onFoot && !hasPaceTarget) return null;
  if (value < 100 || value % 50 !== 0) return null;
  return {
    meters: value,
    reason: hasPaceTarget ? "a distance run at a pace target" : `a round ${sport === "rowing" ? "rowing" : "track"} distance`,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
