"use client";

import { type ReactNode, useMemo, useState } from "react";
import { type Column, VirtualTable } from "@/components/virtual-table";
import { StepList } from "@/components/workouts/step-list";
import { WorkoutChart } from "@/components/workouts/workout-chart";
import { formatDistance, formatDuration, formatPlanDate } from "@/lib/format";
import type { EditableField } from "@/lib/plan-edits/source-cell";
import type { ParsedRow } from "@/lib/plans/plan-result";
import { SPORT_LABELS } from "@/lib/plans/sports";
import { countWorkoutsPerCell, type PreviewEditing, RemoveRowButton, renderEditableCell } from "./preview-cell-editing";
import { ZwoDownload } from "./zwo-export";

const STATUS_TEXT: Record<ParsedRow["status"], string> = {
  ok: "Ready",
  warning: "Ready, with a warning",
  error: "Error: left out",
  waiting: "Waiting for your answer",
};
const MAX_LISTED_ISSUES = 200;

/** Every row as it will land, with its problems in words next to it and listed below, and each structured workout's profile. */
export function PlanPreview({ rows, editing }: { rows: readonly ParsedRow[]; editing?: PreviewEditing }) {
  const [selected, setSelected] = useState<number | null>(null);
  const issues = useMemo(() => rows.flatMap((row) => row.issues), [rows]);
  const hasStructures = useMemo(
    () => rows.some((row) => row.fields.structure) || editing?.source.columns.structure !== undefined,
    [rows, editing?.source],
  );
  const counts = useMemo(() => countWorkoutsPerCell(rows), [rows]);
  const selectedRow = rows.find((row) => row.rowNumber === selected && row.fields.structure);

  const columns = useMemo<Column<ParsedRow>[]>(() => {
    const edit = (row: ParsedRow, field: EditableField, display: ReactNode) => renderEditableCell(editing, counts, row, field, display);
    return [
      {
        key: "row",
        header: "Row",
        className: "num",
        render: (row) => (
          <>
            {row.part ? `${row.rowNumber} · ${row.partLabel ?? row.part}` : row.rowNumber}
            {editing && <RemoveRowButton editing={editing} counts={counts} row={row} />}
          </>
        ),
      },
      { key: "date", header: "Date", render: (row) => edit(row, "date", formatPlanDate(row.fields.date) || row.dateLabel) },
      { key: "sport", header: "Sport", render: (row) => edit(row, "sport", row.fields.sport ? SPORT_LABELS[row.fields.sport] : "") },
      { key: "title", header: "Title", render: (row) => edit(row, "title", row.fields.title ?? ""), className: "title" },
      ...(hasStructures
        ? [
            {
              key: "workout",
              header: "Workout",
              render: (row: ParsedRow) => (
                <>
                  {row.fields.structure && (
                    <button
                      type="button"
                      className="chart-button"
                      aria-expanded={selected === row.rowNumber}
                      aria-controls="step-detail"
                      title={`Show the steps of ${row.fields.title ?? "this workout"}`}
                      onClick={() => setSelected((current) => (current === row.rowNumber ? null : row.rowNumber))}
                    >
                      <WorkoutChart structure={row.fields.structure} title={row.fields.title ?? `row ${row.rowNumber}`} />
                    </button>
                  )}
                  {edit(row, "structure", <span aria-hidden="true">✎</span>)}
                </>
              ),
            },
          ]
        : []),
      {
        key: "duration",
        header: "Duration",
        render: (row) => edit(row, "duration", formatDuration(row.fields.durationSeconds)),
        className: "num",
      },
      {
        key: "distance",
        header: "Distance",
        render: (row) => edit(row, "distance", formatDistance(row.fields.distanceMeters)),
        className: "num",
      },
      {
        key: "tss",
        header: "TSS",
        render: (row) => edit(row, "tss", row.fields.tss === undefined ? "" : Math.round(row.fields.tss * 10) / 10),
        className: "num",
      },
      {
        key: "status",
        header: "Check",
        className: "status",
        render: (row) => (
          <span className={`badge badge-${row.status}`} title={row.issues.map((issue) => issue.message).join("\n") || undefined}>
            {STATUS_TEXT[row.status]}
            {row.issues[0] && <span className="issue-text">{row.issues[0].message}</span>}
          </span>
        ),
      },
    ];
  }, [hasStructures, selected, editing, counts]);

  return (
    <>
      <VirtualTable
        caption="Plan preview"
        rows={rows}
        columns={columns}
        rowKey={(row) => `${row.rowNumber}:${row.part ?? 0}`}
        rowClassName={(row) =>
          `row-${row.status}${editing?.edits.changedRows.has(row.rowNumber) ? " [&>td:first-child]:shadow-[inset_3px_0_0_var(--color-warning)]" : ""}`
        }
      />
      <div id="step-detail" aria-live="polite">
        {selectedRow?.fields.structure && (
          <section className="step-detail" aria-label={`Steps of ${selectedRow.fields.title ?? ""}`}>
            <h3>
              Row {selectedRow.rowNumber}: {selectedRow.fields.title}
            </h3>
            <WorkoutChart structure={selectedRow.fields.structure} title={`${selectedRow.fields.title ?? ""} (large)`} size="large" />
            <StepList structure={selectedRow.fields.structure} />
            <ZwoDownload row={selectedRow} />
          </section>
        )}
      </div>
      {issues.length > 0 && (
        <details className="issue-list" open={issues.some((issue) => issue.severity === "error") && issues.length <= 20}>
          <summary>
            {issues.length} {issues.length === 1 ? "problem" : "problems"} found
          </summary>
          <ul>
            {issues.slice(0, MAX_LISTED_ISSUES).map((issue, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is read-only and rendered whole from the data; an item's position is its identity
              <li key={index} className={issue.severity === "error" ? "text-error" : undefined}>
                Row {issue.rowNumber}
                {issue.column ? `, ${issue.column}` : ""}: {issue.message}
              </li>
            ))}
          </ul>
          {issues.length > MAX_LISTED_ISSUES && <p className="hint">and {issues.length - MAX_LISTED_ISSUES} more; fix these first.</p>}
        </details>
      )}
    </>
  );
}
