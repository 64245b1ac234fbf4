import type { Sport } from "@/lib/plans/sports";
import { metresReading } from "./read-length";
import { defaultMetric } from "./read-target";
import { cleanWord, type Token } from "./step-tokens";
import type { Length, NotationIssue, Step, Target } from "./structure";
import { widestRange } from "./zones";

// What parse-step.ts decides about a step once its words are read, each decision said in a
// warning on the step: a bare m read as metres, a falling range held steady, a step without a
// target sent free; and how it refuses one.

export type StepParse = { steps: Step[]; issues: NotationIssue[] };

export function failure(issues: NotationIssue[], line: number, token: Token, message: string): StepParse {
  return { steps: [], issues: [...issues, { line, column: token.column, severity: "error", message }] };
}

/** Intervals.icu's timed prompts, "Settle in 33^Find your rhythm <!>", as the step's cue: "Settle in; at 33 s: Find your rhythm". */
export function timedPrompts(text: string): string {
  return text
    .replace(/(\d+)\^/g, "; at $1 s: ")
    .replace(/<!>/g, ";")
    .replace(/\s+/g, " ")
    .replace(/^[\s;]+|[\s;]+$/g, "")
    .replace(/\s+;/g, ";");
}

/** A step without a target holds the widest range of the workout's metric (resolve-structure.ts sets it for that metric). */
export function freeTarget(sport: Sport): Target {
  const metric = defaultMetric(sport);
  const [min, max] = widestRange(metric);
  return { metric, unit: "percent", min, max, free: true };
}

/** "400m" read as metres where the step says so (read-length.ts), with a warning; on a swim, 100 minutes or more is warned about as it stands. */
export function readBareMetres(
  token: Token,
  seconds: number,
  sport: Sport,
  target: Target | null,
  line: number,
  issues: NotationIssue[],
): Extract<Length, { kind: "distance" }> | null {
  const word = cleanWord(token.text);
  const metres = metresReading(word, sport, target?.metric === "pace");
  if (metres) {
    issues.push({
      line,
      column: token.column,
      severity: "warning",
      message: `"${word}" is read as ${metres.meters} metres (${metres.reason}), not minutes; write ${metres.meters}mtr to make it plain.`,
    });
    return { kind: "distance", meters: metres.meters, unit: "mtr" };
  }
  if (sport === "swim" && /^\d+m$/i.test(word) && seconds >= 100 * 60) {
    issues.push({
      line,
      column: token.column,
      severity: "warning",
      message: `"${word}" means ${word.slice(0, -1)} minutes; for metres write ${word.slice(0, -1)}mtr.`,
    });
  }
  return null;
}

/** A falling range without "ramp" is one steady step over the range, as Intervals.icu holds it; said in a warning (a pace range may be written either way). */
export function steadyRange(target: Target, token: Token, line: number, issues: NotationIssue[]): Target {
  if (target.unit !== "mps") {
    const unit = target.unit === "watts" ? "w" : target.unit === "bpm" ? "bpm" : "%";
    issues.push({
      line,
      column: token.column,
      severity: "warning",
      message: `"${target.written}" falls; without "ramp" a range is one steady step (as in Intervals.icu), so the step holds ${target.max}-${target.min}${unit}. Write "ramp ${target.written}" to fall gradually.`,
    });
  }
  return { ...target, min: target.max, max: target.min };
}
