"use client";

import { useId } from "react";
import type { RowStatus } from "@/lib/imports/wire/import-view";

export type RowFilter = { status: RowStatus | "all"; athleteId: string | "all" };
export const NO_FILTER: RowFilter = { status: "all", athleteId: "all" };

type Props = {
  filter: RowFilter;
  onFilter: (filter: RowFilter) => void;
  counts: Record<RowStatus, number>;
  statusText: Record<RowStatus, string>;
  athletes: [string, string][];
  shown: number;
};

/** Narrows the results to one status and (for a coach) one athlete. */
export function ResultsFilter({ filter, onFilter, counts, statusText, athletes, shown }: Props) {
  const statusId = useId();
  const athleteId = useId();
  const statuses = (Object.keys(counts) as RowStatus[]).filter((status) => counts[status] > 0);
  return (
    <fieldset className="results-filter" aria-label="Filter results">
      <label htmlFor={statusId} className="field-label">
        Show
      </label>
      <select
        id={statusId}
        value={filter.status}
        onChange={(event) => onFilter({ ...filter, status: event.target.value as RowFilter["status"] })}
      >
        <option value="all">Every row</option>
        {statuses.map((status) => (
          <option key={status} value={status}>
            {statusText[status]} ({counts[status]})
          </option>
        ))}
      </select>
      {athletes.length > 1 && (
        <>
          <label htmlFor={athleteId} className="field-label">
            Athlete
          </label>
          <select id={athleteId} value={filter.athleteId} onChange={(event) => onFilter({ ...filter, athleteId: event.target.value })}>
            <option value="all">Every athlete</option>
            {athletes.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </>
      )}
      <span className="hint" aria-live="polite">
        {shown === 1 ? "1 row shown" : `${shown} rows shown`}
      </span>
    </fieldset>
  );
}
