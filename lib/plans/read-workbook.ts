import Papa from "papaparse";
import readXlsxFile from "read-excel-file/universal";

// Excel workbooks (.xlsx) are read in the browser into CSV text, one text per sheet; from there
// a workbook plan is a CSV plan: the preview and the server parse the same text, so the server
// never opens a binary file. Loaded with import() only when a workbook is dropped.

export type WorkbookSheet = { name: string; csv: string };
type Cell = string | number | boolean | Date | null;

export const WORKBOOK_UNREADABLE =
  "This file could not be read as an Excel workbook (.xlsx): open it in your spreadsheet app and save it again as .xlsx, or Save As (or Download) → CSV.";

/** Every sheet of an .xlsx workbook as CSV text, in workbook order; a string is the sentence for a workbook we cannot read. */
export async function readWorkbook(input: ArrayBuffer | Blob): Promise<WorkbookSheet[] | string> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(input)) as unknown as { sheet: string; data: unknown[][] }[];
  } catch {
    return WORKBOOK_UNREADABLE;
  }
  if (sheets.length === 0) return WORKBOOK_UNREADABLE;
  return sheets.map(({ sheet, data }) => ({ name: sheet, csv: sheetToCsv(data as Cell[][]) }));
}

/** One sheet's cells as CSV text, each cell written as the sheet shows it in the plan's own terms. */
export function sheetToCsv(rows: readonly (readonly Cell[])[]): string {
  return Papa.unparse(
    rows.map((row) => row.map(cellText)),
    { newline: "\n" },
  );
}

/**
 * Dates stay calendar dates: the library gives a date cell as midnight UTC of the day the sheet
 * shows, so the UTC fields are that day (no time-zone shift); a date with a time of day keeps it
 * (`2027-01-04 07:30`). A cell holding only a time (the
 * sheet's day 0, 1899-12-30) is a duration or a time of day and is written as h:mm(:ss).
 * Numbers keep the 15 significant digits a spreadsheet shows (0.1 + 0.2 stays 0.3).
 */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.getUTCFullYear() < 1900 ? timeText(cell) : dateText(cell);
  if (typeof cell === "number") return String(Number(cell.toPrecision(15)));
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return cell;
}

function dateText(date: Date): string {
  const day = `${String(date.getUTCFullYear()).padStart(4, "0")}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const minutes = Math.round((date.getTime() % 86_400_000) / 60_000);
  return minutes === 0 || minutes === 1440 ? day : `${day} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function timeText(date: Date): string {
  const seconds = Math.round((date.getTime() - Date.UTC(1899, 11, 30)) / 1000);
  const text = `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}`;
  return seconds % 60 === 0 ? text : `${text}:${pad(seconds % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
