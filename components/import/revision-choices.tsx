"use client";

import { plural } from "@/lib/format";
import type { ImportJobView } from "@/lib/imports/wire/import-view";
import type { RevisionChoice } from "@/lib/imports/wire/requests";

type Props = { job: ImportJobView; canSend: boolean; onChoose: (choice: RevisionChoice) => void };

/**
 * A revised plan: what changed since the earlier import of the same plan, and the user's choice
 * for the workouts it changes and for those it no longer has. Nothing is updated or removed before.
 */
export function RevisionChoices({ job, canSend, onChoose }: Props) {
  const { changed, missing, already_imported: unchanged, pending, duplicate } = job.counts;
  if (changed + missing === 0) return null;
  return (
    <section className="stack" aria-label="Changes since the earlier import">
      <p role="note">
        This plan was imported before. Compared with that import: {plural(unchanged, "unchanged row")}, {plural(changed, "changed row")},{" "}
        {plural(pending + duplicate, "new row")}, {plural(missing, "workout")} no longer in the plan. Workouts the athlete has completed are
        never changed or removed.
      </p>
      {changed > 0 && (
        <fieldset className="choice" aria-label="Changed workouts">
          <p>
            {plural(changed, "workout")} of the earlier import {changed === 1 ? "is" : "are"} different in this version (same day and sport;
            each row says what changed).
          </p>
          <button type="button" onClick={() => onChoose({ group: "changed", action: "update" })} disabled={!canSend}>
            Update them
          </button>
          <button type="button" className="secondary" onClick={() => onChoose({ group: "changed", action: "add" })} disabled={!canSend}>
            Add as new
          </button>
          <button type="button" className="secondary" onClick={() => onChoose({ group: "changed", action: "skip" })} disabled={!canSend}>
            Skip them
          </button>
        </fieldset>
      )}
      {missing > 0 && (
        <fieldset className="choice" aria-label="Workouts no longer in the plan">
          <p>
            {plural(missing, "workout")} of the earlier import {missing === 1 ? "is" : "are"} not in this version of the plan.
          </p>
          <button type="button" className="danger" onClick={() => onChoose({ group: "missing", action: "remove" })} disabled={!canSend}>
            Remove them
          </button>
          <button type="button" className="secondary" onClick={() => onChoose({ group: "missing", action: "keep" })} disabled={!canSend}>
            Keep them
          </button>
        </fieldset>
      )}
    </section>
  );
}
