import type { Metric, Step, Target, Thresholds, WorkoutStructure } from "./structure";
import { zoneRange } from "./zones";

// TrainingPeaks measures a workout against one metric. When the text mixes them, PlanDrop keeps
// the metric of the steps written in numbers and converts the rest where the conversion is
// faithful: a zone becomes the same zone of the kept metric (Z2 HR → Z2 Pace), and % of max HR
// and % of threshold HR convert through beats per minute when both are known. Otherwise it
// refuses and names the lines to change.

export const METRIC_NAMES: Record<Metric, string> = {
  power: "power (% of FTP)",
  thresholdHr: "heart rate (% of threshold HR)",
  maxHr: "heart rate (% of max HR)",
  pace: "pace (% of threshold pace)",
};
const SHORT_NAMES: Record<Metric, string> = { power: "power", thresholdHr: "threshold heart rate", maxHr: "max heart rate", pace: "pace" };
const ZONE_SUFFIX: Record<Metric, string> = { power: "", thresholdHr: " HR", maxHr: " HR", pace: " Pace" };

export type MetricWarning = { line: number; column: number; message: string };
export type MetricChoice = { metric: Metric; convert: (step: Step) => Target; warnings: MetricWarning[] } | { error: string };

export function chooseMetric(structure: WorkoutStructure, fallback: Metric, thresholds: Thresholds): MetricChoice {
  const single = singleMetric(structure);
  if (single !== "mixed") return { metric: single ?? fallback, convert: targetOf, warnings: [] };
  const steps = structure.blocks.flatMap((block) => block.steps).filter((step) => !step.target.free);
  const metrics = new Set(steps.map((step) => step.target.metric));

  const numbered = new Set(steps.filter((step) => !step.target.zones).map((step) => step.target.metric));
  const bpmBridge = thresholds.maxHr && thresholds.thresholdHr ? { maxHr: thresholds.maxHr, thresholdHr: thresholds.thresholdHr } : null;
  const heartOnly = [...numbered].every((metric) => metric === "thresholdHr" || metric === "maxHr");
  if (numbered.size > 1 && !(heartOnly && bpmBridge)) return { error: refusal(steps, numbered) };

  const metric =
    numbered.size >= 1
      ? mostUsed(
          steps.filter((step) => !step.target.zones),
          numbered,
        )
      : mostUsed(steps, metrics);
  const changed = steps.filter((step) => step.target.metric !== metric);
  if (metric === "maxHr" && changed.some((step) => step.target.zones && (step.target.metric !== "thresholdHr" || !bpmBridge)))
    return { error: refusal(steps, metrics) };

  const convert = (step: Step): Target => {
    const { target } = step;
    if (target.free || target.metric === metric) return target;
    if (target.zones && metric !== "maxHr") {
      const low = zoneRange(metric, target.zones.from) ?? [target.min, target.max];
      const high = zoneRange(metric, target.zones.to) ?? [target.min, target.max];
      return { ...target, metric, min: low[0], max: high[1] };
    }
    const bridge = bpmBridge as { maxHr: number; thresholdHr: number };
    const factor = target.metric === "maxHr" ? bridge.maxHr / bridge.thresholdHr : bridge.thresholdHr / bridge.maxHr;
    return target.unit === "percent"
      ? { ...target, metric, min: round1(target.min * factor), max: round1(target.max * factor) }
      : { ...target, metric };
  };
  const first = changed[0] as Step;
  const written = [...new Set(changed.map((step) => step.target.written ?? ""))].filter(Boolean).join(", ");
  const how = first.target.zones
    ? `the same zones of ${SHORT_NAMES[metric]} (${sameZones(changed, metric)})`
    : `${SHORT_NAMES[metric]} through your thresholds (${bridgeText(bpmBridge)})`;
  const message = `The ${changed.length === 1 ? "step" : "steps"} at ${placesOf(changed)} ${changed.length === 1 ? "is" : "are"} written in ${SHORT_NAMES[first.target.metric]} (${written}); TrainingPeaks takes one kind of target per workout, so ${changed.length === 1 ? "it is" : "they are"} sent as ${how}.`;
  return { metric, convert, warnings: [{ line: first.line, column: first.column ?? 1, message }] };
}

/** The one metric the targeted steps use, null when no step has a target, or "mixed". */
function singleMetric(structure: WorkoutStructure): Metric | null | "mixed" {
  let found: Metric | null = null;
  for (const block of structure.blocks) {
    for (const step of block.steps) {
      if (step.target.free) continue;
      if (found === null) found = step.target.metric;
      else if (found !== step.target.metric) return "mixed";
    }
  }
  return found;
}

function targetOf(step: Step): Target {
  return step.target;
}

function mostUsed(steps: Step[], among: Set<Metric>): Metric {
  const seconds = new Map<Metric, number>();
  for (const step of steps) {
    if (!among.has(step.target.metric)) continue;
    const weight = step.length.kind === "time" ? step.length.seconds : step.length.meters / 3;
    seconds.set(step.target.metric, (seconds.get(step.target.metric) ?? 0) + weight);
  }
  return [...seconds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as Metric;
}

function refusal(steps: Step[], metrics: Set<Metric>): string {
  const parts = [...metrics].map(
    (metric) => `${METRIC_NAMES[metric]} at ${placesOf(steps.filter((step) => step.target.metric === metric))}`,
  );
  return `This workout mixes ${parts.join(" and ")}; TrainingPeaks takes one kind of target per workout and there is no faithful conversion between them, so write those steps in one kind.`;
}

/** "line 4", "lines 4, 8 and 11", or on a one-line workout "line 1, columns 1 and 10". */
function placesOf(steps: Step[]): string {
  const lines = [...new Set(steps.map((step) => step.line))];
  if (lines.length > 1) return `lines ${lines.slice(0, -1).join(", ")} and ${lines.at(-1)}`;
  const columns = [...new Set(steps.map((step) => step.column ?? 1))];
  return `line ${lines[0]}, ${columns.length === 1 ? "column" : "columns"} ${columns.length === 1 ? columns[0] : `${columns.slice(0, -1).join(", ")} and ${columns.at(-1)}`}`;
}

function sameZones(steps: Step[], metric: Metric): string {
  const seen = new Set<string>();
  for (const step of steps) {
    const zones = step.target.zones;
    if (!zones) continue;
    const low = zoneRange(metric, zones.from);
    const high = zoneRange(metric, zones.to);
    const name = zones.from === zones.to ? `Z${zones.from}` : `Z${zones.from}-Z${zones.to}`;
    if (low && high) seen.add(`${name}${ZONE_SUFFIX[metric]} ${low[0]}–${high[1]} %`);
  }
  return [...seen].join(", ");
}

function bridgeText(bridge: { maxHr: number; thresholdHr: number } | null): string {
  return bridge ? `max HR ${bridge.maxHr}, threshold HR ${bridge.thresholdHr}` : "";
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
