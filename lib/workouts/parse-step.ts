import type { Sport } from "@/lib/plans/sports";
import type { IntensityClass, Length, NotationIssue, Step, Target } from "./structure";
import { zoneRange } from "./zones";

// One step of workout text, e.g. "Hard 4m 105-110% 90-100rpm": a length (time or distance), one
// target, optional cadence and "ramp", and any other words as the step's name.

type Token = { text: string; column: number };
export type StepParse = { step: Step | null; issues: NotationIssue[] };

const TIME_UNITS: Record<string, number> = { h: 3600, m: 60, s: 1 };
const DISTANCE_METERS: Record<string, number> = { mtr: 1, km: 1000, mi: 1609.344, yrd: 0.9144 };
const PACE_DISTANCE: Record<string, number> = { km: 1000, mi: 1609.344, "100m": 100, "100y": 91.44, "100yd": 91.44, "500m": 500 };

const TIME = /^(\d+(?:\.\d+)?)(h|m|s)$/i;
const COMPOUND_TIME = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/i;
const PRIME_TIME = /^(?:(\d+)')?(?:(\d+)")?$/;
const DISTANCE = /^(\d+(?:\.\d+)?)(mtr|km|mi|yrd)$/i;
const PERCENT = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?%$/;
const ZONE = /^z([1-7])$/i;
const WATTS = /^(\d+)(?:-(\d+))?w$/i;
const PACE = /^(\d{1,2}:\d{2})(?:-(\d{1,2}:\d{2}))?\/(km|mi|100m|100y|100yd|500m)$/i;
const CADENCE = /^(\d+)(?:-(\d+))?rpm$/i;

export function parseStep(text: string, line: number, column: number, sport: Sport, intensityClass: IntensityClass): StepParse {
  const tokens = tokenize(text, column);
  const issues: NotationIssue[] = [];
  const fail = (token: Token, message: string): StepParse => ({ step: null, issues: [...issues, { line, column: token.column, severity: "error", message }] });
  const names: string[] = [];
  let seconds = 0;
  let length: Length | null = null;
  let target: Target | null = null;
  let ramp = false;
  let cadence: Step["cadence"];

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = token.text;
    const next = tokens[i + 1]?.text.toLowerCase() ?? "";
    const time = readTime(word);
    if (time !== null) {
      if (length?.kind === "distance") return fail(token, `"${word}" is a second length; a step has one length, a time or a distance.`);
      seconds += time;
      if (sport === "swim" && /^\d+m$/i.test(word) && time >= 100 * 60) {
        issues.push({ line, column: token.column, severity: "warning", message: `"${word}" means ${word.slice(0, -1)} minutes; for metres write ${word.slice(0, -1)}mtr.` });
      }
      continue;
    }
    const distance = DISTANCE.exec(word);
    if (distance) {
      if (length || seconds > 0) return fail(token, `"${word}" is a second length; a step has one length, a time or a distance.`);
      const unit = (distance[2] ?? "").toLowerCase() as "mtr" | "km" | "mi" | "yrd";
      length = { kind: "distance", meters: round(Number(distance[1]) * (DISTANCE_METERS[unit] ?? 1)), unit };
      continue;
    }
    if (word.toLowerCase() === "ramp") {
      ramp = true;
      continue;
    }
    const cadenceMatch = CADENCE.exec(word);
    if (cadenceMatch) {
      const low = Number(cadenceMatch[1]);
      cadence = { min: low, max: Number(cadenceMatch[2] ?? low) };
      continue;
    }
    const read = readTarget(word, next, sport);
    if (read) {
      if ("error" in read) return fail(token, read.error);
      if (target) return fail(token, `"${word}" is a second target; a step has one (add cadence with rpm).`);
      target = read.target;
      if (read.usesNext) i++;
      continue;
    }
    if (/^\d/.test(word)) return fail(token, `"${word}" is not a length, target or cadence we know. See the notation guide.`);
    names.push(word);
  }

  const start = tokens[0] ?? { text: "", column };
  if (seconds > 0) length = { kind: "time", seconds };
  if (!length) return fail(start, "This step has no length: add a time (10m, 30s, 1h) or a distance (400mtr, 2km).");
  if (!target) return fail(start, "This step has no target: add a percentage (75%), a zone (Z2), watts (220w) or a pace (4:30/km Pace).");
  if (ramp && target.min === target.max) return fail(start, 'A ramp needs a range, like "ramp 50-75%".');
  if (!ramp && target.min > target.max) return fail(start, `The range goes down; write it low to high (${target.max}-${target.min}), or use "ramp".`);
  return { step: { name: names.join(" "), length, target, ramp, ...(cadence ? { cadence } : {}), intensityClass, line }, issues };
}

function readTime(word: string): number | null {
  const simple = TIME.exec(word);
  if (simple) return Number(simple[1]) * (TIME_UNITS[(simple[2] ?? "").toLowerCase()] ?? 0);
  if (/^\d+$/.test(word)) return null;
  const hoursMinutes = /^(\d+)h(\d+)$/i.exec(word); // "1h30" is an hour and a half
  if (hoursMinutes) return Number(hoursMinutes[1]) * 3600 + Number(hoursMinutes[2]) * 60;
  const compound = COMPOUND_TIME.exec(word);
  if (compound && /[hm]/i.test(word)) return Number(compound[1] ?? 0) * 3600 + Number(compound[2] ?? 0) * 60 + Number(compound[3] ?? 0);
  const prime = PRIME_TIME.exec(word);
  if (prime && (prime[1] || prime[2])) return Number(prime[1] ?? 0) * 60 + Number(prime[2] ?? 0);
  return null;
}

type TargetRead = { target: Target; usesNext: boolean } | { error: string } | null;

function readTarget(word: string, next: string, sport: Sport): TargetRead {
  const percent = PERCENT.exec(word);
  if (percent) {
    const low = Number(percent[1]);
    const high = Number(percent[2] ?? low);
    if (low > 300 || high > 300) return { error: `"${word}" is more than 300 %.` };
    const qualified = next === "lthr" ? "thresholdHr" : next === "hr" ? "maxHr" : next === "pace" ? "pace" : next === "ftp" ? "power" : null;
    return { target: { metric: qualified ?? defaultMetric(sport), unit: "percent", min: low, max: high }, usesNext: qualified !== null };
  }
  const zone = ZONE.exec(word);
  if (zone) {
    const metric = next === "hr" ? "thresholdHr" : next === "pace" ? "pace" : defaultMetric(sport);
    const range = zoneRange(metric, Number(zone[1]));
    if (!range) return { error: `"${word}" is not a zone we know.` };
    return { target: { metric, unit: "percent", min: range[0], max: range[1] }, usesNext: next === "hr" || next === "pace" };
  }
  const watts = WATTS.exec(word);
  if (watts) {
    const low = Number(watts[1]);
    return { target: { metric: "power", unit: "watts", min: low, max: Number(watts[2] ?? low) }, usesNext: false };
  }
  const pace = PACE.exec(word);
  if (pace) {
    const distance = PACE_DISTANCE[(pace[3] ?? "").toLowerCase()] ?? 1000;
    const speeds = [pace[1], pace[2] ?? pace[1]].map((clock) => distance / clockSeconds(clock ?? "0:00"));
    return { target: { metric: "pace", unit: "mps", min: round(Math.min(...speeds)), max: round(Math.max(...speeds)) }, usesNext: next === "pace" };
  }
  return null;
}

/** A bare percentage or zone is of FTP, except on a swim, which has no power: there it is of threshold pace. */
function defaultMetric(sport: Sport): Target["metric"] {
  return sport === "swim" ? "pace" : "power";
}

function clockSeconds(clock: string): number {
  const [minutes, seconds] = clock.split(":");
  return Number(minutes) * 60 + Number(seconds);
}

function tokenize(text: string, column: number): Token[] {
  const tokens: Token[] = [];
  const pattern = /\S+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) tokens.push({ text: match[0], column: column + match.index });
  return tokens;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
