// What the fake Partner API refuses in a workout body (Partner doc §4, §7), one sentence each.

const TYPES = ["swim", "bike", "run", "x-train", "mtb", "strength", "xc-ski", "rowing", "walk", "other"];
const TARGET_UNITS = ["PercentOfFtp", "PercentOfMaxHr", "PercentOfThresholdHr", "PercentOfThresholdSpeed", "Rpe"];
const CLASSES = ["WarmUp", "Active", "Rest", "CoolDown"];
const DAY = /^\d{4}-\d{2}-\d{2}(T00:00:00)?$/;

export type StructureSummary = { seconds: number; onlyTime: boolean; isRpe: boolean };

export function checkPartnerBody(body: Record<string, unknown>): string | null {
  for (const field of ["AthleteId", "WorkoutDay", "WorkoutType"])
    if (body[field] === undefined || body[field] === null) return `${field} is required.`;
  if (!/^\d+$/.test(String(body.AthleteId))) return "AthleteId must be a number.";
  if (typeof body.WorkoutDay !== "string" || !DAY.test(body.WorkoutDay)) return "WorkoutDay must be yyyy-MM-dd.";
  if (typeof body.WorkoutType !== "string" || !TYPES.includes(body.WorkoutType.toLowerCase()))
    return `WorkoutType ${String(body.WorkoutType)} is not valid.`;
  if (body.Title !== undefined && body.Title !== null && (typeof body.Title !== "string" || body.Title.length > 500))
    return "Title must be at most 500 characters.";
  if (body.Tags !== undefined && body.Tags !== null && !(Array.isArray(body.Tags) && body.Tags.every((tag) => typeof tag === "string")))
    return "Tags must be an array of strings.";
  for (const field of ["TotalTimePlanned", "DistancePlanned", "TSSPlanned", "IFPlanned"]) {
    if (body[field] !== undefined && body[field] !== null && typeof body[field] !== "number") return `${field} must be a number.`;
  }
  if (typeof body.TotalTimePlanned === "number" && body.TotalTimePlanned >= 100) return "TotalTimePlanned is in hours, at most 99:59:59.";
  if (body.Structure !== undefined && body.Structure !== null) {
    const problem = structureProblem(body.Structure);
    if (typeof problem === "string") return problem;
  }
  return null;
}

/** The problem with a Structure, or what it adds up to. */
export function structureProblem(structure: unknown): string | StructureSummary {
  if (typeof structure !== "string") return "Structure must be a string holding JSON.";
  let elements: unknown;
  try {
    elements = JSON.parse(structure);
  } catch {
    return "Structure is not valid JSON.";
  }
  if (!Array.isArray(elements) || elements.length === 0) return "Structure must be a JSON array of Step and Repetition elements.";
  const summary: StructureSummary = { seconds: 0, onlyTime: true, isRpe: false };
  const units = new Set<string>();
  for (const element of elements as Record<string, unknown>[]) {
    if (element?.Type === "Step") {
      const problem = stepProblem(element, summary, units, 1);
      if (problem) return problem;
    } else if (element?.Type === "Repetition") {
      const length = element.Length as Record<string, unknown> | undefined;
      if (length?.Unit !== "Repetition" || !Number.isInteger(length.Value) || (length.Value as number) < 1)
        return "A Repetition's Length is {Unit: Repetition, Value: a whole count}.";
      if (!Array.isArray(element.Steps) || element.Steps.length === 0) return "A Repetition needs Steps.";
      for (const step of element.Steps as Record<string, unknown>[]) {
        if (step?.Type !== "Step") return "A Repetition holds Steps only.";
        const problem = stepProblem(step, summary, units, length.Value as number);
        if (problem) return problem;
      }
    } else {
      return "Each Structure element is a Step or a Repetition.";
    }
  }
  if (units.size > 1) return "All steps of a workout must use one IntensityTarget unit.";
  summary.isRpe = units.has("Rpe");
  return summary;
}

function stepProblem(step: Record<string, unknown>, summary: StructureSummary, units: Set<string>, repeat: number): string | null {
  const length = step.Length as Record<string, unknown> | undefined;
  if (!length || (length.Unit !== "Second" && length.Unit !== "Meter")) return "A Step's Length unit is Second or Meter.";
  if (!Number.isInteger(length.Value) || (length.Value as number) <= 0) return "Length values are positive integers.";
  if (length.Unit === "Second") summary.seconds += (length.Value as number) * repeat;
  else summary.onlyTime = false;
  const target = step.IntensityTarget as Record<string, unknown> | undefined;
  if (!target || typeof target.Unit !== "string" || !TARGET_UNITS.includes(target.Unit))
    return "A Step's IntensityTarget needs a known Unit.";
  if (typeof target.Value !== "number") return "IntensityTarget.Value is required.";
  if (typeof target.MinValue === "number" && typeof target.MaxValue === "number") {
    if (target.MinValue > target.MaxValue) return "IntensityTarget.MinValue is above MaxValue.";
    if (Math.abs(target.Value - (target.MinValue + target.MaxValue) / 2) > 0.01)
      return "IntensityTarget.Value must be the midpoint of MinValue and MaxValue.";
  }
  if (target.Unit === "Rpe" && !Number.isInteger(target.Value)) return "RPE values are integers.";
  units.add(target.Unit);
  if (step.IntensityClass !== undefined && !CLASSES.includes(String(step.IntensityClass)))
    return `IntensityClass ${String(step.IntensityClass)} is not valid.`;
  const cadence = step.CadenceTarget as Record<string, unknown> | undefined;
  if (cadence && (cadence.Unit !== "rpm" || typeof cadence.MinValue !== "number" || typeof cadence.MaxValue !== "number"))
    return "CadenceTarget is {Unit: rpm, MinValue, MaxValue}.";
  return null;
}
