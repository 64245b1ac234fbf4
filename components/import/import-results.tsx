"use client";

import { useEffect, useRef, useState } from "react";
import { type Column, VirtualTable } from "@/components/virtual-table";
import { formatPlanDate, plural } from "@/lib/format";
import { downloadResultsWithKey, holdsJobKey } from "@/lib/imports/browser/import-api-client";
import type { ImportJobView, ImportRowView, RowStatus } from "@/lib/imports/wire/import-view";
import type { RevisionChoice } from "@/lib/imports/wire/requests";
import type { ImportPace } from "@/lib/imports/wire/time-left";
import { calendarUrl } from "@/lib/trainingpeaks/web-app-links";
import { AthleteProgress } from "./athlete-progress";
import { NO_FILTER, ResultsFilter, type RowFilter } from "./results-filter";
import { RevisionChoices } from "./revision-choices";
import { TimeLeft } from "./time-left";

const STATUS_TEXT: Record<RowStatus, string> = {
  pending: "Waiting",
  sending: "Sending…",
  created: "Created",
  already_imported: "Already imported",
  failed: "Failed",
  refused: "Not sent",
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
const FINISHED: RowStatus[] = [
  "created",
  "already_imported",
  "failed",
  "refused",
  "duplicate",
  "deleted",
  "delete_failed",
  "updated",
  "removed",
  "kept",
  "skipped",
  "reverted",
  "revert_failed",
];

export type JobActions = {
  busy: "run" | "undo" | null;
  canSend: boolean;
  onResume: () => void;
  onRetryFailed: () => void;
  onCancel: () => void;
  /** Undo the whole import, or only one athlete's rows. */
  onUndo: (athleteId?: string) => void;
  onDuplicates: (action: "skip" | "import") => void;
  onRevision: (choice: RevisionChoice) => void;
};

function columnsFor(manyAthletes: boolean): Column<ImportRowView>[] {
  return [
    {
      key: "row",
      header: "Row",
      render: (row) => (row.rowNumber <= 0 ? "earlier" : row.part ? `${row.rowNumber}.${row.part}` : row.rowNumber),
      className: "num",
    },
    ...(manyAthletes ? [{ key: "athlete", header: "Athlete", render: (row: ImportRowView) => row.athleteName }] : []),
    { key: "date", header: "Date", render: (row) => formatPlanDate(row.workoutDay || undefined) },
    { key: "title", header: "Title", render: (row) => row.title, className: "title" },
    {
      key: "status",
      header: "Status",
      className: "status",
      render: (row) => (
        <span className={`badge badge-${row.status}`}>
          {STATUS_TEXT[row.status]}
          {row.change && (row.status === "changed" || row.status === "updated" || row.status === "skipped") && (
            <span className="issue-text">{row.change}</span>
          )}
          {row.error && <span className="issue-text">{row.error}</span>}
          {row.status === "duplicate" && row.duplicateOf && (
            <span className="issue-text">Same day, sport and title as TrainingPeaks workout {row.duplicateOf}.</span>
          )}
        </span>
      ),
    },
    { key: "workout", header: "TrainingPeaks workout", render: (row) => <WorkoutLink row={row} />, className: "num" },
  ];
}

function summaryOf({ status, counts, athleteName }: ImportJobView, athleteCount: number): string | null {
  if (status === "undone")
    return `Undo finished: ${plural(counts.deleted, "workout")} deleted from TrainingPeaks${counts.reverted ? `; ${plural(counts.reverted, "workout")} put back as before` : ""}.`;
  if (status !== "done") return null;
  const where = athleteCount > 1 ? `${athleteCount} athletes' calendars` : `${athleteName}'s calendar`;
  let message = `Import finished: ${plural(counts.created, "new workout")} on ${where}`;
  if (counts.updated > 0) message += `; ${plural(counts.updated, "workout")} updated`;
  if (counts.removed > 0) message += `; ${plural(counts.removed, "workout")} removed`;
  if (counts.already_imported > 0) message += `; ${plural(counts.already_imported, "workout")} already there`;
  if (counts.duplicate > 0) message += `; ${plural(counts.duplicate, "row")} skipped as already on the calendar`;
  if (counts.failed > 0) message += `; ${plural(counts.failed, "row")} failed (see below)`;
  if (counts.refused > 0)
    message += `; ${plural(counts.refused, "row")} not sent: TrainingPeaks refused ${counts.refused === 1 ? "it" : "them"} (see below)`;
  return `${message}.`;
}

/** A created workout's id, linking to that athlete's calendar in the TrainingPeaks web app (no address for one day is known: the link says which day). */
function WorkoutLink({ row }: { row: ImportRowView }) {
  if (!row.tpWorkoutId) return "";
  if (row.status !== "created" && row.status !== "already_imported" && row.status !== "updated") return row.tpWorkoutId;
  return (
    <a
      href={calendarUrl(row.athleteId)}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={`${row.tpWorkoutId}: open ${row.athleteName}'s TrainingPeaks calendar (go to ${formatPlanDate(row.workoutDay)})`}
    >
      {row.tpWorkoutId}
    </a>
  );
}

type ResultsProps = {
  job: ImportJobView;
  actions: JobActions;
  /** The server's sending pace, for the time estimate. */
  pace?: ImportPace;
  /** Bring the results into view and move focus to them (an import just started). */
  focusOnMount?: boolean;
};

/** Progress while an import runs, then a result for every row, with what can be done next. */
export function ImportResults({ job, actions, pace, focusOnMount = false }: ResultsProps) {
  const [confirmingUndo, setConfirmingUndo] = useState<{ athleteId?: string; name?: string; count?: number } | null>(null);
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const heading = useRef<HTMLHeadingElement>(null);
  const { counts, status } = job;
  const { busy } = actions;
  const athletes = [...new Map(job.rows.map((row) => [row.athleteId, row.athleteName])).entries()];
  const total = job.rows.length - counts.invalid;
  const finished = FINISHED.reduce((sum, done) => sum + counts[done], 0);
  const undoable = counts.created + counts.delete_failed;
  const revertible = counts.updated + counts.revert_failed;
  const asking = !busy && (status === "ready" || status === "paused");
  const summary = busy ? null : summaryOf(job, athletes.length);
  const shownRows =
    filter === NO_FILTER
      ? job.rows
      : job.rows.filter(
          (row) =>
            (filter.status === "all" || row.status === filter.status) && (filter.athleteId === "all" || row.athleteId === filter.athleteId),
        );

  useEffect(() => {
    if (!focusOnMount) return;
    heading.current?.scrollIntoView({ block: "start" });
    heading.current?.focus({ preventScroll: true });
  }, [focusOnMount]);

  return (
    <section className="card results" aria-labelledby="results-heading">
      <h2 id="results-heading" ref={heading} tabIndex={-1}>
        Import for {athletes.length > 1 ? athletes.map(([, name]) => name).join(", ") : job.athleteName}
      </h2>
      <label className="field-label" htmlFor="import-progress">
        Progress
      </label>
      <progress id="import-progress" max={Math.max(total, 1)} value={finished} aria-valuetext={`${finished} of ${total} rows done`} />
      <p aria-live="polite" className="counts">
        {finished} of {total} done · {counts.created} created · {counts.already_imported} already imported · {counts.failed} failed
        {counts.refused > 0 && ` · ${counts.refused} not sent`}
        {counts.invalid > 0 && ` · ${counts.invalid} not sent because of CSV errors`}
        {counts.deleted > 0 && ` · ${counts.deleted} deleted`}
        {busy === "run" && " · sending…"}
        {busy === "undo" && " · deleting…"}
      </p>
      {pace && (busy === "run" || status === "running") && (
        <TimeLeft rowsLeft={counts.pending + counts.sending} finished={finished} pace={pace} />
      )}
      {athletes.length > 1 && (
        <AthleteProgress
          job={job}
          athletes={athletes}
          finished={FINISHED}
          onUndoAthlete={busy || !actions.canSend ? undefined : (athleteId, name, count) => setConfirmingUndo({ athleteId, name, count })}
        />
      )}
      {summary && (
        <p className="field-success" role="status">
          {summary}
        </p>
      )}
      {job.pausedReason && !busy && (
        <p className="field-error" role="alert">
          {job.pausedReason}
        </p>
      )}

      {asking && <RevisionChoices job={job} canSend={actions.canSend} onChoose={actions.onRevision} />}

      {counts.duplicate > 0 && asking && counts.changed + counts.missing === 0 && (
        <fieldset className="choice" aria-label="Rows already on the calendar">
          <p>
            {plural(counts.duplicate, "row")} {counts.duplicate === 1 ? "looks" : "look"} like{" "}
            {counts.duplicate === 1 ? "a workout" : "workouts"} already on the calendar (same day, sport and title).
          </p>
          <button type="button" className="secondary" onClick={() => actions.onDuplicates("skip")} disabled={!actions.canSend}>
            Skip them
          </button>
          <button type="button" className="secondary" onClick={() => actions.onDuplicates("import")} disabled={!actions.canSend}>
            Import them anyway
          </button>
        </fieldset>
      )}

      <div className="row-actions">
        {(busy === "run" || (!busy && (status === "running" || job.stuck))) && (
          <button type="button" className="secondary" onClick={actions.onCancel}>
            Cancel import
          </button>
        )}
        {asking && counts.pending + counts.sending > 0 && counts.duplicate + counts.changed + counts.missing === 0 && (
          <button type="button" onClick={actions.onResume} disabled={!actions.canSend}>
            Resume
          </button>
        )}
        {!busy && counts.failed > 0 && (
          <button type="button" className="secondary" onClick={actions.onRetryFailed} disabled={!actions.canSend}>
            Retry failed rows
          </button>
        )}
        {!busy && undoable + revertible > 0 && !confirmingUndo && (
          <button type="button" className="secondary danger" onClick={() => setConfirmingUndo({})} disabled={!actions.canSend}>
            Undo import
          </button>
        )}
        <a
          className="button-link"
          href={`/api/imports/${job.id}/results.csv`}
          download
          onClick={(event) => {
            if (!holdsJobKey(job.id)) return; // a signed-in user's job: the session cookie is enough
            event.preventDefault();
            void downloadResultsWithKey(job.id, `${job.fileName.replace(/\.[^.]+$/, "") || "import"}-results.csv`);
          }}
        >
          Download results (CSV)
        </a>
      </div>
      {!busy && counts.refused > 0 && (
        <p className="hint">
          {plural(counts.refused, "row")} marked “Not sent” {counts.refused === 1 ? "was" : "were"} refused by TrainingPeaks for a reason a
          retry cannot change (each row says why), so Retry leaves {counts.refused === 1 ? "it" : "them"} out.
        </p>
      )}
      {confirmingUndo?.athleteId && !busy && (
        <fieldset className="choice" aria-label="Confirm undo">
          <p>
            Delete the {plural(confirmingUndo.count ?? 0, "workout")} this import put on {confirmingUndo.name}&apos;s calendar (and put back
            any it updated)? The other athletes&apos; workouts stay.
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirmingUndo(null);
              actions.onUndo(confirmingUndo.athleteId);
            }}
          >
            Yes, undo for {confirmingUndo.name}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirmingUndo(null)}>
            Don&apos;t undo
          </button>
        </fieldset>
      )}
      {confirmingUndo && !confirmingUndo.athleteId && !busy && (
        <fieldset className="choice" aria-label="Confirm undo">
          <p>
            {revertible === 0
              ? `Delete the ${plural(undoable, "workout")} this import put on TrainingPeaks? Workouts that were already there stay.`
              : `Delete the ${plural(undoable, "workout")} this import added and put back the earlier version of the ${plural(revertible, "workout")} it updated? Workouts it removed are not made again.`}
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirmingUndo(null);
              actions.onUndo();
            }}
          >
            {revertible === 0 ? `Yes, delete ${plural(undoable, "workout")}` : "Yes, undo the import"}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirmingUndo(null)}>
            Don't undo
          </button>
        </fieldset>
      )}
      <ResultsFilter
        filter={filter}
        onFilter={setFilter}
        counts={counts}
        statusText={STATUS_TEXT}
        athletes={athletes}
        shown={shownRows.length}
      />
      <VirtualTable
        caption="Import results"
        rows={shownRows}
        columns={columnsFor(athletes.length > 1)}
        rowKey={(row) => `${row.athleteId}:${row.rowNumber}:${row.part ?? 0}`}
        rowClassName={(row) => `row-${row.status}`}
      />
    </section>
  );
}
