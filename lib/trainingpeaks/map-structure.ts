import "server-only";
import type { ResolvedStructure } from "@/lib/workouts/resolve-structure";
import type { Block, Metric, Step } from "@/lib/workouts/structure";
import { unitOf, wholeLengths } from "./whole-lengths";

// A resolved structure → TrainingPeaks' structure object (API doc §7), stringified into the
// workout's `structure` field by map-workout.ts. As TrainingPeaks' own workouts are: a "step"
// block holds exactly one step, a set of steps is a "repetition" (a group run once is a
// repetition of 1), a ramp is consecutive single steps, and lengths are whole seconds and metres.

const PRIMARY_METRIC: Record<Metric, string> = {
  power: "percentOfFtp",
  thresholdHr: "percentOfThresholdHr",
  maxHr: "percentOfMaxHr",
  pace: "percentOfThresholdPace",
};
/** The display unit of a distance workout; lengths stay in metres. "yard" as trainingpeaks-mcp sends for yard pools. */
const VISUAL_UNIT = { mtr: "meter", yrd: "yard", km: "kilometer", mi: "mile" } as const;
/** Time steps in a distance workout count this many metres a second on the cosmetic chart only. */
const CHART_METERS_PER_SECOND = 1;
/** The cosmetic height of steps without a target when no step of the workout has one. */
const FREE_HEIGHT_ALONE = 0.5;

/** A step with its whole length (seconds or metres), and a block of them as both APIs send it. */
export type SentStep = { step: Step; value: number };
export type SentBlock = { repeat: number; steps: SentStep[] };

export type TrainingPeaksStructure = ReturnType<typeof toTrainingPeaksStructure>;

export function toTrainingPeaksStructure(structure: ResolvedStructure) {
  const firstDistance = structure.blocks.flatMap((block) => block.steps).find((step) => step.length.kind === "distance");
  const isDistance = firstDistance !== undefined;
  const chartLength = ({ step, value }: SentStep) => (unitOf(step) === "second" && isDistance ? value * CHART_METERS_PER_SECOND : value);
  const blocks = sentBlocks(structure.blocks);

  let position = 0;
  const tpBlocks = blocks.map((block) => {
    const begin = position;
    position += block.steps.reduce((sum, sent) => sum + chartLength(sent), 0) * block.repeat;
    const isSet = block.repeat > 1 || block.steps.length > 1;
    return {
      type: isSet ? "repetition" : "step",
      length: { value: block.repeat, unit: "repetition" },
      steps: block.steps.map(toStep),
      begin,
      end: position,
    };
  });

  return {
    structure: tpBlocks,
    polyline: polylineOf(blocks, chartLength),
    primaryLengthMetric: isDistance ? "distance" : "duration",
    primaryIntensityMetric: PRIMARY_METRIC[structure.metric],
    primaryIntensityTargetOrRange: "range",
    ...(firstDistance?.length.kind === "distance" ? { visualizationDistanceUnit: VISUAL_UNIT[firstDistance.length.unit] } : {}),
  };
}

/** Our blocks with whole lengths; a block that is one ramp's pieces becomes one block per piece. */
export function sentBlocks(blocks: Block[]): SentBlock[] {
  const lengths = wholeLengths(blocks);
  return blocks.flatMap((block, index) => {
    const steps = block.steps.map((step, at) => ({ step, value: lengths[index]?.[at] ?? 0 }));
    if (block.repeat === 1 && isOneRamp(block.steps)) return steps.map((sent) => ({ repeat: 1, steps: [sent] }));
    return [{ repeat: block.repeat, steps }];
  });
}

/**
 * Whether the steps are the pieces of one ramp (resolve-structure splits a ramp into steady steps
 * from the same line): same line, name and class, each piece starting where the last one ended.
 */
function isOneRamp(steps: Step[]): boolean {
  const first = steps[0];
  if (!first || steps.length < 2) return steps.length === 1;
  return steps.every((step, index) => {
    if (step.line !== first.line || step.name !== first.name || step.intensityClass !== first.intensityClass) return false;
    const previous = steps[index - 1];
    return !previous || previous.target.max === step.target.min || previous.target.min === step.target.max;
  });
}

function toStep({ step, value }: SentStep) {
  const targets: { minValue: number; maxValue: number; unit?: string }[] = [{ minValue: step.target.min, maxValue: step.target.max }];
  if (step.cadence) targets.push({ minValue: step.cadence.min, maxValue: step.cadence.max, unit: "roundOrStridePerMinute" });
  return {
    type: "step",
    name: step.name,
    length: { value, unit: unitOf(step) },
    targets,
    intensityClass: step.intensityClass,
    // A "press lap" step ends on the lap button; its length is the placeholder TrainingPeaks needs (API doc §7.3).
    openDuration: step.openDuration === true,
  };
}

/**
 * KAIORD's polyline (API doc §7.4): [0,0], then per expanded step [x0,y], [x1,y], [x1,0]; y = max ÷ highest max.
 * A step without a target is sent with the metric's widest range, which would flatten the picture:
 * it is drawn at its lower bound and does not count towards the highest (half height when no step has a target).
 */
function polylineOf(blocks: SentBlock[], lengthOf: (sent: SentStep) => number): [number, number][] {
  let total = 0;
  let highest = 0;
  for (const block of blocks) {
    for (const sent of block.steps) {
      total += lengthOf(sent) * block.repeat;
      if (!sent.step.target.free) highest = Math.max(highest, sent.step.target.max);
    }
  }
  const heightOf = ({ step }: SentStep) => {
    if (highest === 0) return FREE_HEIGHT_ALONE;
    return round3(Math.min(1, (step.target.free ? step.target.min : step.target.max) / highest));
  };
  const points: [number, number][] = [[0, 0]];
  let at = 0;
  for (const block of blocks) {
    for (let pass = 0; pass < block.repeat; pass++) {
      for (const sent of block.steps) {
        const start = round3(at / total);
        at += lengthOf(sent);
        const end = round3(at / total);
        const y = heightOf(sent);
        points.push([start, y], [end, y], [end, 0]);
      }
    }
  }
  return points;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
