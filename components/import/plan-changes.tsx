"use client";

import type { PlanEdits } from "./use-plan-edits";

const MAX_LISTED = 50;

/** The fixes made in the preview, newest first: each can be undone, all at once too, and the corrected file downloaded. */
export function PlanChanges({ edits, fileName }: { edits: PlanEdits; fileName: string }) {
  if (edits.changes.length === 0) return null;
  const newestFirst = [...edits.changes].reverse();

  function onDownload() {
    const url = URL.createObjectURL(new Blob([edits.correctedCsv()], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = correctedName(fileName);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  return (
    <section className="my-3 rounded-md border border-line px-3 py-2" aria-labelledby="plan-changes-heading">
      <h3 id="plan-changes-heading" className="my-1">
        Your fixes ({edits.changes.length})
      </h3>
      <p className="hint">
        Changed cells are marked in the table. The import sends the plan with these fixes, and PlanDrop checks it again.
      </p>
      <ul className="my-1 max-h-48 overflow-auto">
        {newestFirst.slice(0, MAX_LISTED).map((change) => (
          <li key={change.id}>
            {change.label}{" "}
            <button
              type="button"
              className="secondary min-h-0 px-2 py-0.5"
              aria-label={`Undo: ${change.label}`}
              onClick={() => edits.undo(change.id)}
            >
              Undo
            </button>
          </li>
        ))}
      </ul>
      {newestFirst.length > MAX_LISTED && <p className="hint">and {newestFirst.length - MAX_LISTED} earlier fixes.</p>}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="secondary" onClick={edits.undoAll}>
          Undo all fixes
        </button>
        <button type="button" className="secondary" onClick={onDownload}>
          Download corrected CSV
        </button>
      </div>
    </section>
  );
}

/** "plan.csv" → "plan (corrected).csv"; a workbook's sheet "plan.xlsx (Week 1)" → "plan Week 1 (corrected).csv". */
function correctedName(fileName: string): string {
  const base = fileName.replace(/\.(csv|tsv|txt|xlsx)( \((.+)\))?$/i, (_, _ext, _sheet, sheet?: string) => (sheet ? ` ${sheet}` : ""));
  return `${base} (corrected).csv`;
}
