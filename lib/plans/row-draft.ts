import type { Column, ColumnMap } from "./layout";
import type { RowIssue } from "./plan-result";
import type { StructureCache } from "./read-structure";
import type { PlannedWorkout } from "./workout";

/** headerRow and headers: the spreadsheet row naming the columns and its cells, so an edit can find a workout's source cell. */
export type RowContext = {
  map: ColumnMap;
  decimalComma: boolean;
  headerCount: number;
  headerRow: number;
  headers: readonly string[];
  widenPercent: number;
  structures: StructureCache;
};

/** Where a workout's sport came from: a sport column, its own words, only a workout kind (Easy, Long…), or nothing. */
export type SportSource = "column" | "words" | "kind" | "none";

/**
 * One workout read from a row but not yet placed on a date, nor given the plan-level answers
 * (the sport of kind-only rows, the unit of bare distances): those need every row of the file first.
 */
export type RowDraft = {
  rowNumber: number;
  part?: number;
  partLabel?: string;
  /** The column a part was read from (its weekday, sport or split title cell). */
  sourceColumn?: number;
  fields: Partial<PlannedWorkout>;
  issues: RowIssue[];
  sportFrom: SportSource;
  /** The word that named the sport or kind ("Easy", "ride"), for the plan's note. */
  sportWord?: string;
  /** A distance written without a unit, waiting for the plan's unit. */
  bareDistance?: { value: number; column: Column | null };
  /** The date, day or week cell, and the weekday (cell, or the grid column's day). */
  dateCell: string;
  weekdayCell: string;
};

export function issue(
  rowNumber: number,
  column: Pick<Column, "header"> | null | undefined,
  severity: RowIssue["severity"],
  message: string,
): RowIssue {
  return { rowNumber, column: column?.header ?? null, severity, message };
}

export function cellOf(cells: readonly string[], column: Column | undefined): string {
  if (!column) return "";
  const value = cells[column.index];
  return value ? value.trim() : "";
}
