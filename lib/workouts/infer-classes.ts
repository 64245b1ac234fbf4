import type { Block, Step } from "./structure";

// The class of each step (warm-up, active, rest, cool-down) where no header or cue gave one.
// Steps are compared only with steps whose targets are in the same kind and unit (a pace with a
// pace, a % of FTP with a % of FTP), since the text has not yet been put in one metric.

type Levels = Map<string, number>;

function kindOf(step: Step): string {
  return `${step.target.metric}:${step.target.unit}`;
}

function level(step: Step): number {
  if (step.target.free) return 0;
  return Math.max(step.target.min, step.target.max);
}

function raise(levels: Levels, step: Step) {
  const kind = kindOf(step);
  levels.set(kind, Math.max(levels.get(kind) ?? 0, level(step)));
}

/** Well below the hardest step of its kind (under 80 % of it); a step without a target always is. */
function isEasy(step: Step, hardest: Levels): boolean {
  return level(step) < (hardest.get(kindOf(step)) ?? 0) * 0.8;
}

/**
 * In a repeat, steps well below the block's hardest are "rest" unless a header said otherwise.
 * Steps written without any header get a class from their place: before the first hard step an
 * easy step is a warm-up, after the last one a cool-down, everything else "active".
 */
export function inferClasses(blocks: Block[], unclassed: Set<Step>) {
  const hardest: Levels = new Map();
  for (const block of blocks) for (const step of block.steps) raise(hardest, step);

  let firstHard = -1;
  let lastHard = -1;
  let index = 0;
  for (const block of blocks) {
    for (const step of block.steps) {
      if (!isEasy(step, hardest)) {
        if (firstHard === -1) firstHard = index;
        lastHard = index;
      }
      index++;
    }
  }
  index = 0;
  for (const block of blocks) {
    const blockHardest: Levels = new Map();
    for (const step of block.steps) raise(blockHardest, step);
    const isSet = block.repeat > 1 || block.steps.length > 1;
    for (const step of block.steps) {
      if (isSet && step.intensityClass === "active" && isEasy(step, blockHardest)) step.intensityClass = "rest";
      else if (!isSet && unclassed.has(step)) {
        const easy = isEasy(step, hardest);
        step.intensityClass = easy && index < firstHard ? "warmUp" : easy && index > lastHard ? "coolDown" : "active";
      }
      index++;
    }
  }
}
