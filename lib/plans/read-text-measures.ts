import { type DistanceUnit, METERS_PER_UNIT } from "./parse-distance";

// Durations, distances, TSS and IF written in a workout's words: "Medium-long run 11 mi",
// "5km easy", "25 minutes", "72 min · 87 TSS · IF 0.85", "1.5h run", "PT1H30M", "~2.5 mi".
//
// Rules (also in README "Plans people write"):
// - The first part of the text that gives a figure counts (parts end at " + ", " | ", ";", " / ",
//   " w/ ", a new line), read no further than a warm-up or a repeat: "10 min warmup | 15 min tempo"
//   and "4x4m hard / 2m easy" give no total.
// - Repeats ("4x 1.6k", "5x(0.25mi …)"), paces ("5:30/km", "11-12 /mi") and race-distance paces
//   ("10k pace", "@ 15K") are not the workout's own figures.
// - A range ("30-40 mins", "5–6 km", "11-15k") plans its LOWER value, the least the plan asks for;
//   the range stays in the text (title or description) so nothing is lost. "17+" plans 17.
// - A bare "m" after a number below 100 is minutes ("30m", "20m Yoga"), from 100 up metres ("400m").
// - A bare "y" from 25 up is yards, as US swim plans write them ("1500y").

export type TextMeasures = { seconds?: number; meters?: number; tss?: number; intensityFactor?: number; rangeText?: string };

const SEGMENT_END = /\s[+|&]\s|;|\n|\s\/\s|\sw\/\s|\swith\s|,\s*then\s/i;
const WARM_UP = /warm|\bwu\b|einlaufen|échauffement|calentamiento|riscaldamento/i;
const REPEAT = /\d+\s*[x×]\s*(?:\([^)]*\)?|~?[\d.,:]+\s*[\p{L}'"]*)/giu;
const PACE = /[\d:.,]+(?:\s*[-–]\s*[\d:.,]+)?\s*(?:min\s*)?\/\s*\p{L}+/giu;
const RACE_DISTANCE = /(?:@\s*|\bat\s+)?\b\d+(?:[.,]\d+)?\s*k\s+(?:race\s+)?(?:pace|effort)|@\s*\d+(?:[.,]\d+)?\s*k\b/giu;
const MEASURE =
  /~?\s*(\d+(?:[.,]\d+)?)(?:\s*[-–]\s*(\d+(?:[.,]\d+)?))?\+?\s*(hours|hour|hrs|hr|h|std|minutes|minute|mins|min|minuten|'|kilometers|kilometres|kms|km|k|miles|mile|mi|meters|metres|mtr|m|yards|yds|yd|y)(?![\p{L}\d])/giu;
const HOURS_MINUTES = /(?<![\d.])(\d{1,2})\s*h\s*(\d{1,2})(?![\d\p{L}])/iu;
const ISO_DURATION = /\bPT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?\b/;
const TSS = /(\d+(?:[.,]\d+)?)\s*TSS\b|\bTSS\s*[:=]?\s*(\d+(?:[.,]\d+)?)/i;
const IF = /\bIF\s*[:=]?\s*(\d?[.,]\d+)/;

const HOUR_UNITS = new Set(["hours", "hour", "hrs", "hr", "h", "std"]);
const MINUTE_UNITS = new Set(["minutes", "minute", "mins", "min", "minuten", "'"]);
const DISTANCE_UNITS: Record<string, DistanceUnit> = {
  kilometers: "km",
  kilometres: "km",
  kms: "km",
  km: "km",
  k: "km",
  miles: "mi",
  mile: "mi",
  mi: "mi",
  meters: "m",
  metres: "m",
  mtr: "m",
  yards: "yd",
  yds: "yd",
  yd: "yd",
};

/** Reads what the text says about the workout's planned time, distance, TSS and IF. */
export function readTextMeasures(text: string): TextMeasures {
  const measures: TextMeasures = {};
  const tss = TSS.exec(text);
  if (tss) measures.tss = toNumber(tss[1] ?? tss[2] ?? "");
  const intensity = IF.exec(text);
  if (intensity) measures.intensityFactor = toNumber(intensity[1] ?? "");
  const iso = ISO_DURATION.exec(text);
  if (iso && (iso[1] || iso[2] || iso[3]))
    measures.seconds = toNumber(iso[1] ?? "0") * 3600 + toNumber(iso[2] ?? "0") * 60 + toNumber(iso[3] ?? "0");

  for (const segment of text.split(SEGMENT_END)) {
    if (WARM_UP.test(segment)) break;
    if (readSegment(segment, measures)) break;
    REPEAT.lastIndex = 0;
    if (REPEAT.test(segment)) break; // "4x4m hard / 2m easy": the rest describes the intervals, not the workout
  }
  if (measures.seconds !== undefined && measures.seconds <= 0) delete measures.seconds;
  if (measures.meters !== undefined && measures.meters <= 0) delete measures.meters;
  return measures;
}

/** The first duration and distance in one part of the text; true when it held either. */
function readSegment(segment: string, measures: TextMeasures): boolean {
  const cleaned = segment.replace(REPEAT, " ").replace(PACE, " ").replace(RACE_DISTANCE, " ");
  const hadSeconds = measures.seconds !== undefined;
  const hoursMinutes = HOURS_MINUTES.exec(cleaned);
  if (hoursMinutes && !hadSeconds) measures.seconds = Number(hoursMinutes[1]) * 3600 + Number(hoursMinutes[2]) * 60;
  let found = measures.seconds !== undefined && !hadSeconds;
  for (const match of cleaned.matchAll(MEASURE)) {
    const low = toNumber(match[1] ?? "");
    const unit = (match[3] ?? "").toLowerCase();
    const seconds = HOUR_UNITS.has(unit) ? low * 3600 : MINUTE_UNITS.has(unit) || (unit === "m" && low < 100) ? low * 60 : null;
    const distanceUnit =
      unit === "m" ? (low >= 100 ? "m" : null) : unit === "y" ? (low >= 25 ? "yd" : null) : (DISTANCE_UNITS[unit] ?? null);
    if (seconds !== null && measures.seconds === undefined) measures.seconds = seconds;
    else if (distanceUnit !== null && measures.meters === undefined)
      measures.meters = Math.round(low * METERS_PER_UNIT[distanceUnit] * 100) / 100;
    else continue;
    found = true;
    if (match[2]) measures.rangeText = match[0].trim();
  }
  return found;
}

function toNumber(text: string): number {
  return Number(text.replace(",", "."));
}
