import type { Step, WorkoutStructure } from "@/lib/workouts/structure";

const CLASS_COLOURS: Record<Step["intensityClass"], string> = {
  warmUp: "#7fb3e6",
  active: "#d9534f",
  rest: "#9fd3a8",
  coolDown: "#a9a3e0",
};
const HEIGHT = 40;

type Props = { structure: WorkoutStructure; title: string; size?: "small" | "large" | "card" };

/**
 * The workout's shape: one bar per step (repeats expanded), as wide as its length and as tall as
 * its target, coloured by its class; ramps slope; a step without a target is a pale bar at half height.
 * Its accessible name is "Workout profile: <title>".
 */
export function WorkoutChart({ structure, title, size = "small" }: Props) {
  const steps = structure.blocks.flatMap((block) => Array.from({ length: block.repeat }, () => block.steps).flat());
  const widthOf = (step: Step) => (step.length.kind === "time" ? step.length.seconds : step.length.meters);
  const total = steps.reduce((sum, step) => sum + widthOf(step), 0) || 1;
  const targeted = steps.filter((step) => !step.target.free);
  const highest = Math.max(...targeted.map((step) => Math.max(step.target.min, step.target.max))) || 1;
  let x = 0;
  const shapes = steps.map((step, index) => {
    const left = (x / total) * 100;
    x += widthOf(step);
    const right = (x / total) * 100;
    const yOf = (value: number) => HEIGHT - (value / highest) * (HEIGHT - 2);
    const start = step.target.free ? yOf(highest / 2) : yOf(step.ramp ? step.target.min : step.target.max);
    const end = step.target.free ? start : yOf(step.target.max);
    return (
      <polygon
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is read-only and rendered whole from the data; an item's position is its identity
        key={index}
        points={`${left},${HEIGHT} ${left},${start} ${right},${end} ${right},${HEIGHT}`}
        fill={CLASS_COLOURS[step.intensityClass]}
        fillOpacity={step.target.free ? 0.4 : 1}
      />
    );
  });
  return (
    <svg
      className={`workout-chart workout-chart-${size}`}
      viewBox={`0 0 100 ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={`Workout profile: ${title}`}
    >
      <title>{`Workout profile: ${title}`}</title>
      {shapes}
    </svg>
  );
}
