import type { Sport } from "@/lib/plans/sports";
import { metresReading, readLength } from "./read-length";
import { defaultMetric, readTarget } from "./read-target";
import { cleanWord, stepTokens, type Token } from "./step-tokens";
import type { IntensityClass, Length, NotationIssue, Step, Target } from "./structure";
import { widestRange } from "./zones";

// One step of workout text, e.g. "Hard 4m 105-110% 90-100rpm": a length (time or distance), a
// target, optional cadence, "ramp", "press lap" and a rest after it ("200mtr 95% pace 30s rest"),
// and any other words as the step's name (cues, "freeride", "RPE 4").

export type StepParse = { steps: Step[]; issues: NotationIssue[] };

const CADENCE = /^(\d+)(?:-(\d+))?(rpm|spm)$/i;
const FILLERS = new Set(["at", "@", "-", "|", "+", "&"]);
const OPEN_PLACEHOLDER_SECONDS = 300;

export function parseStep(text: string, line: number, column: number, sport: Sport, intensityClass: IntensityClass): StepParse {
  const prompts = text.lastIndexOf("<!>");
  const tokens = prompts === -1 ? stepTokens(text, column) : stepTokens(text.slice(prompts + 3), column + prompts + 3);
  const issues: NotationIssue[] = [];
  const names: string[] = prompts === -1 ? [] : [timedPrompts(text.slice(0, prompts))];
  const start = tokens[0] ?? { text: "", column };
  let seconds = 0;
  let timeToken: Token | null = null;
  let distance: Extract<Length, { kind: "distance" }> | null = null;
  let target: Target | null = null;
  let targetToken: Token = start;
  let ramp = false;
  let openDuration = false;
  let restSeconds = 0;
  let cadence: Step["cadence"];
  const words: string[] = [];
  const lowers: string[] = [];
  for (const token of tokens) {
    const word = cleanWord(token.text);
    words.push(word);
    lowers.push(word.toLowerCase());
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = words[i] as string;
    const lower = lowers[i] as string;
    const next = lowers[i + 1] ?? "";
    if (word === "" || FILLERS.has(lower)) continue;
    if (lower === "ramp") {
      ramp = true;
      continue;
    }
    if ((lower === "press" && next === "lap") || (lower === "lap" && next === "press")) {
      openDuration = true;
      i++;
      continue;
    }
    if (lower === "rpe" && /^\d+(-\d+)?$/.test(next)) {
      names.push(`RPE ${next}`);
      i++;
      continue;
    }
    const length = readLength(word, next !== "pace" && !word.includes("/"));
    if (length && "seconds" in length) {
      if ((seconds > 0 || distance) && (next === "rest" || next === "recovery")) {
        restSeconds += length.seconds;
        i++;
        continue;
      }
      if ((seconds > 0 || distance) && word.includes(":")) return failure(issues, line, token, `"${word}" after the step's length reads as a pace without its unit: write ${word}/km (or /mi, /100m) Pace.`);
      if (distance) return failure(issues, line, token, `"${word}" is a second length; a step has one length, a time or a distance.`);
      seconds += length.seconds;
      timeToken = timeToken ?? token;
      continue;
    }
    if (length) {
      if (distance || seconds > 0) return failure(issues, line, token, `"${word}" is a second length; a step has one length, a time or a distance.`);
      distance = { kind: "distance", meters: length.meters, unit: length.unit };
      continue;
    }
    const cadenceMatch = lower.endsWith("pm") ? CADENCE.exec(word) : null;
    if (cadenceMatch) {
      const low = Number(cadenceMatch[1]);
      cadence = { min: low, max: Number(cadenceMatch[2] ?? low) };
      continue;
    }
    const read = readTarget(word, next, sport);
    if (read) {
      if ("error" in read) return failure(issues, line, token, read.error);
      if (target) return failure(issues, line, token, `"${word}" is a second target; a step has one (add cadence with rpm).`);
      target = read.target;
      targetToken = token;
      if (read.usesNext) i++;
      continue;
    }
    if (/^\d/.test(word)) return failure(issues, line, token, `"${word}" is not a length, target or cadence we know. See the notation guide.`);
    names.push(word);
  }

  const bareMetres = timeToken && seconds > 0 ? metresReading(cleanWord(timeToken.text), sport, target?.metric === "pace") : null;
  if (timeToken && bareMetres) {
    const word = cleanWord(timeToken.text);
    distance = { kind: "distance", meters: bareMetres.meters, unit: "mtr" };
    seconds = 0;
    issues.push({ line, column: timeToken.column, severity: "warning", message: `"${word}" is read as ${bareMetres.meters} metres (${bareMetres.reason}), not minutes; write ${bareMetres.meters}mtr to make it plain.` });
  } else if (timeToken && sport === "swim" && /^\d+m$/i.test(cleanWord(timeToken.text)) && seconds >= 100 * 60) {
    const word = cleanWord(timeToken.text);
    issues.push({ line, column: timeToken.column, severity: "warning", message: `"${word}" means ${word.slice(0, -1)} minutes; for metres write ${word.slice(0, -1)}mtr.` });
  }

  let length: Length | null = seconds > 0 ? { kind: "time", seconds } : distance;
  if (!length && openDuration) {
    length = { kind: "time", seconds: OPEN_PLACEHOLDER_SECONDS };
    issues.push({ line, column: start.column, severity: "warning", message: `"press lap" gives this step no length, and TrainingPeaks needs one: it is sent as ${OPEN_PLACEHOLDER_SECONDS / 60} minutes, and the planned time counts it so.` });
  }
  if (!length) return failure(issues, line, start, "This step has no length: add a time (10m, 30s, 1h) or a distance (400mtr, 2km).");
  if (!target) {
    if (ramp) return failure(issues, line, start, 'A ramp needs a range, like "ramp 50-75%".');
    target = freeTarget(sport);
    issues.push({ line, column: start.column, severity: "warning", message: `This step has no target${names.length > 0 ? ` ("${names.join(" ")}")` : ""}; TrainingPeaks needs one, so it is sent with the widest range of the workout's metric and the step is free.` });
  }
  if (ramp && target.min === target.max) return failure(issues, line, start, 'A ramp needs a range, like "ramp 50-75%".');
  if (!ramp && target.min > target.max) {
    if (target.unit !== "mps") {
      issues.push({ line, column: targetToken.column, severity: "warning", message: `"${target.written}" falls; without "ramp" a range is one steady step (as in Intervals.icu), so the step holds ${target.max}-${target.min}. Write "ramp ${target.written}" to fall gradually.` });
    }
    target = { ...target, min: target.max, max: target.min };
  }

  const step: Step = { name: names.join(" "), length, target, ramp, intensityClass, line, column: start.column };
  if (cadence) step.cadence = cadence;
  if (openDuration) step.openDuration = true;
  if (restSeconds === 0) return { steps: [step], issues };
  const rest: Step = { name: "Rest", length: { kind: "time", seconds: restSeconds }, target: freeTarget(sport), ramp: false, intensityClass: "rest", line, column: start.column };
  return { steps: [step, rest], issues };
}

function failure(issues: NotationIssue[], line: number, token: Token, message: string): StepParse {
  return { steps: [], issues: [...issues, { line, column: token.column, severity: "error", message }] };
}

/** Intervals.icu's timed prompts, "Settle in 33^Find your rhythm <!>", as the step's cue: "Settle in; at 33 s: Find your rhythm". */
function timedPrompts(text: string): string {
  return text.replace(/(\d+)\^/g, "; at $1 s: ").replace(/<!>/g, ";").replace(/\s+/g, " ").replace(/^[\s;]+|[\s;]+$/g, "").replace(/\s+;/g, ";");
}

/** A step without a target holds the widest range of the workout's metric (resolve-structure.ts sets it for that metric). */
function freeTarget(sport: Sport): Target {
  const metric = defaultMetric(sport);
  const [min, max] = widestRange(metric);
  return { metric, unit: "percent", min, max, free: true };
}
