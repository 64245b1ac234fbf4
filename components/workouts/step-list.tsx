import { formatStepTime } from "@/lib/format";
import type { Step, Target, WorkoutStructure } from "@/lib/workouts/structure";

const CLASS_NAMES: Record<Step["intensityClass"], string> = {
  warmUp: "Warm up",
  active: "Active",
  rest: "Recovery",
  coolDown: "Cool down",
};
const METRIC_SUFFIX: Record<Target["metric"], string> = { power: "FTP", thresholdHr: "LTHR", maxHr: "max HR", pace: "threshold pace" };

/** The steps in words, repeats grouped, for the expanded preview row. */
export function StepList({ structure }: { structure: WorkoutStructure }) {
  return (
    <ol className="step-list">
      {structure.blocks.map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is read-only and rendered whole from the data; an item's position is its identity
        <li key={index}>
          {block.repeat > 1 && <strong>{block.repeat} × </strong>}
          {block.steps.map((step, stepIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is read-only and rendered whole from the data; an item's position is its identity
            <span key={stepIndex} className="step">
              {stepIndex > 0 && "; "}
              {CLASS_NAMES[step.intensityClass]}
              {step.name ? ` “${step.name}”` : ""}: {lengthText(step)} {step.ramp ? "ramp " : ""}
              {targetText(step.target)}
              {step.cadence ? ` at ${range(step.cadence.min, step.cadence.max)} rpm` : ""}
            </span>
          ))}
        </li>
      ))}
    </ol>
  );
}

function lengthText(step: Step): string {
  if (step.length.kind === "time") return formatStepTime(Math.round(step.length.seconds));
  return step.length.meters >= 1000 ? `${(step.length.meters / 1000).toFixed(2)} km` : `${Math.round(step.length.meters)} m`;
}

function targetText(target: Target): string {
  if (target.free) return "no target (free)";
  if (target.unit === "watts") return `${range(target.min, target.max)} W`;
  if (target.unit === "mps") return `${pace(target.min)}–${pace(target.max)} /km`;
  return `${range(target.min, target.max)} % ${METRIC_SUFFIX[target.metric]}`;
}

function range(min: number, max: number): string {
  return min === max ? `${min}` : `${min}–${max}`;
}

function pace(speed: number): string {
  const seconds = Math.round(1000 / speed);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
