import { WorkoutChart } from "@/components/workouts/workout-chart";
import type { ParsedRow } from "@/lib/plans/plan-result";
import { SPORT_LABELS } from "@/lib/plans/sports";
import { formatMeasures, sportColour } from "./calendar-text";

/** Every card is this tall, so a week's height is known before it is drawn (only the weeks in view are). */
export const CARD_HEIGHT = 96;

const STATUS_STYLE: Record<ParsedRow["status"], string> = {
  ok: "bg-surface",
  warning: "bg-warning-subtle",
  error: "bg-error-subtle",
  waiting: "bg-surface-muted",
};

/** One workout as it will sit on the calendar: sport, title, measures, its profile when structured, and its first problem. */
export function WorkoutCard({ row }: { row: ParsedRow }) {
  const { fields } = row;
  const issue = row.issues.find((candidate) => candidate.severity === "error") ?? row.issues[0];
  const title = fields.title ?? `Row ${row.rowNumber}`;
  return (
    <li
      className={`box-border overflow-hidden rounded-md border border-line border-l-4 px-2 py-1 text-xs leading-4 ${STATUS_STYLE[row.status]}`}
      style={{ height: CARD_HEIGHT, borderLeftColor: row.status === "error" ? "var(--color-error)" : sportColour(fields.sport) }}
    >
      <p className="m-0 flex justify-between gap-1 text-[0.7rem] font-semibold tracking-wide text-muted uppercase">
        <span className="truncate">{fields.sport ? SPORT_LABELS[fields.sport] : "No sport"}</span>
        <span className="shrink-0 normal-case">
          Row {row.rowNumber}
          {row.partLabel ? ` · ${row.partLabel}` : ""}
        </span>
      </p>
      <p className="m-0 truncate text-sm leading-5 font-semibold text-fg">{title}</p>
      <p className="m-0 truncate text-muted">
        {formatMeasures({ seconds: fields.durationSeconds, meters: fields.distanceMeters, tss: fields.tss }) || "\u00a0"}
      </p>
      {fields.structure && <WorkoutChart structure={fields.structure} title={title} size="card" />}
      {issue && (
        <p
          className={`m-0 truncate font-medium ${issue.severity === "error" ? "text-error" : "text-warning"}`}
          title={row.issues.map((entry) => entry.message).join("\n")}
        >
          {issue.severity === "error" ? "Error" : "Warning"}: {issue.message}
        </p>
      )}
    </li>
  );
}
