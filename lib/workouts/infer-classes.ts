import type { Block, Step } from "./structure";

// The class of each step (warm-up, active, rest, cool-down) where no section header gave one.

function isEasy(step: Step, hardest: number): boolean {
  return level(step) < hardest * 0.8;
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
export function inferClasses(blocks: Block[], unclassed: Set<Step>) {
  let hardest = 0;
  for (const block of blocks) for (const step of block.steps) hardest = Math.max(hardest, level(step));

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
    let blockHardest = 0;
    for (const step of block.steps) blockHardest = Math.max(blockHardest, level(step));
    const isSet = block.repeat > 1 || block.steps.length > 1;
    for (const step of block.steps) {
      if (isSet && step.intensityClass === "active" && level(step) < blockHardest * 0.8) step.intensityClass = "rest";
      else if (!isSet && unclassed.has(step)) {
        step.intensityClass = isEasy(step, hardest) && index < firstHard ? "warmUp" : isEasy(step, hardest) && index > lastHard ? "coolDown" : "active";
      }
      index++;
    }
  }
}
