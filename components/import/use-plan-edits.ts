"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { changedRowsOf, type CellOverrides, foldChanges, type PlanChange } from "@/lib/plan-edits/plan-changes";
import type { SourceSheet } from "@/lib/plan-edits/read-source-sheet";

type EditTools = typeof import("@/lib/plan-edits/edit-tools");

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

/**
 * The user's fixes to the loaded plan, as overrides on its source cells; a new plan starts with none.
 * The editing code loads with the first plan (edit-tools.ts); until then the plan reads as it is.
 */
export function usePlanEdits(source: string | null): PlanEdits {
  const [state, setState] = useState<{ source: string | null; changes: PlanChange[] }>({ source: null, changes: [] });
  const [tools, setTools] = useState<EditTools | null>(null);
  useEffect(() => {
    if (source !== null && !tools) void import("@/lib/plan-edits/edit-tools").then(setTools);
  }, [source, tools]);
  const changes = state.source === source ? state.changes : NO_CHANGES;
  const sheet = useMemo(() => (source === null || !tools ? null : tools.readSourceSheet(source)), [source, tools]);
  const overrides = useMemo(() => foldChanges(changes), [changes]);
  const text = useMemo(
    () => (tools && sheet && changes.length > 0 ? tools.rebuildPlanCsv(sheet, overrides) : source),
    [tools, sheet, overrides, changes.length, source],
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
      cellText: (row, column) => (tools && sheet ? tools.cellText(sheet, overrides, row, column) : ""),
      commit,
      undo: (id) => setState((current) => ({ source, changes: current.changes.filter((change) => change.id !== id) })),
      undoAll: () => setState({ source, changes: [] }),
      correctedCsv: () => (tools && sheet ? tools.rebuildPlanCsv(sheet, overrides, { dropRemoved: true }) : (source ?? "")),
      restore: (restoredSource, restored) => setState({ source: restoredSource, changes: restored }),
    }),
    [tools, text, sheet, overrides, changes, changedRows, commit, source],
  );
}

const NO_CHANGES: PlanChange[] = [];
