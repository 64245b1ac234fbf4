import { readLength } from "./read-length";
import { cleanWord } from "./step-tokens";
import type { IntensityClass } from "./structure";

// What one line of multi-line workout text is: a step (after a bullet "-", "*", "•", "1." or
// starting with a length), a step repeated ("- 4x 50mtr 85% Pace"), a repeat opener ("4x",
// "- 3x", "- repeat: 4", "Main Set 5x", "Main set (5x):") or a section header ("Warmup", "## Main set").

export type LineKind =
  | { kind: "step"; text: string; offset: number; repeat: number }
  | { kind: "repeat"; repeat: number; heading: string; bullet: boolean }
  | { kind: "header"; heading: string };

const BULLET = /^(?:[-*•·+](?=\s|\d)|\d{1,2}[.)](?=\s))\s*/;
const STEP_REPEAT = /^(\d{1,3})\s*x\s*(?=\S)(?!\()/i;
const REPEAT_AT_END = /^(.*?)[\s(:,-]*(?:(\d{1,3})\s*x|x\s*(\d{1,3})|(\d{1,3})\s*times)\s*\)?\s*:?$/i;
const REPEAT_WORD = /^repeat:?\s*(\d{1,3})\s*(?:x|times)?:?$/i;
const CUE_CLASSES: [RegExp, IntensityClass][] = [
  [/^(warm[\s-]?up|wu)\b/i, "warmUp"],
  [/^(cool[\s-]?down|cd|warm[\s-]?down)\b/i, "coolDown"],
  [/^(recover|recovery|rest)\b/i, "rest"],
];
const HEADER_WORDS =
  /^(warm[\s-]?up|cool[\s-]?down|main|set|intervals?|recovery|rest|drills?|strides|build|pre[\s-]?main|post[\s-]?main|finish)\b/i;
const HEADER_CLASSES: [RegExp, IntensityClass][] = [
  [/^(warm[\s-]?up|wu)\b/i, "warmUp"],
  [/^(cool[\s-]?down|cd|warm[\s-]?down)\b/i, "coolDown"],
  [/^(recovery|rest|easy)\b/i, "rest"],
];

/** A line under a repeat that has no steps yet, written without a bullet ("Bike - Zone 6 until HR 184"), is taken as its step unless it names a section. */
export function isUnbulletedStep(trimmed: string): boolean {
  return /\d/.test(trimmed) && !HEADER_WORDS.test(cleanHeading(trimmed));
}

export function classifyLine(trimmed: string): LineKind {
  const normal = trimmed.replace(/×/g, "x").replace(/[–—]/g, "-");
  const bullet = BULLET.exec(normal);
  const body = bullet ? normal.slice(bullet[0].length) : normal;
  const offset = bullet ? bullet[0].length : 0;
  const stepRepeat = STEP_REPEAT.exec(body);
  if (stepRepeat && startsWithLength(body.slice(stepRepeat[0].length))) {
    return { kind: "step", text: body.slice(stepRepeat[0].length), offset: offset + stepRepeat[0].length, repeat: Number(stepRepeat[1]) };
  }
  if (stepRepeat && bullet && /\d/.test(body.slice(stepRepeat[0].length)))
    return { kind: "step", text: body.slice(stepRepeat[0].length), offset: offset + stepRepeat[0].length, repeat: Number(stepRepeat[1]) };
  const repeatWord = REPEAT_WORD.exec(body);
  if (repeatWord) return { kind: "repeat", repeat: Number(repeatWord[1]), heading: "", bullet: Boolean(bullet) };
  const heading = cleanHeading(body);
  const repeat = /x|times/i.test(heading) ? REPEAT_AT_END.exec(heading) : null;
  if (repeat && (!bullet || !/\d/.test(repeat[1] ?? "")))
    return { kind: "repeat", repeat: Number(repeat[2] ?? repeat[3] ?? repeat[4]), heading: repeat[1] ?? "", bullet: Boolean(bullet) };
  if (bullet && (/\d/.test(body) || /\blap\b/i.test(body) || !HEADER_WORDS.test(heading)))
    return { kind: "step", text: body, offset, repeat: 1 };
  if (!bullet && startsWithLength(body)) return { kind: "step", text: body, offset, repeat: 1 };
  return { kind: "header", heading };
}

/** The class a step's cue names ("warmup: 2km", "Recovery 3m 50%"), or null. */
export function classOfCue(name: string): IntensityClass | null {
  for (const [pattern, intensityClass] of CUE_CLASSES) if (pattern.test(name)) return intensityClass;
  return null;
}

export function classOfHeader(heading: string): IntensityClass {
  for (const [pattern, intensityClass] of HEADER_CLASSES) if (pattern.test(heading)) return intensityClass;
  return "active";
}

function startsWithLength(text: string): boolean {
  const first = cleanWord(text.trim().split(/\s+/)[0] ?? "");
  if (/^ramp$/i.test(first)) return true;
  const second = cleanWord(text.trim().split(/\s+/)[1] ?? "").toLowerCase();
  if (
    /^\d+(\.\d+)?$/.test(first) &&
    /^(s|sec|secs|m|min|mins|minutes|h|hr|hrs|hours|km|k|mi|miles|mtr|meters|metres|yards|yrd|yds)$/.test(second)
  )
    return true;
  return readLength(first, second !== "pace") !== null;
}

function cleanHeading(text: string): string {
  return text
    .replace(/^#+\s*/, "")
    .replace(/[*_]+/g, "")
    .replace(/:\s*$/, "")
    .trim();
}
