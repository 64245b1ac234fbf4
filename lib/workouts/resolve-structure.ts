import { chooseMetric, type MetricWarning } from "./choose-metric";
import type { Block, Metric, Step, Target, Thresholds, WorkoutStructure } from "./structure";
import { widestRange } from "./zones";

// Turns a parsed structure into what TrainingPeaks runs: every target a percentage of one metric
// (choose-metric.ts; absolute watts, bpm and paces converted with the athlete's thresholds), steps
// without a target given the metric's widest range, single values widened by the chosen band, and
// ramps split into short steady steps (TrainingPeaks takes no ramp blocks).

export type ResolvedStructure = { metric: Metric; blocks: Block[] };
export type ResolveWarning = MetricWarning;
export type Resolution =
  | { structure: ResolvedStructure; warnings: ResolveWarning[] }
  | { error: string; missing?: keyof Thresholds; needs?: string; warnings: ResolveWarning[] };
export type ResolveOptions = { thresholds?: Thresholds; widenPercent?: number };

export function resolveStructure(structure: WorkoutStructure, options: ResolveOptions = {}): Resolution {
  const thresholds = options.thresholds ?? {};
  const fallback = structure.blocks[0]?.steps[0]?.target.metric ?? "power";
  const choice = chooseMetric(structure, fallback, thresholds);
  if ("error" in choice) return { error: choice.error, warnings: [] };
  const { metric, warnings } = choice;
  const [freeMin, freeMax] = widestRange(metric);
  const blocks: Block[] = [];
  for (const block of structure.blocks) {
    const steps: Step[] = [];
    for (const step of block.steps) {
      const written = step.target.free
        ? { metric, unit: "percent" as const, min: freeMin, max: freeMax, free: true }
        : choice.convert(step);
      const target = toPercent(written, thresholds, step);
      if ("error" in target) return { ...target, warnings };
      steps.push(...splitRamp({ ...step, target }, options.widenPercent ?? 0));
    }
    blocks.push({ repeat: block.repeat, steps });
  }
  return { structure: { metric, blocks }, warnings };
}

type Missing = { error: string; missing: keyof Thresholds; needs: string };

/** The target as a percentage of its metric's threshold, without what only reading needed (zones, the written text). */
function toPercent(target: Target, thresholds: Thresholds, step: Step): Target | Missing {
  if (target.unit === "percent")
    return target.written === undefined && target.zones === undefined ? target : percentTarget(target, target.min, target.max);
  const where = `Line ${step.line}, column ${step.column ?? 1}: ${target.written ?? `${target.min}`}`;
  if (target.unit === "watts") {
    if (!thresholds.ftpWatts)
      return missing(`${where} needs the athlete's FTP`, "add an ftp column to the plan, or set FTP in TrainingPeaks", "ftpWatts");
    return percentTarget(target, percentOf(target.min, thresholds.ftpWatts), percentOf(target.max, thresholds.ftpWatts));
  }
  if (target.unit === "mps") {
    if (!thresholds.thresholdSpeed)
      return missing(
        `${where} needs the athlete's threshold pace`,
        "add a threshold_pace column to the plan, or set it in TrainingPeaks",
        "thresholdSpeed",
      );
    return percentTarget(target, percentOf(target.min, thresholds.thresholdSpeed), percentOf(target.max, thresholds.thresholdSpeed));
  }
  const isMax = target.metric === "maxHr";
  const threshold = isMax ? thresholds.maxHr : thresholds.thresholdHr;
  if (!threshold)
    return missing(
      `${where} needs the athlete's ${isMax ? "max" : "threshold"} heart rate`,
      `add ${isMax ? "a max_hr" : "an lthr"} column to the plan, or set it in TrainingPeaks`,
      isMax ? "maxHr" : "thresholdHr",
    );
  return percentTarget(target, percentOf(target.min, threshold), percentOf(target.max, threshold));
}

function percentTarget(target: Target, min: number, max: number): Target {
  const result: Target = { metric: target.metric, unit: "percent", min, max };
  if (target.free) result.free = true;
  return result;
}

function missing(needs: string, fix: string, key: keyof Thresholds): Missing {
  return { error: `${needs}: ${fix}.`, missing: key, needs };
}

/** A ramp becomes 3 to 10 steady steps (about one a minute) climbing, or falling, evenly. */
function splitRamp(step: Step, widenPercent: number): Step[] {
  if (!step.ramp) {
    const widened =
      step.target.min === step.target.max && widenPercent > 0
        ? { ...step.target, min: Math.max(1, step.target.min - widenPercent), max: step.target.max + widenPercent }
        : step.target;
    return [{ ...step, target: widened }];
  }
  const parts = step.length.kind === "time" ? Math.min(10, Math.max(3, Math.round(step.length.seconds / 60))) : 4;
  const { min: from, max: to } = step.target;
  return Array.from({ length: parts }, (_, index) => {
    const low = from + ((to - from) * index) / parts;
    const high = from + ((to - from) * (index + 1)) / parts;
    const length =
      step.length.kind === "time"
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
