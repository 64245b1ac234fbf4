import type { Sport } from "@/lib/plans/sports";
import { readLength } from "./read-length";
import { readTarget } from "./read-target";
import { failure, freeTarget, readBareMetres, type StepParse, steadyRange, timedPrompts } from "./step-decisions";
import { cleanWord, stepTokens, type Token } from "./step-tokens";
import type { IntensityClass, Length, NotationIssue, Step, Target } from "./structure";

// One step of workout text, e.g. "Hard 4m 105-110% 90-100rpm": a length (time or distance), a
// target, optional cadence, "ramp", "press lap" and a rest after it ("200mtr 95% pace 30s rest"),
// and any other words as the step's name (cues, "freeride", "RPE 4"). A clock after the length is
// a pace in the sport's usual unit ("1600m @ 5:00-4:30", as quick-plan writes it).

export type { StepParse };

const CADENCE = /^(\d+)(?:-(\d+))?(rpm|spm)$/i;
const UNITLESS_PACE = /^\d{1,2}:\d{2}(-\d{1,2}:\d{2})?$/;
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

  const until = lowers.indexOf("until");
  const end = until === -1 ? tokens.length : until;
  for (let i = 0; i < end; i++) {
    const token = tokens[i] as Token;
    const word = words[i] as string;
    const lower = lowers[i] as string;
    const next = lowers[i + 1] ?? "";
    if (word === "" || FILLERS.has(lower)) continue;
    if (lower === "ramp") {
      ramp = true;
      continue;
    }
    if ((lower === "press" && next === "lap") || (lower === "lap" && (next === "press" || next === "button"))) {
      openDuration = true;
      i++;
      continue;
    }
    if (lower === "lap-button") {
      openDuration = true;
      continue;
    }
    if ((seconds > 0 || distance) && !target && UNITLESS_PACE.test(word)) {
      const per = sport === "swim" ? "100m" : "km";
      const read = readTarget(word, "pace", sport);
      if (read && "target" in read) {
        target = read.target;
        targetToken = token;
        issues.push({
          line,
          column: token.column,
          severity: "warning",
          message: `"${word}" after the length is read as a pace per ${per === "km" ? "km" : "100 m"}; write ${word}/${per} Pace to make it plain.`,
        });
        continue;
      }
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
      if (distance) return failure(issues, line, token, `"${word}" is a second length; a step has one length, a time or a distance.`);
      seconds += length.seconds;
      timeToken = timeToken ?? token;
      continue;
    }
    if (length) {
      if (distance || seconds > 0)
        return failure(issues, line, token, `"${word}" is a second length; a step has one length, a time or a distance.`);
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
    if (/^\d/.test(word))
      return failure(issues, line, token, `"${word}" is not a length, target or cadence we know. See the notation guide.`);
    names.push(word);
  }

  if (timeToken && seconds > 0) {
    const metres = readBareMetres(timeToken, seconds, sport, target, line, issues);
    if (metres) {
      distance = metres;
      seconds = 0;
    }
  }
  let length: Length | null = seconds > 0 ? { kind: "time", seconds } : distance;
  if (!length && openDuration) {
    length = { kind: "time", seconds: OPEN_PLACEHOLDER_SECONDS };
    issues.push({
      line,
      column: start.column,
      severity: "warning",
      message: `"press lap" gives this step no length, and TrainingPeaks needs one: it is sent as ${OPEN_PLACEHOLDER_SECONDS / 60} minutes, and the planned time counts it so.`,
    });
  }
  if (until !== -1) {
    const condition = tokens
      .slice(until)
      .map((token) => token.text)
      .join(" ");
    const at = tokens[until] as Token;
    if (!length)
      return failure(
        issues,
        line,
        at,
        `"${condition}" ends the step on a condition, which TrainingPeaks cannot hold: give the step a time or a distance.`,
      );
    issues.push({
      line,
      column: at.column,
      severity: "warning",
      message: `"${condition}" is left out: TrainingPeaks ends a step on its time or distance only.`,
    });
  }
  if (!length) return failure(issues, line, start, "This step has no length: add a time (10m, 30s, 1h) or a distance (400mtr, 2km).");
  if (!target) {
    if (ramp) return failure(issues, line, start, 'A ramp needs a range, like "ramp 50-75%".');
    target = freeTarget(sport);
    issues.push({
      line,
      column: start.column,
      severity: "warning",
      message: `This step has no target${names.length > 0 ? ` ("${names.join(" ")}")` : ""}; TrainingPeaks needs one, so it is sent with the widest range of the workout's metric and the step is free.`,
    });
  }
  if (ramp && target.min === target.max) return failure(issues, line, start, 'A ramp needs a range, like "ramp 50-75%".');
  if (!ramp && target.min > target.max) target = steadyRange(target, targetToken, line, issues);

  const step: Step = { name: names.join(" "), length, target, ramp, intensityClass, line, column: start.column };
  if (cadence) step.cadence = cadence;
  if (openDuration) step.openDuration = true;
  if (restSeconds === 0) return { steps: [step], issues };
  const rest: Step = {
    name: "Rest",
    length: { kind: "time", seconds: restSeconds },
    target: freeTarget(sport),
    ramp: false,
    intensityClass: "rest",
    line,
    column: start.column,
  };
  return { steps: [step, rest], issues };
}
