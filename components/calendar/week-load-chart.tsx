import { formatHours } from "@/lib/format";
import { type CalendarWeek, weekLoad } from "@/lib/plans/plan-calendar";
import { formatDayMonth } from "./calendar-text";

type Props = { weeks: readonly CalendarWeek[]; hasTss: boolean; inView: [number, number] };

const HEIGHT = 48;

/** A bar per week, as tall as its load (TSS when the plan gives it, else hours); the weeks in view below are marked. */
export function WeekLoadChart({ weeks, hasTss, inView }: Props) {
  const loads = weeks.map((week) => weekLoad(week, hasTss));
  const highest = Math.max(...loads, 0);
  if (weeks.length === 0 || highest === 0) return null;
  const heaviest = loads.indexOf(highest);
  const unit = hasTss ? "TSS" : "hours";
  const loadText = (load: number) => (hasTss ? `TSS ${Math.round(load)}` : formatHours(load));
  const label = `Weekly load (${unit}) over ${weeks.length} weeks; the heaviest is the week of ${formatDayMonth(weeks[heaviest]?.monday ?? "", true)} with ${loadText(highest)}.`;

  return (
    <figure className="m-0">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${weeks.length} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="block h-12 w-full rounded-md bg-surface-muted"
      >
        <title>{label}</title>
        <rect
          x={inView[0]}
          width={Math.max(1, inView[1] - inView[0])}
          y={0}
          height={HEIGHT}
          fill="var(--color-accent)"
          fillOpacity={0.12}
        />
        {loads.map((load, index) => {
          const height = (load / highest) * (HEIGHT - 4);
          return (
            <rect key={weeks[index]?.monday} x={index + 0.12} width={0.76} y={HEIGHT - height} height={height} fill="var(--color-accent)" />
          );
        })}
      </svg>
      <figcaption className="mt-1 text-xs text-muted">Weekly load ({unit}) per week; the shaded part is in view below.</figcaption>
    </figure>
  );
}
