"use client";

import { useCallback, useMemo, useState } from "react";
import { cellText } from "@/lib/plan-edits/cell-text";
import { changedRowsOf, type CellOverrides, foldChanges, type PlanChange } from "@/lib/plan-edits/plan-changes";
import { readSourceSheet, type SourceSheet } from "@/lib/plan-edits/read-source-sheet";
import { rebuildPlanCsv } from "@/lib/plan-edits/rebuild-plan-csv";

export type PlanEdits = {
  /** The plan's text with the fixes: what is previewed and sent. */
  text: string | null;
  sheet: SourceSheet | null;
  overrides: CellOverrides;
  changes: readonly PlanChange[];
  changedRows: ReadonlySet<number>;
  cellText: (row: number, column: number) => string;
  commit: (change: Omit<PlanChange, "id">) => void;
  undo: (id: number) => void;
  undoAll: () => void;
  /** The corrected file to download: removed rows left out. */
  correctedCsv: () => string;
  /** Puts back the fixes kept for this very text (a reload). */
  restore: (text: string, changes: PlanChange[]) => void;
};

/** The user's fixes to the loaded plan, as overrides on its source cells; a new plan starts with none. */
export function usePlanEdits(source: string | null): PlanEdits {
  const [state, setState] = useState<{ source: string | null; changes: PlanChange[] }>({ source: null, changes: [] });
  const changes = state.source === source ? state.changes : NO_CHANGES;
  const sheet = useMemo(() => (source === null ? null : readSourceSheet(source)), [source]);
  const overrides = useMemo(() => foldChanges(changes), [changes]);
  const text = useMemo(
    () => (sheet && changes.length > 0 ? rebuildPlanCsv(sheet, overrides) : source),
    [sheet, overrides, changes.length, source],
  );
  const changedRows = useMemo(() => changedRowsOf(overrides), [overrides]);

  const commit = useCallback(
    (change: Omit<PlanChange, "id">) => {
      setState((current) => {
        const kept = current.source === source ? current.changes : [];
        const id = kept.reduce((highest, earlier) => Math.max(highest, earlier.id), 0) + 1;
        return { source, changes: [...kept, { ...change, id }] };
      });
    },
    [source],
  );

  return useMemo(
    () => ({
      text,
      sheet,
      overrides,
      changes,
      changedRows,
      cellText: (row, column) => (sheet ? cellText(sheet, overrides, row, column) : ""),
      commit,
      undo: (id) => setState((current) => ({ source, changes: current.changes.filter((change) => change.id !== id) })),
      undoAll: () => setState({ source, changes: [] }),
      correctedCsv: () => (sheet ? rebuildPlanCsv(sheet, overrides, { dropRemoved: true }) : (source ?? "")),
      restore: (restoredSource, restored) => setState({ source: restoredSource, changes: restored }),
    }),
    [text, sheet, overrides, changes, changedRows, commit, source],
  );
}

const NO_CHANGES: PlanChange[] = [];
