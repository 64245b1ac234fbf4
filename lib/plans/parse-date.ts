import { makeCalendarDate, weekdayIndex } from "./calendar-date";

export type DateOrder = "dmy" | "mdy";
export type DateParse = { date: string; warning?: string } | { error: string } | { ambiguous: true };

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
/** English weekday names and abbreviations, 0 = Monday (plan-offsets.ts adds other languages' for week grids). */
export const WEEKDAYS: Record<string, number> = {
  mon: 0,
  monday: 0,
  tue: 1,
  tues: 1,
  tuesday: 1,
  wed: 2,
  wednesday: 2,
  thu: 3,
  thur: 3,
  thurs: 3,
  thursday: 3,
  fri: 4,
  friday: 4,
  sat: 5,
  saturday: 5,
  sun: 6,
  sunday: 6,
};

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

const TIME_OF_DAY = /[\sT]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;

/** Reads one date cell. Day/month order comes from the file (see detectDateOrder) or the user. */
export function parseDateText(text: string, order: DateOrder | null): DateParse {
  const cell = text.includes(":") ? text.trim().replace(TIME_OF_DAY, "") : text.trim(); // "1/6/2025 6:00 AM": the day, not the time
  if (cell === "") return { error: "The date is empty." };

  const iso = ISO.exec(cell);
  if (iso) return checked(makeCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3])), cell);

  const numeric = NUMERIC.exec(cell);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    const year = expandYear(numeric[3] ?? "");
    const effective = order ?? (first > 12 ? "dmy" : second > 12 ? "mdy" : null);
    if (effective === null) return first === second ? checked(makeCalendarDate(year, first, second), cell) : { ambiguous: true };
    const [day, month] = effective === "dmy" ? [first, second] : [second, first];
    return checked(makeCalendarDate(year, month, day), cell);
  }

  return parseWrittenDate(cell);
}

/**
 * Decides day/month order from every numeric date in a column: a first part above 12 means
 * day/month/year, a second part above 12 means month/day/year. Both at once is a conflict.
 */
export function detectDateOrder(cells: readonly string[]): DateOrder | "unknown" | "conflict" | "not_needed" {
  let sawDmy = false;
  let sawMdy = false;
  let sawAmbiguous = false;
  for (const cell of cells) {
    const numeric = NUMERIC.exec(cell.includes(":") ? cell.trim().replace(TIME_OF_DAY, "") : cell.trim());
    if (!numeric) continue;
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    if (first > 12) sawDmy = true;
    else if (second > 12) sawMdy = true;
    else if (first !== second) sawAmbiguous = true;
  }
  if (sawDmy && sawMdy) return "conflict";
  if (sawDmy) return "dmy";
  if (sawMdy) return "mdy";
  return sawAmbiguous ? "unknown" : "not_needed";
}

/** Every numeric date of the column written with dots (03.04.2027): day.month.year wherever dots are used. */
export function writtenWithDots(cells: readonly string[]): boolean {
  let dotted = false;
  for (const cell of cells) {
    const numeric = NUMERIC.exec(cell.trim());
    if (!numeric) continue;
    if (!/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(cell.trim())) return false;
    dotted = true;
  }
  return dotted;
}

function parseWrittenDate(cell: string): DateParse {
  const tokens = cell
    .toLowerCase()
    .replace(/[,.]/g, " ")
    .split(/[\s/-]+/)
    .filter(Boolean);
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  let weekday: number | null = null;
  for (const token of tokens) {
    const ordinal = /^(\d{1,2})(st|nd|rd|th)?$/.exec(token);
    if (/^\d{4}$/.test(token) && year === null) year = Number(token);
    else if (ordinal && day === null) day = Number(ordinal[1]);
    else if (token in MONTHS && month === null) month = MONTHS[token] ?? null;
    else if (token in WEEKDAYS && weekday === null) weekday = WEEKDAYS[token] ?? null;
    else if (/^\d{2}$/.test(token) && day !== null && month !== null && year === null)
      year = 2000 + Number(token); // "6-Jan-25"
    else return { error: `"${cell}" is not a date we can read. Use a form like 2025-03-10.` };
  }
  if (day === null || month === null || year === null) {
    return { error: `"${cell}" is not a full date (day, month and year). Use a form like 2025-03-10.` };
  }
  const date = makeCalendarDate(year, month, day);
  if (date === null) return { error: `"${cell}" is not a real calendar date.` };
  if (weekday !== null && weekdayIndex(date) !== weekday) {
    return { date, warning: `"${cell}" names the wrong weekday; the date ${date} is used.` };
  }
  return { date };
}

function checked(date: string | null, cell: string): DateParse {
  return date === null ? { error: `"${cell}" is not a real calendar date.` } : { date };
}

function expandYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}
