import { autoRole } from "./auto-role";

/** How far down the file the header row is looked for (Google Sheets exports put titles and blank rows first). */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Which of the file's first rows names the columns: the first naming at least two plan columns.
 * Until `final` (the file ended or the search rows are read), null means "read on". At the end,
 * the first row naming one column, else the first row (which then gets the "no columns" sentence).
 */
export function findHeaderRow(records: readonly (readonly string[])[], final: boolean): number | null {
  const scores = records.map(scoreHeader);
  const strong = scores.findIndex((score) => score >= 2);
  if (strong !== -1) return strong;
  if (!final && records.length < HEADER_SEARCH_ROWS) return null;
  const weak = scores.findIndex((score) => score >= 1);
  return weak === -1
    ? Math.max(
        0,
        records.findIndex((cells) => cells.some((cell) => cell.trim() !== "")),
      )
    : weak;
}

function scoreHeader(cells: readonly string[]): number {
  let score = 0;
  for (const cell of cells) {
    if (cell.trim() === "" || cell.length > 60) continue;
    const role = autoRole(cell);
    if (role && role.role !== "ignore") score++;
  }
  return score;
}
