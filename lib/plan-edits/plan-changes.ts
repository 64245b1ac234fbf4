import { z } from "zod";

// The user's fixes to a plan, kept as overrides on its source cells: a cell is a spreadsheet row
// number and a column index (the header row's), so the plan's CSV can be written again with them.

export const cellEditSchema = z.object({ row: z.number().int().min(1), column: z.number().int().min(0), value: z.string().max(100_000) });
export type CellEdit = z.infer<typeof cellEditSchema>;

/** One thing the user did, undone as a whole: a cell edited, a value replaced in many rows, a row removed. */
export const planChangeSchema = z.object({
  id: z.number().int(),
  label: z.string().max(500),
  cells: z.array(cellEditSchema),
  removedRows: z.array(z.number().int().min(1)),
});
export type PlanChange = z.infer<typeof planChangeSchema>;

/** The changes folded in order (a later edit of a cell wins): what the plan's text is written with. */
export type CellOverrides = { cells: ReadonlyMap<string, string>; removed: ReadonlySet<number> };

export const NO_OVERRIDES: CellOverrides = { cells: new Map(), removed: new Set() };

export function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

export function foldChanges(changes: readonly PlanChange[]): CellOverrides {
  if (changes.length === 0) return NO_OVERRIDES;
  const cells = new Map<string, string>();
  const removed = new Set<number>();
  for (const change of changes) {
    for (const edit of change.cells) cells.set(cellKey(edit.row, edit.column), edit.value);
    for (const row of change.removedRows) removed.add(row);
  }
  return { cells, removed };
}

/** The rows a set of overrides touches (edited or removed), for marking them. */
export function changedRowsOf(overrides: CellOverrides): Set<number> {
  const rows = new Set(overrides.removed);
  for (const key of overrides.cells.keys()) rows.add(Number(key.slice(0, key.indexOf(":"))));
  return rows;
}
