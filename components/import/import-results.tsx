"use client";

import { useState } from "react";
import { type Column, VirtualTable } from "@/components/virtual-table";
import { formatPlanDate, plural } from "@/lib/format";
import { downloadResultsWithKey, holdsJobKey } from "@/lib/imports/import-api-client";
import type { ImportJobView, ImportRowView, RowStatus } from "@/lib/imports/import-view";
import type { RevisionChoice } from "@/lib/imports/requests";
import { RevisionChoices } from "./revision-choices";

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
  changed: "Changed since the earlier import",
  missing: "No longer in the plan",
  updated: "Updated",
  removed: "Removed",
  kept: "Kept as it was",
  skipped: "Skipped: earlier version kept",
  reverted: "Put back by undo",
  revert_failed: "Not put back",
};

/** Rows whose outcome is final (for the progress bar). */
const FINISHED: RowStatus[] = ["created", "already_imported", "failed", "duplicate", "deleted", "delete_failed", "updated", "removed", "kept", "skipped", "reverted", "revert_failed"];

export type JobActions = {
  busy: "run" | "undo" | null;
  canSend: boolean;
  onResume: () => void;
  onRetryFailed: () => void;
  onCancel: () => void;
  onUndo: () => void;
  onDuplicates: (action: "skip" | "import") => void;
  onRevision: (choice: RevisionChoice) => void;
};

function columnsFor(manyAthletes: boolean): Column<ImportRowView>[] {
  return [
    { key: "row", header: "Row", render: (row) => (row.rowNumber <= 0 ? "earlier" : row.part ? `${row.rowNumber}.${row.part}` : row.rowNumber), className: "num" },
    ...(manyAthletes ? [{ key: "athlete", header: "Athlete", render: (row: ImportRowView) => row.athleteName }] : []),
    { key: "date", header: "Date", render: (row) => formatPlanDate(row.workoutDay || undefined) },
    { key: "title", header: "Title", render: (row) => row.title, className: "title" },
    {
      key: "status", header: "Status", className: "status",
      render: (row) => (
        <span className={`badge badge-${row.status}`}>
          {STATUS_TEXT[row.status]}
          {row.change && (row.status === "changed" || row.status === "updated" || row.status === "skipped") && <span className="issue-text">{row.change}</span>}
          {row.error && <span className="issue-text">{row.error}</span>}
          {row.status === "duplicate" && row.duplicateOf && <span className="issue-text">Same day, sport and title as TrainingPeaks workout {row.duplicateOf}.</span>}
        </span>
      ),
    },
    { key: "workout", header: "TrainingPeaks workout", render: (row) => row.tpWorkoutId ?? "", className: "num" },
  ];
}

function summaryOf({ status, counts, athleteName }: ImportJobView, athleteCount: number): string | null {
  if (status === "undone") return `Undo finished: ${plural(counts.deleted, "workout")} deleted from TrainingPeaks${counts.reverted ? `; ${plural(counts.reverted, "workout")} put back as before` : ""}.`;
  if (status !== "done") return null;
  const where = athleteCount > 1 ? `${athleteCount} athletes' calendars` : `${athleteName}'s calendar`;
  let message = `Import finished: ${plural(counts.created, "new workout")} on ${where}`;
  if (counts.updated > 0) message += `; ${plural(counts.updated, "workout")} updated`;
  if (counts.removed > 0) message += `; ${plural(counts.removed, "workout")} removed`;
  if (counts.already_imported > 0) message += `; ${plural(counts.already_imported, "workout")} already there`;
  if (counts.duplicate > 0) message += `; ${plural(counts.duplicate, "row")} skipped as already on the calendar`;
  if (counts.failed > 0) message += `; ${plural(counts.failed, "row")} failed (see below)`;
  return `${message}.`;
}

/** Progress while an import runs, then a result for every row, with what can be done next. */
export function ImportResults({ job, actions }: { job: ImportJobView; actions: JobActions }) {
  const [confirmingUndo, setConfirmingUndo] = useState(false);
  const { counts, status } = job;
  const { busy } = actions;
  const athletes = [...new Map(job.rows.map((row) => [row.athleteId, row.athleteName])).entries()];
  const total = job.rows.length - counts.invalid;
  const finished = FINISHED.reduce((sum, done) => sum + counts[done], 0);
  const undoable = counts.created + counts.delete_failed;
  const revertible = counts.updated + counts.revert_failed;
  const asking = !busy && (status === "ready" || status === "paused");
  const summary = busy ? null : summaryOf(job, athletes.length);

  return (
    <section className="card results" aria-labelledby="results-heading">
      <h2 id="results-heading">Import for {athletes.length > 1 ? athletes.map(([, name]) => name).join(", ") : job.athleteName}</h2>
      <label className="field-label" htmlFor="import-progress">Progress</label>
      <progress id="import-progress" max={Math.max(total, 1)} value={finished} aria-valuetext={`${finished} of ${total} rows done`} />
      <p aria-live="polite" className="counts">
        {finished} of {total} done · {counts.created} created · {counts.already_imported} already imported · {counts.failed} failed
        {counts.invalid > 0 && ` · ${counts.invalid} not sent because of CSV errors`}
        {counts.deleted > 0 && ` · ${counts.deleted} deleted`}
        {busy === "run" && " · sending…"}
        {busy === "undo" && " · deleting…"}
      </p>
      {athletes.length > 1 && <AthleteProgress job={job} athletes={athletes} />}
      {summary && <p className="field-success" role="status">{summary}</p>}
      {job.pausedReason && !busy && <p className="field-error" role="alert">{job.pausedReason}</p>}

      {asking && <RevisionChoices job={job} canSend={actions.canSend} onChoose={actions.onRevision} />}

      {counts.duplicate > 0 && asking && counts.changed + counts.missing === 0 && (
        <fieldset className="choice" aria-label="Rows already on the calendar">
          <p>{plural(counts.duplicate, "row")} {counts.duplicate === 1 ? "looks" : "look"} like {counts.duplicate === 1 ? "a workout" : "workouts"} already on the calendar (same day, sport and title).</p>
          <button type="button" className="secondary" onClick={() => actions.onDuplicates("skip")} disabled={!actions.canSend}>Skip them</button>
          <button type="button" className="secondary" onClick={() => actions.onDuplicates("import")} disabled={!actions.canSend}>Import them anyway</button>
        </fieldset>
      )}

      <div className="row-actions">
        {(busy === "run" || (!busy && (status === "running" || job.stuck))) && <button type="button" className="secondary" onClick={actions.onCancel}>Cancel import</button>}
        {asking && counts.pending + counts.sending > 0 && counts.duplicate + counts.changed + counts.missing === 0 && <button type="button" onClick={actions.onResume} disabled={!actions.canSend}>Resume</button>}
        {!busy && counts.failed > 0 && <button type="button" className="secondary" onClick={actions.onRetryFailed} disabled={!actions.canSend}>Retry failed rows</button>}
        {!busy && undoable + revertible > 0 && !confirmingUndo && <button type="button" className="secondary danger" onClick={() => setConfirmingUndo(true)} disabled={!actions.canSend}>Undo import</button>}
        <a className="button-link" href={`/api/imports/${job.id}/results.csv`} download onClick={(event) => {
          if (!holdsJobKey(job.id)) return; // a signed-in user's job: the session cookie is enough
          event.preventDefault();
          void downloadResultsWithKey(job.id, `${job.fileName.replace(/\.[^.]+$/, "") || "import"}-results.csv`);
        }}>Download results (CSV)</a>
      </div>
      {confirmingUndo && !busy && (
        <fieldset className="choice" aria-label="Confirm undo">
          <p>
            {revertible === 0 ? `Delete the ${plural(undoable, "workout")} this import put on TrainingPeaks? Workouts that were already there stay.`
              : `Delete the ${plural(undoable, "workout")} this import added and put back the earlier version of the ${plural(revertible, "workout")} it updated? Workouts it removed are not made again.`}
          </p>
          <button type="button" className="danger" onClick={() => { setConfirmingUndo(false); actions.onUndo(); }}>{revertible === 0 ? `Yes, delete ${plural(undoable, "workout")}` : "Yes, undo the import"}</button>
          <button type="button" className="secondary" onClick={() => setConfirmingUndo(false)}>Don't undo</button>
        </fieldset>
      )}
      <VirtualTable caption="Import results" rows={job.rows} columns={columnsFor(athletes.length > 1)} rowKey={(row) => `${row.athleteId}:${row.rowNumber}:${row.part ?? 0}`} rowClassName={(row) => `row-${row.status}`} />
    </section>
  );
}

function AthleteProgress({ job, athletes }: { job: ImportJobView; athletes: [string, string][] }) {
  return (
    <table className="athlete-progress" aria-label="Progress per athlete">
      <thead><tr><th scope="col">Athlete</th><th scope="col" className="num">Created</th><th scope="col" className="num">Failed</th><th scope="col" className="num">Waiting</th></tr></thead>
      <tbody>
        {athletes.map(([athleteId, name]) => {
          const rows = job.rows.filter((row) => row.athleteId === athleteId);
          const count = (status: RowStatus) => rows.filter((row) => row.status === status).length;
          return <tr key={athleteId}><td>{name}</td><td className="num">{count("created")}</td><td className="num">{count("failed")}</td><td className="num">{count("pending") + count("sending")}</td></tr>;
        })}
      </tbody>
    </table>
  );
}
