/**
 * One CSV record's text: a cell is quoted when it holds the delimiter, a quote or a line break,
 * starts or ends with a space, or (first cell) starts with "#", which would make the line a comment.
 */
export function serializeRecord(cells: readonly string[], delimiter: string): string {
  return cells.map((cell, index) => (needsQuotes(cell, index, delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(delimiter);
}

function needsQuotes(cell: string, index: number, delimiter: string): boolean {
  if (cell.includes(delimiter) || /["\r\n]/.test(cell)) return true;
  if (cell !== cell.trim()) return true;
  return index === 0 && cell.startsWith("#");
}
