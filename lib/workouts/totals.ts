import type { ResolvedStructure } from "./resolve-structure";
import type { Step, Thresholds } from "./structure";

// What a structure adds up to. IF and TSS use the estimate in the API notes (§7.5):
//   IF  = ⁴√( Σ tᵢ·(mᵢ/100)⁴ / Σ tᵢ ), mᵢ the midpoint of step i's target range, tᵢ its seconds
//   TSS = hours × IF² × 100
// A distance step's time is known only for pace targets with a threshold pace:
//   t = metres ÷ (threshold speed × mᵢ/100).
// A step without a target (free) has no known intensity, so such a workout has no IF or TSS, and
// a free distance step has no known time.

export type StructureTotals = { seconds: number | null; meters: number | null; intensityFactor: number | null; tss: number | null };

export function structureTotals(structure: ResolvedStructure, thresholds: Thresholds = {}): StructureTotals {
  let seconds = 0;
  let meters = 0;
  let hasDistance = false;
  let timeUnknown = false;
  let intensityUnknown = false;
  let weighted = 0;
  for (const block of structure.blocks) {
    for (const step of block.steps) {
      const stepSeconds = secondsOf(step, structure.metric, thresholds);
      if (step.length.kind === "distance") {
        hasDistance = true;
        meters += step.length.meters * block.repeat;
      }
      if (stepSeconds === null) {
        timeUnknown = true;
        continue;
      }
      if (step.target.free) intensityUnknown = true;
      const fraction = (step.target.min + step.target.max) / 200;
      seconds += stepSeconds * block.repeat;
      weighted += stepSeconds * block.repeat * fraction ** 4;
    }
  }
  const intensityFactor = seconds > 0 && !timeUnknown && !intensityUnknown ? round((weighted / seconds) ** 0.25, 3) : null;
  return {
    seconds: timeUnknown ? null : Math.round(seconds),
    meters: hasDistance ? Math.round(meters * 100) / 100 : null,
    intensityFactor,
    tss: intensityFactor === null ? null : round((seconds / 3600) * intensityFactor ** 2 * 100, 1),
  };
}

function secondsOf(step: Step, metric: ResolvedStructure["metric"], thresholds: Thresholds): number | null {
  if (step.length.kind === "time") return step.length.seconds;
  if (metric !== "pace" || !thresholds.thresholdSpeed || step.target.free) return null; // a free step's pace is unknown
  const speed = thresholds.thresholdSpeed * ((step.target.min + step.target.max) / 200);
  return speed > 0 ? step.length.meters / speed : null;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
