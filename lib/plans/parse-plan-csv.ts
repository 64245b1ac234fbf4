import Papa from "papaparse";
import { checkPlanText } from "./check-plan-file";
import { findHeaderRow } from "./header-row";
import { mapColumns } from "./layout";
import { MAX_PLAN_ROWS } from "./limits";
import { finishPlan } from "./finish-plan";
import type { PlanOptions, PlanParse } from "./plan-result";
import type { StructureCache } from "./read-structure";
import { readRow } from "./read-row";
import { canDeriveWeeks, makeWeekCounter, sectionWeekOf, type WeekCounter } from "./derive-weeks";
import { makeRowCounter } from "./row-counter";
import type { RowContext, RowDraft } from "./row-draft";
import { weeklySummaryError } from "./weekly-summary";
import { planSpanProblem } from "./date-span";

/** How papaparse is asked to read a plan (the bench runs papaparse alone with these too). */
export const PAPA_OPTIONS = {
  delimitersToGuess: [",", ";", "\t"],
  skipEmptyLines: "greedy",
  comments: "#",
} satisfies Papa.ParseConfig;

const BROKEN_QUOTE = "A quote opened in this row is never closed, so the rest of the file was read into this row.";

/**
 * Reads a CSV plan into checked workouts. Pure: the browser runs it for the preview and the server
 * runs it again before importing, so both always agree. A problem with the whole file gives one
 * sentence; a problem with a row stays on that row and never stops the others.
 *
 * The header is the first row naming plan columns (title and blank rows above it are skipped).
 * Rows are read as papaparse yields them; sports of kind-only rows, bare distances' unit and dates
 * are decided afterwards, from the whole file (day/month order, day-0 plans, count-down weeks).
 */
export function parsePlanCsv(text: string, options: PlanOptions = {}): PlanParse {
  const refusal = checkPlanText(text);
  if (refusal) return { ok: false, fileError: refusal };

  let context: RowContext | null = null;
  let fileError: string | null = null;
  let delimiter = ",";
  let ordinal = 0;
  const pending: { cells: string[]; row: number }[] = [];
  const drafts: RowDraft[] = [];
  const completed: number[] = [];
  const legend: string[] = [];
  const weekCells: string[] = [];
  const empty: number[] = [];
  const structures: StructureCache = new Map();

  const start = (header: readonly string[], headerRow: number): boolean => {
    const columns = mapColumns(header, options.columnRoles);
    if (typeof columns === "string") {
      fileError = columns;
      return false;
    }
    context = {
      map: columns,
      decimalComma: delimiter !== ",",
      headerCount: header.length,
      headerRow,
      headers: header,
      widenPercent: options.widenPercent ?? 0,
      structures,
    };
    return true;
  };
  let weeks: WeekCounter | undefined;
  let firstWeek = 1;
  const read = (cells: string[], row: number, brokenQuote: boolean): boolean => {
    if (isBlank(cells)) return true;
    if (weeks === undefined) {
      const opened = canDeriveWeeks((context as RowContext).map) ? sectionWeekOf(cells) : null; // a "Week 1" row before the first day
      if (opened !== null) {
        firstWeek = opened;
        return true;
      }
      weeks = makeWeekCounter((context as RowContext).map, cells, firstWeek);
    }
    if (weeks?.section(cells)) return true;
    if (ordinal >= MAX_PLAN_ROWS) {
      fileError = `The plan has more than ${MAX_PLAN_ROWS.toLocaleString("en-US")} rows; split it into smaller files and import them one after another.`;
      return false;
    }
    ordinal++;
    const { weeksToGoal, fields } = (context as RowContext).map;
    const weekColumn = weeksToGoal ?? fields.week;
    if (weekColumn) weekCells.push((cells[weekColumn.index] ?? "").trim());
    const read = readRow(cells, row, ordinal, context as RowContext);
    if (read === "completed") completed.push(row);
    else if (read === "legend")
      legend.push(
        cells
          .map((cell) => cell.trim())
          .filter(Boolean)
          .join(" "),
      );
    else if (read.length === 0) empty.push(row);
    const derivedWeek = weeks && typeof read !== "string" && read.length > 0 ? weeks.weekOf(read[0]?.weekdayCell ?? "") : null;
    for (const draft of typeof read === "string" ? [] : read) {
      if (derivedWeek !== null) draft.dateCell = derivedWeek;
      if (brokenQuote) draft.issues.push({ rowNumber: draft.rowNumber, column: null, severity: "error", message: BROKEN_QUOTE });
      drafts.push(draft);
    }
    return true;
  };

  const csv = text.replace(/^\uFEFF/, "");
  const rowOf = makeRowCounter(csv);
  const startAt = (found: number) =>
    start(pending[found]?.cells ?? [], pending[found]?.row ?? 1) &&
    pending.slice(found + 1).every((record) => read(record.cells, record.row, false));
  Papa.parse<string[]>(csv, {
    ...PAPA_OPTIONS,
    step(result, parser) {
      delimiter = result.meta.delimiter;
      const row = rowOf(result.data, result.meta.cursor, result.meta.linebreak);
      const brokenQuote = result.errors.some((error) => error.code === "MissingQuotes");
      if (context) {
        if (!read(result.data, row, brokenQuote)) parser.abort();
        return;
      }
      pending.push({ cells: result.data, row });
      const found = findHeaderRow(
        pending.map((record) => record.cells),
        false,
      );
      if (found !== null && !startAt(found)) parser.abort();
    },
  });
  if (!context && !fileError && pending.length > 0)
    startAt(
      findHeaderRow(
        pending.map((record) => record.cells),
        true,
      ) ?? 0,
    );

  if (fileError) return { ok: false, fileError };
  const ready = context as RowContext | null;
  if (!ready) return { ok: false, fileError: "The file is empty." };
  const { map } = ready;
  if (drafts.length === 0 && completed.length === 0 && empty.length === 0)
    return { ok: false, fileError: "The file names its columns but has no workout rows." };
  const summary = weeklySummaryError(map, weekCells);
  if (summary) return { ok: false, fileError: summary };
  const plan = finishPlan(drafts, ready, options, delimiter, { completed, empty, legend });
  const spanProblem = planSpanProblem(plan.rows);
  return spanProblem ? { ok: false, fileError: spanProblem } : plan;
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}
