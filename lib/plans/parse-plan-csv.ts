import Papa from "papaparse";
import { checkPlanText } from "./check-plan-file";
import { findHeaderRow } from "./header-row";
import { inferDistanceUnit, inferSports } from "./infer-plan";
import { mapColumns } from "./layout";
import { MAX_PLAN_ROWS } from "./limits";
import { completeDraft, placeRow } from "./place-row";
import type { ParsedRow, PlanNeeds, PlanOptions, PlanParse } from "./plan-result";
import type { StructureCache } from "./read-structure";
import { readRow } from "./read-row";
import { placeDates } from "./resolve-date";
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

  const start = (header: readonly string[]): boolean => {
    const columns = mapColumns(header, options.columnRoles);
    if (typeof columns === "string") {
      fileError = columns;
      return false;
    }
    context = { map: columns, decimalComma: delimiter !== ",", headerCount: header.length, widenPercent: options.widenPercent ?? 0, structures };
    return true;
  };
  const read = (cells: string[], row: number, brokenQuote: boolean): boolean => {
    if (isBlank(cells)) return true;
    if (ordinal >= MAX_PLAN_ROWS) {
      fileError = `The plan has more than ${MAX_PLAN_ROWS.toLocaleString("en-US")} rows; split it into smaller files and import them one after another.`;
      return false;
    }
    ordinal++;
    const { weeksToGoal, fields } = (context as RowContext).map;
    const week = weeksToGoal ?? fields.week;
    if (week) weekCells.push((cells[week.index] ?? "").trim());
    const read = readRow(cells, row, ordinal, context as RowContext);
    if (read === "completed") completed.push(row);
    else if (read === "legend") legend.push(cells.map((cell) => cell.trim()).filter(Boolean).join(" "));
    else if (read.length === 0) empty.push(row);
    for (const draft of typeof read === "string" ? [] : read) {
      if (brokenQuote) draft.issues.push({ rowNumber: draft.rowNumber, column: null, severity: "error", message: BROKEN_QUOTE });
      drafts.push(draft);
    }
    return true;
  };

  const csv = text.replace(/^\uFEFF/, "");
  const rowOf = makeRowCounter(csv);
  const startAt = (found: number) => start(pending[found]?.cells ?? []) && pending.slice(found + 1).every((record) => read(record.cells, record.row, false));
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
      const found = findHeaderRow(pending.map((record) => record.cells), false);
      if (found !== null && !startAt(found)) parser.abort();
    },
  });
  if (!context && !fileError && pending.length > 0) startAt(findHeaderRow(pending.map((record) => record.cells), true) ?? 0);

  if (fileError) return { ok: false, fileError };
  const ready = context as RowContext | null;
  if (!ready) return { ok: false, fileError: "The file is empty." };
  const { map } = ready;
  if (drafts.length === 0 && completed.length === 0 && empty.length === 0) return { ok: false, fileError: "The file names its columns but has no workout rows." };
  const summary = weeklySummaryError(map, weekCells);
  if (summary) return { ok: false, fileError: summary };
  const plan = finishPlan(drafts, ready, options, delimiter, { completed, empty, legend });
  const spanProblem = planSpanProblem(plan.rows);
  return spanProblem ? { ok: false, fileError: spanProblem } : plan;
}

function finishPlan(drafts: RowDraft[], context: RowContext, options: PlanOptions, delimiter: string, left: { completed: number[]; empty: number[]; legend: string[] }): PlanParse & { ok: true } {
  const { map } = context;
  const notes = [...map.notes];
  const needs: PlanNeeds = { startDate: false, dateOrder: false };
  inferSports(drafts, options, map.fields.sport !== undefined, notes, needs);
  inferDistanceUnit(drafts, map.roles.map((use) => use.header), options, notes, needs);
  for (const draft of drafts) completeDraft(draft, context);
  labelParts(drafts);
  if (left.completed.length > 0) notes.push(`${left.completed.length} row${left.completed.length === 1 ? " is a completed activity" : "s are completed activities"} (actual values, nothing planned: row ${listRows(left.completed)}) and ${left.completed.length === 1 ? "is" : "are"} left out.`);
  if (left.empty.length > 0) notes.push(`${left.empty.length} row${left.empty.length === 1 ? " holds" : "s hold"} no workout (row ${listRows(left.empty)}) and add${left.empty.length === 1 ? "s" : ""} nothing.`);

  if (left.legend.length > 0) notes.push(`Rows under the grid without a week number are read as its key, not as workouts: ${left.legend.join("; ").slice(0, 300)}.`);
  let dates = placeDates(map.layout, drafts, options);
  if (dates.needs.dateOrder && !dates.conflict && map.dateOrderHint) {
    dates = placeDates(map.layout, drafts, { ...options, dateOrder: map.dateOrderHint });
    notes.push("Dates are read as month/day/year, the way Google Calendar's CSV writes them; choose another order if they are not.");
  }
  const rows = drafts.map((draft, index) => placeRow(draft, dates.results[index] ?? { error: "This row has no date." }, map));
  flagRepeatedRows(rows);
  return {
    ok: true,
    layout: map.layout,
    delimiter,
    columns: { used: map.roles.filter((use) => use.role !== "ignore" && use.role !== "extra").map((use) => use.header.trim()), ignored: map.ignored },
    columnRoles: map.roles,
    notes,
    needs: { ...needs, ...dates.needs },
    dateOrder: dates.dateOrder,
    dateConflict: dates.conflict,
    rows,
  };
}

/** Two parts of one row with the same label ("Run", "Run") are told apart: "Run 1", "Run 2". */
function labelParts(drafts: readonly RowDraft[]) {
  const seen = new Map<string, RowDraft[]>();
  for (const draft of drafts) {
    if (draft.part === undefined || !draft.partLabel) continue;
    const key = `${draft.rowNumber}\u0000${draft.partLabel}`;
    seen.set(key, [...(seen.get(key) ?? []), draft]);
  }
  for (const same of seen.values()) if (same.length > 1) same.forEach((draft, index) => { draft.partLabel = `${draft.partLabel} ${index + 1}`; });
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

function listRows(rows: readonly number[]): string {
  return rows.length > 6 ? `${rows.slice(0, 6).join(", ")}, …` : rows.join(", ");
}

/** Two workouts with the same date, sport and title are most likely one workout typed twice. */
function flagRepeatedRows(rows: ParsedRow[]) {
  const byDate = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    const { workout } = row;
    if (!workout) continue;
    const sameDay = byDate.get(workout.date);
    if (!sameDay) {
      byDate.set(workout.date, [row]);
      continue;
    }
    const first = sameDay.find((other) => other.workout?.sport === workout.sport && sameTitle(other.workout.title, workout.title));
    sameDay.push(row);
    if (!first) continue;
    row.issues = [...row.issues, { rowNumber: row.rowNumber, column: null, severity: "warning", message: `Same date, sport and title as row ${first.rowNumber}; it will be imported twice.` }];
    if (row.status === "ok") row.status = "warning";
  }
}

function sameTitle(a: string, b: string): boolean {
  return a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase());
}
