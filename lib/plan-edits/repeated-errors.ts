import type { ParsedRow, PlanSourceColumns } from "@/lib/plans/plan-result";

/** One wrong value written in several rows' cells of one column: offered as one Replace. */
export type RepeatedError = { column: number; header: string; value: string; rows: number[]; message: string; isSport: boolean };

const MAX_GROUPS = 5;

/**
 * Values an error points at in two or more rows of the same column ("Kayak" in 12 rows' Sport
 * cells), most rows first. `cellText` reads a cell as the plan now has it.
 */
export function findRepeatedErrors(
  rows: readonly ParsedRow[],
  source: PlanSourceColumns,
  cellText: (row: number, column: number) => string,
): RepeatedError[] {
  const columnOf = new Map<string, number>();
  source.headers.forEach((header, index) => {
    if (!columnOf.has(header)) columnOf.set(header, index);
  });
  const groups = new Map<string, RepeatedError>();
  for (const row of rows) {
    for (const issue of row.issues) {
      if (issue.severity !== "error" || issue.column === null) continue;
      const column = columnOf.get(issue.column);
      if (column === undefined) continue;
      const value = cellText(row.rowNumber, column).trim();
      if (value === "") continue;
      const key = `${column}\u0000${value}`;
      const group = groups.get(key) ?? {
        column,
        header: issue.column.trim(),
        value,
        rows: [],
        message: issue.message,
        isSport: column === source.columns.sport,
      };
      if (group.rows.at(-1) !== row.rowNumber) group.rows.push(row.rowNumber);
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .filter((group) => group.rows.length > 1)
    .sort((a, b) => b.rows.length - a.rows.length)
    .slice(0, MAX_GROUPS);
}
