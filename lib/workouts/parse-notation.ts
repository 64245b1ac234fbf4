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

/** Reads workout text into blocks of steps; every problem points at its line and column. */
export function parseWorkoutText(text: string, sport: Sport): NotationParse {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const issues: NotationIssue[] = [];
  const blocks: Block[] = [];
  let section: IntensityClass | null = null;
  let open: Block | null = null; // a repeat block still taking steps
  const unclassed = new WeakSet<Step>(); // steps written without a section header

  const addStep = (stepText: string, line: number, column: number, into: Block | null) => {
    const parsed = parseStep(stepText, line, column, sport, section ?? "active");
    issues.push(...parsed.issues);
    if (!parsed.step) return;
    if (section === null) unclassed.add(parsed.step);
    if (into) into.steps.push(parsed.step);
    else blocks.push({ repeat: 1, steps: [parsed.step] });
  };

  const isOneLine = lines.filter((line) => line.trim() !== "").length === 1 && /;|\dx\s*\(/i.test(text);
  if (isOneLine) {
    const lineNumber = lines.findIndex((line) => line.trim() !== "") + 1;
    for (const segment of splitTopLevel(lines[lineNumber - 1] ?? "", 0)) readSegment(segment.text, lineNumber, segment.column);
  } else {
    lines.forEach((raw, index) => readLine(raw, index + 1));
  }

  function readSegment(segment: string, line: number, column: number) {
    const trimmed = segment.trim();
    const offset = column + segment.indexOf(trimmed);
    if (trimmed === "") return;
    const repeat = INLINE_REPEAT.exec(trimmed);
    if (repeat) {
      const block: Block = { repeat: Number(repeat[1]), steps: [] };
      const inner = trimmed.slice(trimmed.indexOf("(") + 1, -1);
      if (/\dx\s*\(/i.test(inner)) {
        issues.push({ line, column: offset, severity: "error", message: "Repeats inside repeats cannot be written for TrainingPeaks; write the inner set out." });
        return;
      }
      for (const part of splitTopLevel(inner, offset + trimmed.indexOf("(") + 1, /[;,]/)) {
        if (part.text.trim()) addStep(part.text, line, part.column, block);
      }
      return finishRepeat(block, line, offset);
    }
    addStep(trimmed.replace(/^-\s*/, ""), line, offset + (trimmed.startsWith("-") ? trimmed.length - trimmed.replace(/^-\s*/, "").length : 0), null);
  }

  function readLine(raw: string, line: number) {
    const trimmed = raw.trim();
    const column = raw.indexOf(trimmed) + 1;
    if (trimmed === "") {
      closeRepeat(line);
      return;
    }
    if (trimmed.startsWith("-")) {
      const stepText = trimmed.replace(/^-\s*/, "");
      return addStep(stepText, line, column + (trimmed.length - stepText.length), open);
    }
    if (INLINE_REPEAT.test(trimmed)) {
      closeRepeat(line);
      return readSegment(trimmed, line, column);
    }
    if (STARTS_WITH_LENGTH.test(trimmed)) return addStep(trimmed, line, column, open);

    closeRepeat(line);
    const repeat = REPEAT_LINE.exec(trimmed);
    const heading = repeat ? (repeat[1] ?? "") : trimmed;
    if (heading) section = classOfHeader(heading);
    if (repeat) open = { repeat: Number(repeat[2]), steps: [] };
  }

  function closeRepeat(line: number) {
    if (!open) return;
    finishRepeat(open, line, 1);
    open = null;
  }

  function finishRepeat(block: Block, line: number, column: number) {
    if (block.repeat < 1 || block.repeat > 99) issues.push({ line, column, severity: "error", message: `${block.repeat}x is not a number of repeats we take (1 to 99).` });
    else if (block.steps.length === 0) issues.push({ line, column, severity: "error", message: `The ${block.repeat}x repeat has no steps under it.` });
    else blocks.push(block);
  }

  closeRepeat(lines.length);
  if (issues.some((issue) => issue.severity === "error")) return { structure: null, issues };
  if (blocks.length === 0) return { structure: null, issues: [{ line: 1, column: 1, severity: "error", message: "No steps found: write each step like \"- 10m 65%\"." }] };
  inferClasses(blocks, unclassed);
  return { structure: { blocks }, issues };
}

function classOfHeader(heading: string): IntensityClass {
  for (const [pattern, intensityClass] of HEADER_CLASSES) if (pattern.test(heading)) return intensityClass;
  return "active";
}

/**
 * In a repeat, steps easier than the block's hardest are "rest" unless a header said otherwise.
 * Steps written without any header get a class from their place: before the first hard step an
 * easy step is a warm-up, after the last one a cool-down, everything else "active".
 */
function inferClasses(blocks: Block[], unclassed: WeakSet<Step>) {
  const level = (step: Step) => Math.max(step.target.min, step.target.max);
  const all = blocks.flatMap((block) => block.steps);
  const hardest = Math.max(...all.map(level));
  const isEasy = (step: Step) => level(step) < hardest * 0.8;
  const firstHard = all.findIndex((step) => !isEasy(step));
  const lastHard = all.length - 1 - [...all].reverse().findIndex((step) => !isEasy(step));
  let index = 0;
  for (const block of blocks) {
    const blockHardest = Math.max(...block.steps.map(level));
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
function splitTopLevel(text: string, columnOffset: number, separators = /;/): { text: string; column: number }[] {
  const parts: { text: string; column: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const char = text[i] ?? ";";
    if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (depth === 0 && (i === text.length || separators.test(char))) {
      parts.push({ text: text.slice(start, i), column: columnOffset + start + 1 });
      start = i + 1;
    }
  }
  return parts;
}
