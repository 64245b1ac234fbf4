import Papa from "papaparse";
import { checkPlanText } from "./check-plan-file";
import { type ColumnMap, mapColumns } from "./layout";
import { MAX_PLAN_ROWS } from "./limits";
import type { ParsedRow, PlanOptions, PlanParse } from "./plan-result";
import type { StructureCache } from "./read-structure";
import { firstDateCellOf, placeRow, type RowContext, type RowDraft, readRow, weekdayCellOf } from "./read-row";
import { makeDateResolver } from "./resolve-date";
import { planSpanProblem } from "./date-span";

/** How papaparse is asked to read a plan (the bench runs papaparse alone with these too). */
export const PAPA_OPTIONS = {
  delimitersToGuess: [",", ";", "\t"],
  skipEmptyLines: "greedy",
  comments: "#",
  preview: MAX_PLAN_ROWS + 2,
} satisfies Papa.ParseConfig;

const BROKEN_QUOTE = "A quote opened in this row is never closed, so the rest of the file was read into this row.";

/**
 * Reads a CSV plan into checked rows. Pure: the browser runs it for the preview and the server
 * runs it again before importing, so both always agree. A problem with the whole file gives one
 * sentence; a problem with a row stays on that row and never stops the others.
 *
 * Rows are read as papaparse yields them, so their raw cells can be dropped at once; dates are
 * placed afterwards, because day/month order and day-0 plans are decided from the whole column.
 */
export function parsePlanCsv(text: string, options: PlanOptions = {}): PlanParse {
  const refusal = checkPlanText(text);
  if (refusal) return { ok: false, fileError: refusal };

  let map: ColumnMap | null = null;
  let context: RowContext | null = null;
  let fileError: string | null = null;
  let headerCount = 0;
  let delimiter = ",";
  const drafts: RowDraft[] = [];
  const firstDateCells: string[] = [];
  const weekdayCells: string[] = [];
  const structures: StructureCache = new Map();

  Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    ...PAPA_OPTIONS,
    step(result, parser) {
      const cells = result.data;
      if (!map) {
        const columns = mapColumns(cells, options.columnRoles);
        if (typeof columns === "string") {
          fileError = columns;
          return parser.abort();
        }
        map = columns;
        headerCount = cells.length;
        delimiter = result.meta.delimiter;
        context = { map, decimalComma: delimiter !== ",", headerCount, widenPercent: options.widenPercent ?? 0, structures };
        return;
      }
      if (drafts.length === MAX_PLAN_ROWS) {
        fileError = `The plan has more than ${MAX_PLAN_ROWS.toLocaleString("en-US")} rows; split it into smaller files and import them one after another.`;
        return parser.abort();
      }
      const draft = readRow(cells, drafts.length + 2, context as RowContext);
      if (result.errors.some((error) => error.code === "MissingQuotes")) {
        draft.issues.push({ rowNumber: draft.rowNumber, column: null, severity: "error", message: BROKEN_QUOTE });
      }
      drafts.push(draft);
      firstDateCells.push(firstDateCellOf(cells, map));
      weekdayCells.push(weekdayCellOf(cells, map));
    },
  });

  if (fileError) return { ok: false, fileError };
  const columns = map as ColumnMap | null;
  if (!columns) return { ok: false, fileError: "The file is empty." };
  if (drafts.length === 0) return { ok: false, fileError: "The file names its columns but has no workout rows." };

  const dates = makeDateResolver(columns.layout, firstDateCells, options.startDate, options.dateOrder);
  const rows = drafts.map((draft, index) => placeRow(draft, dates.resolve(firstDateCells[index] ?? "", weekdayCells[index] ?? ""), columns));
  flagRepeatedRows(rows);
  const spanProblem = planSpanProblem(rows);
  if (spanProblem) return { ok: false, fileError: spanProblem };

  return {
    ok: true,
    layout: columns.layout,
    delimiter,
    columns: { used: Object.values(columns.fields).map((column) => column.header), ignored: columns.ignored },
    columnRoles: columns.roles,
    notes: [],
    needs: dates.needs,
    dateOrder: dates.dateOrder,
    dateConflict: dates.conflict,
    rows,
  };
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
    row.issues = [...row.issues, { rowNumber: row.rowNumber, column: null, severity: "warning", message: `Same date, sport and title as row ${first}; it will be imported twice.` }];
    if (row.status === "ok") row.status = "warning";
  }
}
