import type { Sport } from "@/lib/plans/sports";
import { parseStep } from "./parse-step";
import { gatherMetres } from "./gather-metres";
import { inferClasses } from "./infer-classes";
import { classifyLine, classOfCue, classOfHeader, isUnbulletedStep } from "./read-line";
import { isCommaList, splitTopLevel } from "./split-steps";
import type { Block, IntensityClass, NotationIssue, Step, WorkoutStructure } from "./structure";

// Workout text in the Intervals.icu style (docs/workout-notation.md), multi-line or on one line:
//
//   Warmup                        10m 50-65%; 4x(Hard 4m 105-110%; Easy 3m 50-55%); 10m 55-60%
//   - 10m 50-65%
//   Main Set 4x
//   - Hard 4m 105-110% 90-100rpm
//   - Easy 3m 50-55%
//   Cooldown
//   - 10m 55-60%

export type NotationParse = { structure: WorkoutStructure | null; issues: NotationIssue[] };

const INLINE_REPEAT = /^(\d+)\s*[x×]\s*\((.*)\)$/i;
const SEGMENT_STEP_REPEAT = /^(\d{1,3})\s*[x×]\s+(?=\S)/i;
const NESTED_REPEAT = /\dx\s*\(/i;
/** Something in a line that only a step has: a target, a cadence, "ramp". */
const TARGET_HINT = /\d\s*%|\d\s*w\b|\bz\d|\d:\d\d|bpm|rpm|spm|\bpace\b|lthr|\bhr\b|\bramp\b|freeride|\brpe/i;

/** What reading one workout text keeps track of. */
type Reading = {
  sport: Sport;
  issues: NotationIssue[];
  blocks: Block[];
  section: IntensityClass | null;
  /** A repeat block still taking steps, the line that opened it, and its bullet's indent when a "- 3x" line opened it. */
  open: Block | null;
  openLine: number;
  openIndent: number | null;
  /** Steps written without a section header, whose class comes from their place. */
  unclassed: Set<Step>;
};

/** Reads workout text into blocks of steps; every problem points at its line and column. */
export function parseWorkoutText(text: string, sport: Sport): NotationParse {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const reading: Reading = {
    sport,
    issues: [],
    blocks: [],
    section: null,
    open: null,
    openLine: 0,
    openIndent: null,
    unclassed: new Set(),
  };

  const filled = lines.filter((line) => line.trim() !== "");
  if (filled.length === 1 && (text.includes(";") || NESTED_REPEAT.test(text) || isCommaList(text))) {
    const lineNumber = lines.findIndex((line) => line.trim() !== "") + 1;
    for (const segment of splitTopLevel(lines[lineNumber - 1] ?? "", 0, text.includes(";") ? ";" : ","))
      readSegment(reading, segment.text, lineNumber, segment.column);
  } else {
    const title = titleIndex(lines);
    for (let index = 0; index < lines.length; index++) if (index !== title) readLine(reading, lines[index] ?? "", index + 1);
  }
  closeRepeat(reading, lines.length);

  const { blocks } = reading;
  const issues = gatherMetres(reading.issues);
  if (issues.some((issue) => issue.severity === "error")) return { structure: null, issues };
  if (blocks.length === 0)
    return {
      structure: null,
      issues: [...issues, { line: 1, column: 1, severity: "error", message: 'No steps found: write each step like "- 10m 65%".' }],
    };
  inferClasses(blocks, reading.unclassed);
  return { structure: { blocks }, issues };
}

/** Adds a step; "4x 30s 110%" inside a repeat is the step four times over (TrainingPeaks holds no repeat in a repeat), elsewhere a repeat of its own. */
function addStep(reading: Reading, stepText: string, line: number, column: number, into: Block | null, times = 1) {
  const parsed = parseStep(stepText, line, column, reading.sport, reading.section ?? "active");
  if (parsed.issues.length > 0) reading.issues.push(...parsed.issues);
  if (parsed.steps.length === 0) return;
  if (times > 1 && !into) {
    markUnclassed(reading, parsed.steps);
    finishRepeat(reading, { repeat: times, steps: parsed.steps }, line, column);
    return;
  }
  for (let pass = 0; pass < times; pass++) {
    const steps = pass === 0 ? parsed.steps : copiesOf(parsed.steps);
    markUnclassed(reading, steps);
    if (into) for (const step of steps) into.steps.push(step);
    else for (const step of steps) reading.blocks.push({ repeat: 1, steps: [step] });
  }
}

function copiesOf(steps: Step[]): Step[] {
  const copies: Step[] = [];
  for (const step of steps) copies.push({ ...step });
  return copies;
}

/** A step's cue that names a class ("warmup: 2km", "Recovery 3m 50%") sets it; otherwise, without a header, its place will. */
function markUnclassed(reading: Reading, steps: Step[]) {
  for (const step of steps) {
    const cued = step.name ? classOfCue(step.name) : null;
    if (cued) step.intensityClass = cued;
    else if (reading.section === null) reading.unclassed.add(step);
  }
}

function readSegment(reading: Reading, segment: string, line: number, column: number) {
  const trimmed = segment.trim();
  if (trimmed === "") return;
  const offset = column + segment.indexOf(trimmed);
  const repeat = INLINE_REPEAT.exec(trimmed);
  if (!repeat) {
    const stepText = trimmed.replace(/^[-*•]\s*/, "");
    const stepRepeat = SEGMENT_STEP_REPEAT.exec(stepText);
    const body = stepRepeat ? stepText.slice(stepRepeat[0].length) : stepText;
    addStep(reading, body, line, offset + (trimmed.length - body.length), null, stepRepeat ? Number(stepRepeat[1]) : 1);
    return;
  }
  const open = trimmed.indexOf("(");
  const inner = trimmed.slice(open + 1, -1);
  if (NESTED_REPEAT.test(inner)) {
    reading.issues.push({
      line,
      column: offset,
      severity: "error",
      message: "Repeats inside repeats cannot be written for TrainingPeaks; write the inner set out.",
    });
    return;
  }
  const block: Block = { repeat: Number(repeat[1]), steps: [] };
  for (const part of splitTopLevel(inner, offset + open + 1, ";,")) {
    if (!part.text.trim()) continue;
    const stepRepeat = SEGMENT_STEP_REPEAT.exec(part.text.trim());
    const lead = part.text.length - part.text.trimStart().length + (stepRepeat ? stepRepeat[0].length : 0);
    addStep(reading, part.text.slice(lead), line, part.column + lead, block, stepRepeat ? Number(stepRepeat[1]) : 1);
  }
  finishRepeat(reading, block, line, offset);
}

function readLine(reading: Reading, raw: string, line: number) {
  const trimmed = raw.trim();
  if (trimmed === "") {
    if (reading.open && reading.open.steps.length > 0) closeRepeat(reading, line);
    return;
  }
  const indent = raw.indexOf(trimmed);
  const column = indent + 1;
  if (INLINE_REPEAT.test(trimmed) || (trimmed.includes(";") && !trimmed.startsWith("-"))) {
    closeRepeat(reading, line);
    for (const segment of splitTopLevel(trimmed, indent, ";")) readSegment(reading, segment.text, line, segment.column);
    return;
  }
  const classified = classifyLine(trimmed);
  const kind =
    classified.kind === "header" && reading.open?.steps.length === 0 && isUnbulletedStep(trimmed)
      ? { kind: "step" as const, text: trimmed, offset: 0, repeat: 1 }
      : classified;
  if (kind.kind === "step") {
    if (reading.openIndent !== null && indent <= reading.openIndent) closeRepeat(reading, line);
    return addStep(reading, kind.text, line, column + kind.offset, reading.open, kind.repeat);
  }
  if (kind.kind === "repeat" && reading.open && (reading.open.steps.length === 0 || (kind.bullet && reading.openIndent === null))) {
    const outer = reading.open.repeat;
    reading.issues.push({
      line,
      column,
      severity: "error",
      message: `This ${kind.repeat}x is inside the ${outer}x repeat of line ${reading.openLine}, and TrainingPeaks cannot hold repeats inside repeats: write its steps out, or end the ${outer}x set with a blank line first.`,
    });
    reading.open = null;
    reading.openIndent = null;
    return;
  }
  closeRepeat(reading, line);
  if (kind.heading) reading.section = classOfHeader(kind.heading);
  if (kind.kind === "repeat") {
    reading.open = { repeat: kind.repeat, steps: [] };
    reading.openLine = line;
    reading.openIndent = kind.bullet ? indent : null;
  }
}

/**
 * A first line set apart by a blank line, that is not a repeat and has no target, is the workout's
 * title ("Easy Run", "800m Repeats"): it names the workout, so it is not a step and sets no class.
 */
function titleIndex(lines: string[]): number {
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first === -1 || (lines[first + 1] ?? "").trim() !== "") return -1;
  if (!lines.slice(first + 2).some((line) => line.trim() !== "")) return -1;
  const line = (lines[first] as string).trim();
  const kind = classifyLine(line).kind;
  if (kind === "header") return first;
  return kind === "step" && !/^[-*•·+]/.test(line) && !TARGET_HINT.test(line) ? first : -1; // "800m Repeats", "5x1km Threshold"
}

function closeRepeat(reading: Reading, line: number) {
  if (!reading.open) return;
  finishRepeat(reading, reading.open, reading.openLine || line, 1);
  reading.open = null;
  reading.openIndent = null;
}

function finishRepeat(reading: Reading, block: Block, line: number, column: number) {
  if (block.repeat < 1 || block.repeat > 99)
    reading.issues.push({ line, column, severity: "error", message: `${block.repeat}x is not a number of repeats we take (1 to 99).` });
  else if (block.steps.length === 0 && reading.issues.some((issue) => issue.severity === "error" && issue.line > line))
    return; // its steps were refused, each with its own sentence
  else if (block.steps.length === 0)
    reading.issues.push({ line, column, severity: "error", message: `The ${block.repeat}x repeat has no steps under it.` });
  else reading.blocks.push(block);
}
