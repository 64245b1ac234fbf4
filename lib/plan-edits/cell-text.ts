import { cellKey, type CellOverrides } from "./plan-changes";
import type { SourceSheet } from "./read-source-sheet";

/** A source cell's text as the plan now reads: the user's edit, else the file's. */
export function cellText(sheet: SourceSheet, overrides: CellOverrides, row: number, column: number): string {
  return overrides.cells.get(cellKey(row, column)) ?? sheet.records.get(row)?.cells[column] ?? "";
}

/** The file's own text of a cell, before any edit. */
export function originalCellText(sheet: SourceSheet, row: number, column: number): string {
  return sheet.records.get(row)?.cells[column] ?? "";
}
