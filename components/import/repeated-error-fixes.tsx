"use client";

import { useId, useMemo, useState } from "react";
import { findRepeatedErrors, type RepeatedError } from "@/lib/plan-edits/repeated-errors";
import type { ParsedRow, PlanSourceColumns } from "@/lib/plans/plan-result";
import { SPORT_LABELS, SPORTS } from "@/lib/plans/sports";
import type { PlanEdits } from "./use-plan-edits";

/** One Replace per wrong value written in several rows: `Replace "Kayak" with [Rowing ▾] in 12 rows`. */
export function RepeatedErrorFixes({ rows, source, edits }: { rows: readonly ParsedRow[]; source: PlanSourceColumns; edits: PlanEdits }) {
  const groups = useMemo(() => findRepeatedErrors(rows, source, edits.cellText), [rows, source, edits.cellText]);
  if (groups.length === 0) return null;
  return (
    <section className="my-3 rounded-md border border-line px-3 py-2" aria-label="Fix a value in several rows">
      {groups.map((group) => (
        <ReplaceForm key={`${group.column}:${group.value}`} group={group} edits={edits} />
      ))}
    </section>
  );
}

function ReplaceForm({ group, edits }: { group: RepeatedError; edits: PlanEdits }) {
  const [replacement, setReplacement] = useState(group.isSport ? SPORT_LABELS.other : "");
  const fieldId = useId();
  const rows = `${group.rows.length} rows`;

  function onReplace() {
    edits.commit({
      label: `"${group.value}" replaced with "${replacement}" in ${group.header} of ${rows}`,
      cells: group.rows.map((row) => ({ row, column: group.column, value: replacement })),
      removedRows: [],
    });
  }

  return (
    <form
      className="my-1 flex flex-wrap items-center gap-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        onReplace();
      }}
    >
      <p className="hint m-0 basis-full">
        {group.message} ({group.header}, rows {listRows(group.rows)})
      </p>
      <label htmlFor={fieldId}>{`Replace "${group.value}" with`}</label>{" "}
      {group.isSport ? (
        <select id={fieldId} value={replacement} onChange={(event) => setReplacement(event.target.value)}>
          {SPORTS.map((sport) => (
            <option key={sport} value={SPORT_LABELS[sport]}>
              {SPORT_LABELS[sport]}
            </option>
          ))}
        </select>
      ) : (
        <input id={fieldId} value={replacement} onChange={(event) => setReplacement(event.target.value)} required spellCheck={false} />
      )}{" "}
      in {rows}{" "}
      <button type="submit" className="secondary">
        Replace
      </button>
    </form>
  );
}

function listRows(rows: readonly number[]): string {
  return rows.length > 8 ? `${rows.slice(0, 8).join(", ")}, …` : rows.join(", ");
}
