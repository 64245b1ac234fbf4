import { parseWorkoutText } from "@/lib/workouts/parse-notation";
import { resolveStructure } from "@/lib/workouts/resolve-structure";
import type { Step, Thresholds, WorkoutStructure } from "@/lib/workouts/structure";
import { structureTotals } from "@/lib/workouts/totals";

// Workout text read the way the written-forms tests compare it: each step as one short line.

export type Sport = "bike" | "run" | "swim";

export const describeStep = (step: Step) =>
  [
    step.intensityClass,
    step.name,
    step.length.kind === "time" ? `${step.length.seconds}s` : `${step.length.meters}m`,
    `${step.target.metric}:${step.target.unit}:${step.target.min}-${step.target.max}${step.target.free ? " free" : ""}`,
    step.ramp ? "ramp" : "",
    step.cadence ? `${step.cadence.min}-${step.cadence.max}rpm` : "",
  ]
    .filter(Boolean)
    .join(" ");

/** Reads a text that must parse; its warnings as "line:column message". */
export function read(text: string, sport: Sport = "bike") {
  const parsed = parseWorkoutText(text, sport);
  if (!parsed.structure) throw new Error(parsed.issues.map((issue) => `${issue.line}:${issue.column} ${issue.message}`).join("; "));
  return { structure: parsed.structure, warnings: parsed.issues.map((issue) => `${issue.line}:${issue.column} ${issue.message}`) };
}

export const blocksOf = (structure: WorkoutStructure) =>
  structure.blocks.map((block) => `${block.repeat}x ${block.steps.map(describeStep).join(" | ")}`);

export const totalSeconds = (text: string, sport: Sport = "bike", thresholds: Thresholds = {}) => {
  const resolution = resolveStructure(read(text, sport).structure, { thresholds });
  if ("error" in resolution) throw new Error(resolution.error);
  return structureTotals(resolution.structure, thresholds);
};

export const errorsOf = (text: string, sport: Sport = "bike") =>
  parseWorkoutText(text, sport)
    .issues.filter((issue) => issue.severity === "error")
    .map((issue) => `${issue.line}:${issue.column} ${issue.message}`);
