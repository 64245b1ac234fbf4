// The value a plan asks for when a cell gives an approximation or a range: "~2.5", "ca. 45 min",
// "17+ mins", "30-40 mins", "5–6 km". A range plans its LOWER value (the least the plan asks for);
// callers keep the range text in the description so nothing is lost.

const APPROX = /^(?:~|≈|ca\.?\s|approx\.?\s|about\s|circa\s)\s*/i;
const RANGE = /^(\d+(?:[.,]\d+)?)\s*[a-z']*\s*(?:-|–|—|to|bis)\s*(\d+(?:[.,]\d+)?)\s*(.*)$/i;

export type PlannedValue = { text: string; range: boolean };

const PLAIN = /^[\d.,:]+\s*[a-z']*$/i;

/** Most cells ("45", "1:30", "8 km") are plain values: no approximation or range to read. */
export function isPlainValue(cell: string): boolean {
  return PLAIN.test(cell);
}

export function plannedValueOf(cell: string): PlannedValue {
  let text = cell.trim().replace(APPROX, "").replace(/[!?]+$/, "").trim();
  const range = RANGE.exec(text);
  if (range && Number(range[1]?.replace(",", ".")) < Number(range[2]?.replace(",", "."))) {
    return { text: `${range[1]}${range[3] ? ` ${range[3]}` : ""}`.trim(), range: true };
  }
  text = text.replace(/^(\d+(?:[.,]\d+)?)\s*\+\s*/, "$1 ").trim();
  return { text, range: false };
}
