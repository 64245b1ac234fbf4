import type { Sport } from "@/lib/plans/sports";
import { PACE_DISTANCE_METERS, PACE_UNIT_PATTERN } from "./pace-units";
import type { Metric, Target } from "./structure";
import { zoneRange } from "./zones";

// The target of a step as written. Values keep the order they were written in (a ramp runs from
// the first to the second); parse-step.ts decides what a falling range means.

export type TargetRead = { target: Target; usesNext: boolean } | { error: string } | null;

const PERCENT = /^(\d+(?:\.\d+)?)%?(?:-(\d+(?:\.\d+)?))?%(lthr|hr|mhr|pace|ftp|power)?$/i;
const ZONE = /^z([1-7])(?:-z?([1-7]))?$/i;
const WATTS = /^(\d+)w?(?:-(\d+))?(?:w|watts)$/i;
const BPM = /^(\d+)(?:bpm)?(?:-(\d+))?bpm$/i;
const PACE = new RegExp(`^(\\d{1,2}:\\d{2})(?:\\/(?:${PACE_UNIT_PATTERN}))?(?:-(\\d{1,2}:\\d{2}))?(?:\\/(${PACE_UNIT_PATTERN}))?$`, "i");
const QUALIFIERS: Record<string, Metric> = { lthr: "thresholdHr", hr: "maxHr", mhr: "maxHr", pace: "pace", ftp: "power", power: "power" };
const ZONE_QUALIFIERS: Record<string, Metric> = { lthr: "thresholdHr", hr: "thresholdHr", pace: "pace", ftp: "power", power: "power" };

export function readTarget(word: string, next: string, sport: Sport): TargetRead {
  const first = word.charCodeAt(0) | 32;
  if ((first < 48 || first > 57) && first !== 122 && first !== 99) return null; // a digit, "z" or "c" starts every target
  const percent = word.includes("%") ? PERCENT.exec(word) : null;
  if (percent) {
    const low = Number(percent[1]);
    const high = Number(percent[2] ?? low);
    if (low > 300 || high > 300) return { error: `"${word}" is more than 300 %.` };
    if (next === "mmp")
      return {
        error: `"${word} MMP" is a share of the athlete's best power over a duration, which TrainingPeaks cannot hold; write it as % of FTP or in watts.`,
      };
    const suffix = percent[3]?.toLowerCase();
    const qualified = suffix ? QUALIFIERS[suffix] : QUALIFIERS[next];
    return {
      target: { metric: qualified ?? defaultMetric(sport), unit: "percent", min: low, max: high, written: word },
      usesNext: !suffix && qualified !== undefined,
    };
  }
  const zone = word.length <= 5 ? ZONE.exec(word) : null;
  if (zone) {
    const metric = ZONE_QUALIFIERS[next] ?? defaultMetric(sport);
    const [from, to] = [Number(zone[1]), Number(zone[2] ?? zone[1])].sort((a, b) => a - b) as [number, number];
    const low = zoneRange(metric, from);
    const high = zoneRange(metric, to);
    if (!low || !high) return { error: `"${word}" is not a zone we know.` };
    return {
      target: {
        metric,
        unit: "percent",
        min: low[0],
        max: high[1],
        zones: { from, to },
        written: ZONE_QUALIFIERS[next] ? `${word} ${next === "pace" ? "Pace" : next.toUpperCase()}` : word,
      },
      usesNext: ZONE_QUALIFIERS[next] !== undefined,
    };
  }
  if (/^cz\d+(?:-c?z?\d+)?$/i.test(word))
    return {
      error: `"${word}" is one of the athlete's own zones in Intervals.icu, which PlanDrop cannot see; write it as Z1 to Z7 or as a percentage.`,
    };
  if (/^z\d+(?:-z?\d+)?$/i.test(word)) return { error: `"${word}" is not a zone we know: zones run from Z1 to Z7.` };
  const watts = /w|watts$/i.test(word) ? WATTS.exec(word) : null;
  if (watts) {
    const low = Number(watts[1]);
    return { target: { metric: "power", unit: "watts", min: low, max: Number(watts[2] ?? low), written: word }, usesNext: false };
  }
  const bpm = /bpm$/i.test(word) ? BPM.exec(word) : null;
  if (bpm) {
    const low = Number(bpm[1]);
    return { target: { metric: "thresholdHr", unit: "bpm", min: low, max: Number(bpm[2] ?? low), written: word }, usesNext: false };
  }
  const pace = word.includes(":") ? PACE.exec(word) : null;
  if (pace && (word.includes("/") || next === "pace")) {
    const per = (pace[3] ?? /\/([^-]+)/.exec(word)?.[1] ?? (sport === "swim" ? "100m" : "km")).toLowerCase();
    const distance = PACE_DISTANCE_METERS[per] ?? 1000;
    const [first, second] = [pace[1], pace[2] ?? pace[1]].map((clock) => round(distance / clockSeconds(clock ?? "0:00")));
    return {
      target: { metric: "pace", unit: "mps", min: first as number, max: second as number, written: word },
      usesNext: next === "pace",
    };
  }
  return null;
}

/** A bare percentage or zone is of FTP, except on a swim, which has no power: there it is of threshold pace. */
export function defaultMetric(sport: Sport): Metric {
  return sport === "swim" ? "pace" : "power";
}

function clockSeconds(clock: string): number {
  const [minutes, seconds] = clock.split(":");
  return Number(minutes) * 60 + Number(seconds);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
