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
    const time = looksLikeTime(word) ? readTime(word) : null;
    if (time !== null) {
      if (length?.kind === "distance") return failAt(issues, line, token, `"${word}" is a second length; a step has one length, a time or a distance.`);
      seconds += time;
      if (sport === "swim" && /^\d+m$/i.test(word) && time >= 100 * 60) {
        issues.push({ line, column: token.column, severity: "warning", message: `"${word}" means ${word.slice(0, -1)} minutes; for metres write ${word.slice(0, -1)}mtr.` });
      }
      continue;
    }
    const distance = looksLikeDistance(word) ? DISTANCE.exec(word) : null;
    if (distance) {
      if (length || seconds > 0) return failAt(issues, line, token, `"${word}" is a second length; a step has one length, a time or a distance.`);
      const unit = (distance[2] ?? "").toLowerCase() as "mtr" | "km" | "mi" | "yrd";
      length = { kind: "distance", meters: round(Number(distance[1]) * (DISTANCE_METERS[unit] ?? 1)), unit };
      continue;
    }
    if (word.toLowerCase() === "ramp") {
      ramp = true;
      continue;
    }
    const cadenceMatch = word.length > 3 && word.slice(-3).toLowerCase() === "rpm" ? CADENCE.exec(word) : null;
    if (cadenceMatch) {
      const low = Number(cadenceMatch[1]);
      cadence = { min: low, max: Number(cadenceMatch[2] ?? low) };
      continue;
    }
    const read = readTarget(word, next, sport);
    if (read) {
      if ("error" in read) return failAt(issues, line, token, read.error);
      if (target) return failAt(issues, line, token, `"${word}" is a second target; a step has one (add cadence with rpm).`);
      target = read.target;
      if (read.usesNext) i++;
      continue;
    }
    if (/^\d/.test(word)) return failAt(issues, line, token, `"${word}" is not a length, target or cadence we know. See the notation guide.`);
    names.push(word);
  }

  const start = tokens[0] ?? { text: "", column };
  if (seconds > 0) length = { kind: "time", seconds };
  if (!length) return failAt(issues, line, start, "This step has no length: add a time (10m, 30s, 1h) or a distance (400mtr, 2km).");
  if (!target) return failAt(issues, line, start, "This step has no target: add a percentage (75%), a zone (Z2), watts (220w) or a pace (4:30/km Pace).");
  if (ramp && target.min === target.max) return failAt(issues, line, start, 'A ramp needs a range, like "ramp 50-75%".');
  if (!ramp && target.min > target.max) return failAt(issues, line, start, `The range goes down; write it low to high (${target.max}-${target.min}), or use "ramp".`);
  return { step: { name: names.join(" "), length, target, ramp, ...(cadence ? { cadence } : {}), intensityClass, line }, issues };
}

/** Cheap shape checks so each token meets one regular expression, not all of them. */
function looksLikeTime(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  const first = word.charCodeAt(0);
  return first >= 48 && first <= 57 && (last === 104 || last === 109 || last === 115 || last === 72 || last === 77 || last === 83 || last === 39 || last === 34 || (last >= 48 && last <= 57 && /[hm]/i.test(word)));
}

function looksLikeDistance(word: string): boolean {
  const last = word.charCodeAt(word.length - 1) | 32;
  return last === 114 || last === 109 || last === 105 || last === 100; // mtr, km, mi, yrd
}

function failAt(issues: NotationIssue[], line: number, token: Token, message: string): StepParse {
  return { step: null, issues: [...issues, { line, column: token.column, severity: "error", message }] };
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
  const last = word.charCodeAt(word.length - 1) | 32;
  const percent = last === 37 ? PERCENT.exec(word) : null; // "%"
  if (percent) {
    const low = Number(percent[1]);
    const high = Number(percent[2] ?? low);
    if (low > 300 || high > 300) return { error: `"${word}" is more than 300 %.` };
    const qualified = next === "lthr" ? "thresholdHr" : next === "hr" ? "maxHr" : next === "pace" ? "pace" : next === "ftp" ? "power" : null;
    return { target: { metric: qualified ?? defaultMetric(sport), unit: "percent", min: low, max: high }, usesNext: qualified !== null };
  }
  const zone = word.length === 2 ? ZONE.exec(word) : null;
  if (zone) {
    const metric = next === "hr" ? "thresholdHr" : next === "pace" ? "pace" : defaultMetric(sport);
    const range = zoneRange(metric, Number(zone[1]));
    if (!range) return { error: `"${word}" is not a zone we know.` };
    return { target: { metric, unit: "percent", min: range[0], max: range[1] }, usesNext: next === "hr" || next === "pace" };
  }
  const watts = last === 119 ? WATTS.exec(word) : null; // "w"
  if (watts) {
    const low = Number(watts[1]);
    return { target: { metric: "power", unit: "watts", min: low, max: Number(watts[2] ?? low) }, usesNext: false };
  }
  const pace = word.includes("/") ? PACE.exec(word) : null;
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
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const isSpace = code === 32 || code === 9 || code === 10 || code === 13;
    if (!isSpace && start === -1) start = i;
    else if (isSpace && start !== -1) {
      tokens.push({ text: text.slice(start, i), column: column + start });
      start = -1;
    }
  }
  return tokens;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
