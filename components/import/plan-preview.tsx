"use client";

import { type Column, VirtualTable } from "@/components/virtual-table";
import { formatDistance, formatDuration, formatPlanDate } from "@/lib/format";
import type { ParsedRow } from "@/lib/plans/plan-result";
import { SPORT_LABELS } from "@/lib/plans/sports";

const STATUS_TEXT: Record<ParsedRow["status"], string> = { ok: "Ready", warning: "Ready, with a warning", error: "Error: left out", waiting: "Waiting for your answer" };
const MAX_LISTED_ISSUES = 200;

const COLUMNS: Column<ParsedRow>[] = [
  { key: "row", header: "Row", render: (row) => row.rowNumber, className: "num" },
  { key: "date", header: "Date", render: (row) => formatPlanDate(row.fields.date) || row.dateLabel },
  { key: "sport", header: "Sport", render: (row) => (row.fields.sport ? SPORT_LABELS[row.fields.sport] : "") },
  { key: "title", header: "Title", render: (row) => row.fields.title ?? "", className: "title" },
  { key: "duration", header: "Duration", render: (row) => formatDuration(row.fields.durationSeconds), className: "num" },
  { key: "distance", header: "Distance", render: (row) => formatDistance(row.fields.distanceMeters), className: "num" },
  { key: "tss", header: "TSS", render: (row) => row.fields.tss ?? "", className: "num" },
  {
    key: "status", header: "Check", className: "status",
    render: (row) => (
      <span className={`badge badge-${row.status}`} title={row.issues.map((issue) => issue.message).join("\n") || undefined}>
        {STATUS_TEXT[row.status]}
        {row.issues[0] && <span className="issue-text">{row.issues[0].message}</span>}
      </span>
    ),
  },
];

/** Every row as it will land, with its problems in words next to it and listed below. */
export function PlanPreview({ rows }: { rows: readonly ParsedRow[] }) {
  const issues = rows.flatMap((row) => row.issues);
  return (
    <>
      <VirtualTable caption="Plan preview" rows={rows} columns={COLUMNS} rowKey={(row) => row.rowNumber} rowClassName={(row) => `row-${row.status}`} />
      {issues.length > 0 && (
        <details className="issue-list" open={issues.some((issue) => issue.severity === "error") && issues.length <= 20}>
          <summary>{issues.length} {issues.length === 1 ? "problem" : "problems"} found</summary>
          <ul>
            {issues.slice(0, MAX_LISTED_ISSUES).map((issue, index) => (
              <li key={index} className={issue.severity === "error" ? "text-error" : undefined}>
                Row {issue.rowNumber}{issue.column ? `, ${issue.column}` : ""}: {issue.message}
              </li>
            ))}
          </ul>
          {issues.length > MAX_LISTED_ISSUES && <p className="hint">and {issues.length - MAX_LISTED_ISSUES} more; fix these first.</p>}
        </details>
      )}
    </>
  );
}
