import Papa from "papaparse";
import { checkPlanText } from "./check-plan-file";
import { mapColumns } from "./layout";
import { MAX_PLAN_ROWS } from "./limits";
import type { ParsedRow, PlanOptions, PlanParse } from "./plan-result";
import { readRow } from "./read-row";
import { makeDateResolver } from "./resolve-date";

/**
 * Reads a CSV plan into checked rows. Pure: the browser runs it for the preview and the server
 * runs it again before importing, so both always agree. A problem with the whole file gives one
 * sentence; a problem with a row stays on that row and never stops the others.
 */
export function parsePlanCsv(text: string, options: PlanOptions = {}): PlanParse {
  const refusal = checkPlanText(text);
  if (refusal) return { ok: false, fileError: refusal };

  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    delimitersToGuess: [",", ";", "\t"],
    skipEmptyLines: "greedy",
    preview: MAX_PLAN_ROWS + 2,
  });
  const [headers, ...records] = parsed.data;
  if (!headers) return { ok: false, fileError: "The file is empty." };
  if (records.length > MAX_PLAN_ROWS) {
    return { ok: false, fileError: `The plan has more than ${MAX_PLAN_ROWS.toLocaleString("en-US")} rows; split it into smaller files and import them one after another.` };
  }
  const map = mapColumns(headers);
  if (typeof map === "string") return { ok: false, fileError: map };
  if (records.length === 0) return { ok: false, fileError: "The file names its columns but has no workout rows." };

  const delimiter = parsed.meta.delimiter;
  const dates = makeDateResolver(map, records, options.startDate, options.dateOrder);
  const context = { map, dates, decimalComma: delimiter !== ",", headerCount: headers.length };
  const brokenQuoteRows = new Set(parsed.errors.filter((error) => error.code === "MissingQuotes").map((error) => error.row));

  const rows = records.map((cells, index) => {
    const row = readRow(cells, index + 2, context);
    if (brokenQuoteRows.has(index + 1)) markBrokenQuote(row);
    return row;
  });
  flagRepeatedRows(rows);

  return {
    ok: true,
    layout: map.layout,
    delimiter,
    columns: { used: Object.values(map.fields).map((column) => column.header), ignored: map.ignored },
    needs: dates.needs,
    dateOrder: dates.dateOrder,
    dateConflict: dates.conflict,
    rows,
  };
}

function markBrokenQuote(row: ParsedRow) {
  row.issues.push({
    rowNumber: row.rowNumber, column: null, severity: "error",
    message: "A quote opened in this row is never closed, so the rest of the file was read into this row.",
  });
  row.status = "error";
  row.workout = null;
}

/** Two rows with the same date, sport and title are most likely one workout typed twice. */
function flagRepeatedRows(rows: ParsedRow[]) {
  const firstRowFor = new Map<string, number>();
  for (const row of rows) {
    const { workout } = row;
    if (!workout) continue;
    const key = `${workout.date}\u0000${workout.sport}\u0000${workout.title.toLowerCase()}`;
    const first = firstRowFor.get(key);
    if (first === undefined) {
      firstRowFor.set(key, row.rowNumber);
      continue;
    }
    row.issues.push({ rowNumber: row.rowNumber, column: null, severity: "warning", message: `Same date, sport and title as row ${first}; it will be imported twice.` });
    if (row.status === "ok") row.status = "warning";
  }
}
