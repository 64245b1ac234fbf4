"use client";

import { type Column, VirtualTable } from "@/components/virtual-table";
import { formatPlanDate, plural } from "@/lib/format";
import type { ImportJobView, ImportRowView, RowStatus } from "@/lib/imports/import-view";

const STATUS_TEXT: Record<RowStatus, string> = {
  pending: "Waiting",
  sending: "Sending…",
  created: "Created",
  already_imported: "Already imported",
  failed: "Failed",
  invalid: "Not sent (CSV error)",
  duplicate: "Skipped: already on the calendar",
  deleted: "Deleted by undo",
  delete_failed: "Not deleted",
};

const COLUMNS: Column<ImportRowView>[] = [
  { key: "row", header: "Row", render: (row) => row.rowNumber, className: "num" },
  { key: "date", header: "Date", render: (row) => formatPlanDate(row.workoutDay || undefined) },
  { key: "title", header: "Title", render: (row) => row.title, className: "title" },
  {
    key: "status", header: "Status", className: "status",
    render: (row) => (
      <span className={`badge badge-${row.status}`}>
        {STATUS_TEXT[row.status]}
        {row.error && <span className="issue-text">{row.error}</span>}
      </span>
    ),
  },
  { key: "workout", header: "TrainingPeaks workout", render: (row) => row.tpWorkoutId ?? "", className: "num" },
];

function finishedMessage({ counts, athleteName }: ImportJobView): string {
  let message = `Import finished: ${plural(counts.created, "new workout")} on ${athleteName}'s calendar`;
  if (counts.already_imported > 0) message += `; ${plural(counts.already_imported, "workout")} already there`;
  if (counts.failed > 0) message += `; ${plural(counts.failed, "row")} failed (see below)`;
  return `${message}.`;
}

type Props = { job: ImportJobView; isRunning: boolean; onRetryFailed: () => void; onResume: () => void; canSend: boolean };

/** Progress while the import runs, then a result for every row of the plan. */
export function ImportResults({ job, isRunning, onRetryFailed, onResume, canSend }: Props) {
  const { counts } = job;
  const total = job.rows.length - counts.invalid;
  const finished = counts.created + counts.already_imported + counts.failed;
  return (
    <section className="card results" aria-labelledby="results-heading">
      <h2 id="results-heading">Import for {job.athleteName}</h2>
      <label className="field-label" htmlFor="import-progress">Progress</label>
      <progress id="import-progress" max={Math.max(total, 1)} value={finished} aria-valuetext={`${finished} of ${total} rows done`} />
      <p aria-live="polite" className="counts">
        {finished} of {total} done · {counts.created} created · {counts.already_imported} already imported · {counts.failed} failed
        {counts.invalid > 0 && ` · ${counts.invalid} not sent because of CSV errors`}
        {isRunning && " · sending…"}
      </p>
      {job.status === "done" && !isRunning && <p className="field-success" role="status">{finishedMessage(job)}</p>}
      {job.pausedReason && !isRunning && <p className="field-error" role="alert">{job.pausedReason}</p>}
      <div className="row-actions">
        {job.status === "paused" && !isRunning && <button type="button" onClick={onResume} disabled={!canSend}>Resume</button>}
        {counts.failed > 0 && !isRunning && <button type="button" className="secondary" onClick={onRetryFailed} disabled={!canSend}>Retry failed rows</button>}
      </div>
      <VirtualTable caption="Import results" rows={job.rows} columns={COLUMNS} rowKey={(row) => row.rowNumber} rowClassName={(row) => `row-${row.status}`} />
    </section>
  );
}
