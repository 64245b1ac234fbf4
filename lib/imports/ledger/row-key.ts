import "server-only";
/** Which workout of the plan a row is: its row number, and its part when the row holds several. */
export function rowKeyOf(row: { rowNumber: number; part?: number }): string {
  return `${row.rowNumber}:${row.part ?? 0}`;
}
