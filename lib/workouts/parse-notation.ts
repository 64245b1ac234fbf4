import type { Sport } from "@/lib/plans/sports";
import { parseStep } from "./parse-step";
import { classifyLine, classOfHeader } from "./read-line";
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
  const reading: Reading = { sport, issues: [], blocks: [], section: null, open: null, openLine: 0, openIndent: null, unclassed: new Set() };

  const filled = lines.filter((line) => line.trim() !== "");
  if (filled.length === 1 && (text.includes(";") || NESTED_REPEAT.test(text) || isCommaList(text))) {
    const lineNumber = lines.findIndex((line) => line.trim() !== "") + 1;
    for (const segment of splitTopLevel(lines[lineNumber - 1] ?? "", 0, text.includes(";") ? ";" : ",")) readSegment(reading, segment.text, lineNumber, segment.column);
  } else {
    const title = titleIndex(lines);
    for (let index = 0; index < lines.length; index++) if (index !== title) readLine(reading, lines[index] ?? "", index + 1);
  }
  closeRepeat(reading, lines.length);

  const { blocks } = reading;
  const issues = gatherMetres(reading.issues);
  if (issues.some((issue) => issue.severity === "error")) return { structure: null, issues };
  if (blocks.length === 0) return { structure: null, issues: [...issues, { line: 1, column: 1, severity: "error", message: "No steps found: write each step like \"- 10m 65%\"." }] };
  inferClasses(blocks, reading.unclassed);
  return { structure: { blocks }, issues };
}

/** "10m 60%, 20m 85%, 10m 50%": steps on one line separated by commas, each starting with a length or a repeat. */
function isCommaList(text: string): boolean {
  const parts = splitTopLevel(text.trim(), 0, ",");
  return parts.length > 1 && parts.every((part) => /^\s*(-\s*)?(\d+\s*[x×]\s*\(|\d+(\.\d+)?\s*[a-z'"]|ramp\b)/i.test(part.text));
}

/** Adds a step; "4x 30s 110%" inside a repeat is the step four times over (TrainingPeaks holds no repeat in a repeat), elsewhere a repeat of its own. */
function addStep(reading: Reading, stepText: string, line: number, column: number, into: Block | null, times = 1) {
  const parsed = parseStep(stepText, line, column, reading.sport, reading.section ?? "active");
  if (parsed.issues.length > 0) reading.issues.push(...parsed.issues);
  if (parsed.steps.length === 0) return;
  if (reading.section === null) for (const step of parsed.steps) reading.unclassed.add(step);
  if (times > 1 && !into) {
    finishRepeat(reading, { repeat: times, steps: parsed.steps }, line, column);
    return;
  }
  const copies = Array.from({ length: times }, (_, pass) => (pass === 0 ? parsed.steps : parsed.steps.map((step) => ({ ...step }))));
  for (const steps of copies) {
    if (reading.section === null) for (const step of steps) reading.unclassed.add(step);
    if (into) into.steps.push(...steps);
    else for (const step of steps) reading.blocks.push({ repeat: 1, steps: [step] });
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
    reading.issues.push({ line, column: offset, severity: "error", message: "Repeats inside repeats cannot be written for TrainingPeaks; write the inner set out." });
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
  const kind = classifyLine(trimmed);
  if (kind.kind === "step") {
    if (reading.openIndent !== null && indent <= reading.openIndent) closeRepeat(reading, line);
    return addStep(reading, kind.text, line, column + kind.offset, reading.open, kind.repeat);
  }
  if (kind.kind === "repeat" && reading.open && (reading.open.steps.length === 0 || (kind.bullet && reading.openIndent === null))) {
    const outer = reading.open.repeat;
    reading.issues.push({ line, column, severity: "error", message: `This ${kind.repeat}x is inside the ${outer}x repeat of line ${reading.openLine}, and TrainingPeaks cannot hold repeats inside repeats: write its steps out, or end the ${outer}x set with a blank line first.` });
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

const METRES_READING = /^"\d+m" is read as \d+ metres \((.+)\), not minutes/;

/** One warning for every bare-m distance read as metres, at the first of them, naming the other lines. */
function gatherMetres(issues: NotationIssue[]): NotationIssue[] {
  const metres = issues.filter((issue) => METRES_READING.test(issue.message));
  if (metres.length < 2) return issues;
  const first = metres[0] as NotationIssue;
  const others = [...new Set(metres.slice(1).map((issue) => issue.line))];
  const lines = others.length === 1 ? `line ${others[0]}` : `lines ${others.slice(0, -1).join(", ")} and ${others.at(-1)}`;
  const reason = METRES_READING.exec(first.message)?.[1] ?? "";
  const word = first.message.slice(0, first.message.indexOf(" is read"));
  const gathered = { ...first, message: `${word} and the other distances written with a bare m (${lines}) are read as metres (${reason}), not minutes; write mtr to make it plain.` };
  return issues.filter((issue) => !metres.includes(issue) || issue === first).map((issue) => (issue === first ? gathered : issue));
}

/**
 * A first line set apart by a blank line, that is neither a step nor a repeat, is the workout's
 * title ("Easy Run", "Recovery Swim"): it names the workout, not a section, so it sets no class.
 */
function titleIndex(lines: string[]): number {
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first === -1 || (lines[first + 1] ?? "").trim() !== "") return -1;
  if (!lines.slice(first + 2).some((line) => line.trim() !== "")) return -1;
  return classifyLine((lines[first] as string).trim()).kind === "header" ? first : -1;
}

function closeRepeat(reading: Reading, line: number) {
  if (!reading.open) return;
  finishRepeat(reading, reading.open, reading.openLine || line, 1);
  reading.open = null;
  reading.openIndent = null;
}

function finishRepeat(reading: Reading, block: Block, line: number, column: number) {
  if (block.repeat < 1 || block.repeat > 99) reading.issues.push({ line, column, severity: "error", message: `${block.repeat}x is not a number of repeats we take (1 to 99).` });
  else if (block.steps.length === 0) reading.issues.push({ line, column, severity: "error", message: `The ${block.repeat}x repeat has no steps under it.` });
  else reading.blocks.push(block);
}

function level(step: Step): number {
  if (step.target.free) return 0;
  return step.target.min > step.target.max ? step.target.min : step.target.max;
}

/**
 * In a repeat, steps well below the block's hardest (under 80 % of it) are "rest" unless a header said otherwise.
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
      if (isSet && step.intensityClass === "active" && level(step) < blockHardest * 0.8) step.intensityClass = "rest";
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
