import type { ResolvedStructure } from "@/lib/workouts/resolve-structure";
import type { Metric, Step } from "@/lib/workouts/structure";

// A resolved structure → TrainingPeaks' structure object (API doc §7), stringified into the
// workout's `structure` field by map-workout.ts.

const PRIMARY_METRIC: Record<Metric, string> = {
  power: "percentOfFtp",
  thresholdHr: "percentOfThresholdHr",
  maxHr: "percentOfMaxHr",
  pace: "percentOfThresholdPace",
};
const VISUAL_UNIT = { mtr: "meter", yrd: "meter", km: "kilometer", mi: "mile" } as const;
/** Time steps in a distance workout count this many metres a second on the cosmetic chart only. */
const CHART_METERS_PER_SECOND = 1;

export type TrainingPeaksStructure = ReturnType<typeof toTrainingPeaksStructure>;

export function toTrainingPeaksStructure(structure: ResolvedStructure) {
  const firstDistance = structure.blocks.flatMap((block) => block.steps).find((step) => step.length.kind === "distance");
  const isDistance = firstDistance !== undefined;
  const lengthOf = (step: Step) => (step.length.kind === "distance" ? step.length.meters : isDistance ? step.length.seconds * CHART_METERS_PER_SECOND : step.length.seconds);

  let position = 0;
  const blocks = structure.blocks.map((block) => {
    const begin = position;
    position += block.steps.reduce((sum, step) => sum + lengthOf(step), 0) * block.repeat;
    return {
      type: block.repeat > 1 ? "repetition" : "step",
      length: { value: block.repeat, unit: "repetition" },
      steps: block.steps.map(toStep),
      begin: round(begin, 3),
      end: round(position, 3),
    };
  });

  return {
    structure: blocks,
    polyline: polylineOf(structure, lengthOf),
    primaryLengthMetric: isDistance ? "distance" : "duration",
    primaryIntensityMetric: PRIMARY_METRIC[structure.metric],
    primaryIntensityTargetOrRange: "range",
    ...(firstDistance?.length.kind === "distance" ? { visualizationDistanceUnit: VISUAL_UNIT[firstDistance.length.unit] } : {}),
  };
}

function toStep(step: Step) {
  const targets: { minValue: number; maxValue: number; unit?: string }[] = [{ minValue: step.target.min, maxValue: step.target.max }];
  if (step.cadence) targets.push({ minValue: step.cadence.min, maxValue: step.cadence.max, unit: "roundOrStridePerMinute" });
  return {
    type: "step",
    name: step.name,
    length: step.length.kind === "time" ? { value: round(step.length.seconds, 1), unit: "second" } : { value: round(step.length.meters, 2), unit: "meter" },
    targets,
    intensityClass: step.intensityClass,
    openDuration: false,
  };
}

/** KAIORD's polyline (API doc §7.4): [0,0], then per expanded step [x0,y], [x1,y], [x1,0]; y = max ÷ highest max. */
function polylineOf(structure: ResolvedStructure, lengthOf: (step: Step) => number): [number, number][] {
  let total = 0;
  let highest = 0;
  for (const block of structure.blocks) {
    for (const step of block.steps) {
      total += lengthOf(step) * block.repeat;
      highest = Math.max(highest, step.target.max);
    }
  }
  const points: [number, number][] = [[0, 0]];
  let at = 0;
  for (const block of structure.blocks) {
    for (let pass = 0; pass < block.repeat; pass++) {
      for (const step of block.steps) {
        const start = round(at / total, 3);
        at += lengthOf(step);
        const end = round(at / total, 3);
        const y = round(step.target.max / highest, 3);
        points.push([start, y], [end, y], [end, 0]);
      }
    }
  }
  return points;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
