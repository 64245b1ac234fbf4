// The value a plan asks for when a cell gives an approximation or a range: "~2.5", "ca. 45 min",
// "17+ mins", "30-40 mins", "5–6 km". A range plans its LOWER value (the least the plan asks for);
// callers keep the range text in the description so nothing is lost.

const APPROX = /^(?:~|≈|ca\.?\s|approx\.?\s|about\s|circa\s)\s*/i;
const CLOCK_RANGE = /^(\d{1,2}:\d{2}(?::\d{2})?)\s*(?:-|–|—|to|bis)\s*\d{1,2}:\d{2}(?::\d{2})?$/i;
const RANGE = /^(\d+(?:[.,]\d+)?)\s*[a-z']*\s*(?:-|–|—|to|bis)\s*(\d+(?:[.,]\d+)?)\s*(.*)$/i;

export type PlannedValue = { text: string; range: boolean };

/** Most cells ("45", "1:30", "8 km") are plain values: no approximation or range to read. A hand scan: it runs on every row. */
export function isPlainValue(cell: string): boolean {
  const first = cell.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return false; // "~2.5", "ca. 45", "about 3"
  for (let i = 1; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code === 45 || code === 43 || code === 126 || code === 33 || code === 63 || code === 0x2013 || code === 0x2014) return false; // - + ~ ! ? – —
    if (code === 32 && /\s(?:to|bis)\s/i.test(cell)) return false;
  }
  return true;
}

export function plannedValueOf(cell: string): PlannedValue {
  let text = cell
    .trim()
    .replace(APPROX, "")
    .replace(/[!?]+$/, "")
    .trim();
  const clock = CLOCK_RANGE.exec(text);
  if (clock) return { text: clock[1] ?? text, range: true };
  const range = RANGE.exec(text);
  if (range && Number(range[1]?.replace(",", ".")) < Number(range[2]?.replace(",", "."))) {
    return { text: `${range[1]}${range[3] ? ` ${range[3]}` : ""}`.trim(), range: true };
  }
  text = text.replace(/^(\d+(?:[.,]\d+)?)\s*\+\s*/, "$1 ").trim();
  return { text, range: false };
}
