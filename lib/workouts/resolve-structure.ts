import type { Block, Metric, Step, Target, Thresholds, WorkoutStructure } from "./structure";

// Turns a parsed structure into what TrainingPeaks runs: every target a percentage of one metric
// (absolute watts and paces converted with the athlete's thresholds), single values widened by
// the chosen band, and ramps split into short steady steps (TrainingPeaks takes no ramp blocks).

export type ResolvedStructure = { metric: Metric; blocks: Block[] };
export type Resolution = { structure: ResolvedStructure } | { error: string; missing?: keyof Thresholds };
export type ResolveOptions = { thresholds?: Thresholds; widenPercent?: number };

export const METRIC_NAMES: Record<Metric, string> = {
  power: "power (% of FTP)",
  thresholdHr: "heart rate (% of threshold HR)",
  maxHr: "heart rate (% of max HR)",
  pace: "pace (% of threshold pace)",
};

export function resolveStructure(structure: WorkoutStructure, options: ResolveOptions = {}): Resolution {
  const metrics = new Set(structure.blocks.flatMap((block) => block.steps.map((step) => step.target.metric)));
  if (metrics.size > 1) {
    const names = [...metrics].map((metric) => METRIC_NAMES[metric]).join(" and ");
    return { error: `This workout mixes ${names}; TrainingPeaks takes one kind of target per workout, so write every step in one of them.` };
  }
  const metric = [...metrics][0] as Metric;
  const blocks: Block[] = [];
  for (const block of structure.blocks) {
    const steps: Step[] = [];
    for (const step of block.steps) {
      const target = toPercent(step.target, options.thresholds ?? {});
      if ("error" in target) return target;
      steps.push(...splitRamp({ ...step, target }, options.widenPercent ?? 0));
    }
    blocks.push({ repeat: block.repeat, steps });
  }
  return { structure: { metric, blocks } };
}

function toPercent(target: Target, thresholds: Thresholds): Target | { error: string; missing: keyof Thresholds } {
  if (target.unit === "percent") return target;
  if (target.unit === "watts") {
    if (!thresholds.ftpWatts) return { error: `${target.min}${target.max !== target.min ? `-${target.max}` : ""}w needs the athlete's FTP: add an ftp column to the plan, or set FTP in TrainingPeaks.`, missing: "ftpWatts" };
    return { ...target, unit: "percent", min: percentOf(target.min, thresholds.ftpWatts), max: percentOf(target.max, thresholds.ftpWatts) };
  }
  if (target.unit === "mps") {
    if (!thresholds.thresholdSpeed) return { error: "A pace like 4:30/km needs the athlete's threshold pace: add a threshold_pace column to the plan, or set it in TrainingPeaks.", missing: "thresholdSpeed" };
    return { ...target, unit: "percent", min: percentOf(target.min, thresholds.thresholdSpeed), max: percentOf(target.max, thresholds.thresholdSpeed) };
  }
  const threshold = target.metric === "maxHr" ? thresholds.maxHr : thresholds.thresholdHr;
  if (!threshold) return { error: "A heart rate in beats per minute needs the athlete's threshold heart rate.", missing: "thresholdHr" };
  return { ...target, unit: "percent", min: percentOf(target.min, threshold), max: percentOf(target.max, threshold) };
}

/** A ramp becomes 3 to 10 steady steps (about one a minute) climbing, or falling, evenly. */
function splitRamp(step: Step, widenPercent: number): Step[] {
  if (!step.ramp) {
    const widened = step.target.min === step.target.max && widenPercent > 0
      ? { ...step.target, min: Math.max(1, step.target.min - widenPercent), max: step.target.max + widenPercent }
      : step.target;
    return [{ ...step, target: widened }];
  }
  const parts = step.length.kind === "time" ? Math.min(10, Math.max(3, Math.round(step.length.seconds / 60))) : 4;
  const { min: from, max: to } = step.target;
  return Array.from({ length: parts }, (_, index) => {
    const low = from + ((to - from) * index) / parts;
    const high = from + ((to - from) * (index + 1)) / parts;
    const length = step.length.kind === "time"
      ? { kind: "time" as const, seconds: step.length.seconds / parts }
      : { ...step.length, meters: step.length.meters / parts };
    return { ...step, ramp: false, length, target: { ...step.target, min: round1(Math.min(low, high)), max: round1(Math.max(low, high)) } };
  });
}

function percentOf(value: number, threshold: number): number {
  return round1((value / threshold) * 100);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
