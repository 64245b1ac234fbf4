import type { Sport } from "@/lib/plans/sports";
import { parseStep } from "./parse-step";
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

const HEADER_CLASSES: [RegExp, IntensityClass][] = [
  [/^(warm[\s-]?up|wu)\b/i, "warmUp"],
  [/^(cool[\s-]?down|cd)\b/i, "coolDown"],
  [/^(recovery|rest|easy)\b/i, "rest"],
];
const REPEAT_LINE = /^(.*?)\s*(\d+)\s*x$/i;
const INLINE_REPEAT = /^(\d+)\s*x\s*\((.*)\)$/i;
const STARTS_WITH_LENGTH = /^(\d+(\.\d+)?(h|m|s|mtr|km|mi|yrd|'|")|\d+h\d+|\d+m\d+|ramp\b)/i;
const NESTED_REPEAT = /\dx\s*\(/i;

/** What reading one workout text keeps track of. */
type Reading = {
  sport: Sport;
  issues: NotationIssue[];
  blocks: Block[];
  section: IntensityClass | null;
  /** A repeat block still taking steps. */
  open: Block | null;
  /** Steps written without a section header, whose class comes from their place. */
  unclassed: Set<Step>;
};

/** Reads workout text into blocks of steps; every problem points at its line and column. */
export function parseWorkoutText(text: string, sport: Sport): NotationParse {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const reading: Reading = { sport, issues: [], blocks: [], section: null, open: null, unclassed: new Set() };

  const filled = lines.filter((line) => line.trim() !== "");
  if (filled.length === 1 && (text.includes(";") || NESTED_REPEAT.test(text))) {
    const lineNumber = lines.findIndex((line) => line.trim() !== "") + 1;
    for (const segment of splitTopLevel(lines[lineNumber - 1] ?? "", 0, ";")) readSegment(reading, segment.text, lineNumber, segment.column);
  } else {
    for (let index = 0; index < lines.length; index++) readLine(reading, lines[index] ?? "", index + 1);
  }
  closeRepeat(reading, lines.length);

  const { issues, blocks } = reading;
  if (issues.some((issue) => issue.severity === "error")) return { structure: null, issues };
  if (blocks.length === 0) return { structure: null, issues: [{ line: 1, column: 1, severity: "error", message: "No steps found: write each step like \"- 10m 65%\"." }] };
  inferClasses(blocks, reading.unclassed);
  return { structure: { blocks }, issues };
}

function addStep(reading: Reading, stepText: string, line: number, column: number, into: Block | null) {
  const parsed = parseStep(stepText, line, column, reading.sport, reading.section ?? "active");
  if (parsed.issues.length > 0) reading.issues.push(...parsed.issues);
  if (!parsed.step) return;
  if (reading.section === null) reading.unclassed.add(parsed.step);
  if (into) into.steps.push(parsed.step);
  else reading.blocks.push({ repeat: 1, steps: [parsed.step] });
}

function readSegment(reading: Reading, segment: string, line: number, column: number) {
  const trimmed = segment.trim();
  if (trimmed === "") return;
  const offset = column + segment.indexOf(trimmed);
  const repeat = INLINE_REPEAT.exec(trimmed);
  if (!repeat) {
    const stepText = trimmed.replace(/^-\s*/, "");
    addStep(reading, stepText, line, offset + (trimmed.length - stepText.length), null);
    return;
  }
  const open = trimmed.indexOf("(");
  const inner = trimmed.slice(open + 1, -1);
  if (NESTED_REPEAT.test(inner)) {
    reading.issues.push({ line, column: offset, severity: "error", message: "Repeats inside repeats cannot be written for TrainingPeaks; write the inner set out." });
    return;
  }
  const block: Block = { repeat: Number(repeat[1]), steps: [] };
  for (const part of splitTopLevel(inner, offset + open + 1, ";,")) {
    if (part.text.trim()) addStep(reading, part.text, line, part.column, block);
  }
  finishRepeat(reading, block, line, offset);
}

function readLine(reading: Reading, raw: string, line: number) {
  const trimmed = raw.trim();
  if (trimmed === "") return closeRepeat(reading, line);
  const column = raw.indexOf(trimmed) + 1;
  if (trimmed.startsWith("-")) {
    const stepText = trimmed.replace(/^-\s*/, "");
    return addStep(reading, stepText, line, column + (trimmed.length - stepText.length), reading.open);
  }
  if (INLINE_REPEAT.test(trimmed)) {
    closeRepeat(reading, line);
    return readSegment(reading, trimmed, line, column);
  }
  if (STARTS_WITH_LENGTH.test(trimmed)) return addStep(reading, trimmed, line, column, reading.open);

  closeRepeat(reading, line);
  const repeat = REPEAT_LINE.exec(trimmed);
  const heading = repeat ? (repeat[1] ?? "") : trimmed;
  if (heading) reading.section = classOfHeader(heading);
  if (repeat) reading.open = { repeat: Number(repeat[2]), steps: [] };
}

function closeRepeat(reading: Reading, line: number) {
  if (!reading.open) return;
  finishRepeat(reading, reading.open, line, 1);
  reading.open = null;
}

function finishRepeat(reading: Reading, block: Block, line: number, column: number) {
  if (block.repeat < 1 || block.repeat > 99) reading.issues.push({ line, column, severity: "error", message: `${block.repeat}x is not a number of repeats we take (1 to 99).` });
  else if (block.steps.length === 0) reading.issues.push({ line, column, severity: "error", message: `The ${block.repeat}x repeat has no steps under it.` });
  else reading.blocks.push(block);
}

function classOfHeader(heading: string): IntensityClass {
  for (const [pattern, intensityClass] of HEADER_CLASSES) if (pattern.test(heading)) return intensityClass;
  return "active";
}

function level(step: Step): number {
  return step.target.min > step.target.max ? step.target.min : step.target.max;
}

/**
 * In a repeat, steps easier than the block's hardest are "rest" unless a header said otherwise.
 * Steps written without any header get a class from their place: before the first hard step an
 * easy step is a warm-up, after the last one a cool-down, everything else "active".
 */
function inferClasses(blocks: Block[], unclassed: Set<Step>) {
  let hardest = 0;
  for (const block of blocks) for (const step of block.steps) hardest = Math.max(hardest, level(step));
  const isEasy = (step: Step) => level(step) < hardest * 0.8;
  let firstHard = -1;
  let lastHard = -1;
  let index = 0;
  for (const block of blocks) {
    for (const step of block.steps) {
      if (!isEasy(step)) {
        if (firstHard === -1) firstHard = index;
        lastHard = index;
      }
      index++;
    }
  }
  index = 0;
  for (const block of blocks) {
    let blockHardest = 0;
    for (const step of block.steps) blockHardest = Math.max(blockHardest, level(step));
    const isSet = block.repeat > 1 || block.steps.length > 1;
    for (const step of block.steps) {
      if (isSet && step.intensityClass === "active" && level(step) < blockHardest) step.intensityClass = "rest";
      else if (!isSet && unclassed.has(step)) {
        step.intensityClass = isEasy(step) && index < firstHard ? "warmUp" : isEasy(step) && index > lastHard ? "coolDown" : "active";
      }
      index++;
    }
  }
}

/** Splits on separators outside parentheses, keeping each part's 1-based column. */
function splitTopLevel(text: string, columnOffset: number, separators: string): { text: string; column: number }[] {
  const parts: { text: string; column: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const char = i === text.length ? "" : (text[i] as string);
    if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (depth === 0 && (char === "" || separators.includes(char))) {
      parts.push({ text: text.slice(start, i), column: columnOffset + start + 1 });
      start = i + 1;
    }
  }
  return parts;
}
