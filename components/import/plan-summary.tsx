import { formatHours, formatPlanDate } from "@/lib/format";
import type { PlanSummary as Summary } from "@/lib/plans/summarize-plan";

export function PlanSummary({ summary }: { summary: Summary }) {
  return (
    <section className="summary" aria-label="Plan summary">
      <dl className="stats">
        <div>
          <dt>Workouts</dt>
          <dd>{summary.workouts}</dd>
        </div>
        <div>
          <dt>Errors</dt>
          <dd className={summary.errors ? "text-error" : undefined}>{summary.errors}</dd>
        </div>
        <div>
          <dt>Warnings</dt>
          <dd>{summary.warnings}</dd>
        </div>
        <div>
          <dt>Weeks</dt>
          <dd>{summary.weeks}</dd>
        </div>
      </dl>
      {summary.firstDate && (
        <p className="hint">
          From {formatPlanDate(summary.firstDate)} to {formatPlanDate(summary.lastDate ?? undefined)}
        </p>
      )}
      {summary.hoursBySport.length > 0 && (
        <ul className="sport-hours" aria-label="Hours per sport">
          {summary.hoursBySport.map((sport) => (
            <li key={sport.sport}>
              {sport.label}: {formatHours(sport.hours)} ({sport.count})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
