import { parseWorkoutText } from "@/lib/workouts/parse-notation";
import { type Resolution, resolveStructure } from "@/lib/workouts/resolve-structure";
import type { Thresholds, WorkoutStructure } from "@/lib/workouts/structure";
import { type StructureTotals, structureTotals } from "@/lib/workouts/totals";
import type { RowIssue } from "./plan-result";
import { forgetMeasuresReadFrom } from "./read-measures";
import type { PlannedWorkout } from "./workout";

// The workout text of a row (a structure column, or a description that is a workout block) read
// into steps, with its planned totals. Values the plan gives itself win; a difference of more
// than 10 % from the structure's is a warning.

type Report = (
  column: "structure" | "description" | "duration" | "distance" | "tss" | "if",
  severity: RowIssue["severity"],
  message: string,
) => void;

/** A line that starts with a bullet the workout reader takes ("-", "*", "•", "·", "+") and then a number: "- 10m 60%", "• 3x". */
const STEP_LINE = /^\s*[-*•·+]\s*\d/m;

/** Whether a description is written as a workout block and so goes to the workout reader. */
export function isStepBlock(description: string | undefined): boolean {
  return description !== undefined && STEP_LINE.test(description);
}

/**
 * Plans repeat their sessions (a block of 10,000 rows may hold a few hundred distinct workouts), so
 * one parse of a plan reads each distinct text once; the cache lives as long as that parse.
 */
export type StructureCache = Map<string, ReturnType<typeof parseWorkoutText>>;
const resolved = new WeakMap<WorkoutStructure, Map<string, { resolution: Resolution; totals: StructureTotals | null }>>();

export function readStructure(fields: Partial<PlannedWorkout>, widenPercent: number, report: Report, cache: StructureCache = new Map()) {
  const { sport } = fields;
  const fromDescription = !fields.structureText && isStepBlock(fields.description);
  const text = fields.structureText ?? (fromDescription ? fields.description : undefined);
  if (!text || !sport) return;

  const key = `${sport}\u0000${text}`;
  let parsed = cache.get(key);
  if (!parsed) {
    parsed = parseWorkoutText(text, sport);
    cache.set(key, parsed);
  }
  const column = fromDescription ? "description" : "structure";
  // A description that only looks like steps ("- 45 minutes easy") stays a description: it must read, and set a target somewhere.
  if (fromDescription && (!parsed.structure || parsed.structure.blocks.every((block) => block.steps.every((step) => step.target.free))))
    return;
  for (const issue of parsed.issues) report(column, issue.severity, `Line ${issue.line}, column ${issue.column}: ${issue.message}`);
  if (!parsed.structure) return;
  fields.structure = parsed.structure;
  if (fromDescription) forgetMeasuresReadFrom(fields, text);

  const { resolution, totals } = resolveOnce(parsed.structure, fields.thresholds, widenPercent);
  for (const warning of resolution.warnings)
    report(column, "warning", `Line ${warning.line}, column ${warning.column}: ${warning.message}`);
  if ("error" in resolution) {
    if (resolution.needs && resolution.missing && !fields.thresholds?.[resolution.missing])
      report(column, "warning", `${resolution.needs}; PlanDrop reads it from TrainingPeaks when importing, or add it to the plan.`);
    else report(column, "error", resolution.error);
    return;
  }
  if (totals) applyTotals(fields, totals, report);
}

function resolveOnce(structure: WorkoutStructure, thresholds: Thresholds | undefined, widenPercent: number) {
  let byOptions = resolved.get(structure);
  if (!byOptions) {
    byOptions = new Map();
    resolved.set(structure, byOptions);
  }
  const key = `${widenPercent}|${thresholds ? JSON.stringify(thresholds) : ""}`;
  let entry = byOptions.get(key);
  if (!entry) {
    const resolution = resolveStructure(structure, { thresholds, widenPercent });
    entry = { resolution, totals: "error" in resolution ? null : structureTotals(resolution.structure, thresholds) };
    byOptions.set(key, entry);
  }
  return entry;
}

export function applyTotals(fields: Partial<PlannedWorkout>, totals: StructureTotals, report: Report) {
  compare(fields, "durationSeconds", totals.seconds, "duration", report, (value) => `${Math.round(value / 60)} min`);
  compare(fields, "distanceMeters", totals.meters, "distance", report, (value) => `${Math.round(value)} m`);
  compare(fields, "tss", totals.tss, "tss", report, (value) => value.toFixed(0));
  compare(fields, "intensityFactor", totals.intensityFactor, "if", report, (value) => value.toFixed(2));
}

function compare(
  fields: Partial<PlannedWorkout>,
  key: "durationSeconds" | "distanceMeters" | "tss" | "intensityFactor",
  fromStructure: number | null,
  column: "duration" | "distance" | "tss" | "if",
  report: Report,
  format: (value: number) => string,
) {
  if (fromStructure === null) return;
  const given = fields[key];
  if (given === undefined) {
    fields[key] = fromStructure;
    return;
  }
  if (Math.abs(given - fromStructure) > fromStructure * 0.1) {
    report(
      column,
      "warning",
      `The plan says ${format(given)} but the workout's steps add up to ${format(fromStructure)}; the plan's value is used.`,
    );
  }
}

export function readThresholds(cells: { ftp: string; thresholdHr: string; maxHr: string; thresholdPace: string }): Thresholds | undefined {
  const thresholds: Thresholds = {};
  const ftp = Number(cells.ftp.replace(/w$/i, ""));
  if (cells.ftp && ftp > 0) thresholds.ftpWatts = ftp;
  const lthr = Number(cells.thresholdHr);
  if (cells.thresholdHr && lthr > 0) thresholds.thresholdHr = lthr;
  const max = Number(cells.maxHr);
  if (cells.maxHr && max > 0) thresholds.maxHr = max;
  const pace = /^(\d{1,2}):(\d{2})(?:\s*\/\s*(km|mi|100m|100y))?$/i.exec(cells.thresholdPace.trim());
  if (pace) {
    const per = { km: 1000, mi: 1609.344, "100m": 100, "100y": 91.44 }[(pace[3] ?? "km").toLowerCase() as "km"] ?? 1000;
    thresholds.thresholdSpeed = Math.round((per / (Number(pace[1]) * 60 + Number(pace[2]))) * 1000) / 1000;
  }
  return Object.keys(thresholds).length > 0 ? thresholds : undefined;
}
