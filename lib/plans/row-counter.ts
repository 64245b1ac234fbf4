/**
 * The spreadsheet row number of each record papaparse yields, blank rows included (papaparse skips
 * them, and a quoted cell may hold line breaks): the line breaks between the previous record's
 * end and this one's, less those inside this record's cells. Cheap: one scan over the text.
 */
export function makeRowCounter(text: string): (cells: readonly string[], cursor: number, linebreak: string) => number {
  let row = 0;
  let from = 0;
  return (cells, cursor, linebreak) => {
    let breaks = 0;
    for (let at = text.indexOf(linebreak, from); at !== -1 && at < cursor; at = text.indexOf(linebreak, at + linebreak.length)) breaks++;
    for (const cell of cells) {
      if (cell.length === 0 || !cell.includes(linebreak)) continue;
      for (let at = cell.indexOf(linebreak); at !== -1; at = cell.indexOf(linebreak, at + linebreak.length)) breaks--;
    }
    const endsWithBreak = cursor >= linebreak.length && text.startsWith(linebreak, cursor - linebreak.length);
    row += breaks + (endsWithBreak ? 0 : 1);
    from = cursor;
    return row;
  };
}
