import { inferDistanceUnit, inferSports } from "./infer-plan";
import { completeDraft, placeRow } from "./place-row";
import type { ParsedRow, PlanNeeds, PlanOptions, PlanParse, PlanSourceColumns } from "./plan-result";
import { writtenWithDots } from "./parse-date";
import { countsDaysDown } from "./auto-role";
import { weeksCountDown, wholeNumberOf } from "./plan-offsets";
import { placeDates } from "./resolve-date";
import { weekdayRowsOrder, weekRowsOrder } from "./week-row-order";
import type { RowContext, RowDraft } from "./row-draft";

/** What was left out of the rows while reading, for the plan's notes. */
export type LeftOut = { completed: number[]; empty: number[]; legend: string[] };

/**
 * The plan-level answers, once every row is read: sports of kind-only and unmarked rows, the unit
 * of bare distances, titles and workout text, notes for what was left out, then each workout's date.
 */
export function finishPlan(
  drafts: RowDraft[],
  context: RowContext,
  options: PlanOptions,
  delimiter: string,
  left: LeftOut,
): PlanParse & { ok: true } {
  const { map } = context;
  const notes = [...map.notes];
  const needs: PlanNeeds = { startDate: false, dateOrder: false };
  inferSports(drafts, options, map.fields.sport !== undefined, notes, needs);
  inferDistanceUnit(
    drafts,
    map.roles.map((use) => use.header),
    options,
    notes,
    needs,
  );
  for (const draft of drafts) completeDraft(draft, context);
  labelParts(drafts);
  if (left.completed.length > 0)
    notes.push(
      `${left.completed.length} row${left.completed.length === 1 ? " is a completed activity" : "s are completed activities"} (actual values, nothing planned: row ${listRows(left.completed)}) and ${left.completed.length === 1 ? "is" : "are"} left out.`,
    );
  if (left.empty.length > 0)
    notes.push(
      `${left.empty.length} row${left.empty.length === 1 ? " holds" : "s hold"} no workout (row ${listRows(left.empty)}) and add${left.empty.length === 1 ? "s" : ""} nothing.`,
    );

  if (left.legend.length > 0)
    notes.push(`Rows under the grid without a week number are read as its key, not as workouts: ${left.legend.join("; ").slice(0, 300)}.`);
  if (
    (map.layout === "week_weekday" || map.layout === "week_order") &&
    map.fields.week &&
    weeksCountDown(drafts.map((draft) => draft.dateCell))
  ) {
    map.layout = "countdown"; // "Week" 3, 2, 1, 0: the last week is race week
    notes.push(
      `The weeks in "${map.fields.week.header.trim()}" count down (${drafts[0]?.dateCell} to ${drafts[drafts.length - 1]?.dateCell}), so they are read as weeks to race day: the last one is race week.`,
    );
  }
  const dayCells = map.layout === "day_number" ? drafts.map((draft) => draft.dateCell) : [];
  if (
    map.fields.day &&
    weeksCountDown(dayCells) &&
    (countsDaysDown(map.fields.day.header) || wholeNumberOf(dayCells[dayCells.length - 1] ?? "") === 0)
  ) {
    map.layout = "day_countdown"; // "Days to go" 20, 18, …, 0: the last day is race day
    notes.push(
      `The days in "${map.fields.day.header.trim()}" count down (${drafts[0]?.dateCell} to ${drafts[drafts.length - 1]?.dateCell}), so they are read as days to race day.`,
    );
  }
  let dates = placeDates(map.layout, drafts, options);
  const undecided = dates.needs.dateOrder && !dates.conflict && !options.dateOrder;
  const weekOrder = undecided && map.layout === "dated_week_grid" ? weekRowsOrder(drafts) : null;
  const dayOrder = undecided && map.layout === "dated" ? weekdayRowsOrder(drafts) : null;
  if (weekOrder || dayOrder) {
    dates = placeDates(map.layout, drafts, { ...options, dateOrder: weekOrder ?? dayOrder ?? undefined });
    const order = (weekOrder ?? dayOrder) === "mdy" ? "month/day/year" : "day/month/year";
    notes.push(
      weekOrder
        ? `The week rows' dates are read as ${order}: only that way do the weeks follow each other; choose another order if they do not.`
        : `Dates are read as ${order}: only that way do they fall on the weekdays the plan names; choose another order if they do not.`,
    );
  }
  if (dates.needs.dateOrder && !dates.conflict && !options.dateOrder && writtenWithDots(drafts.map((draft) => draft.dateCell))) {
    dates = placeDates(map.layout, drafts, { ...options, dateOrder: "dmy" });
    notes.push(
      "Dates written with dots (31.12.2027) are read as day.month.year, the way they are written where dots are used; choose another order if they are not.",
    );
  }
  if (dates.needs.dateOrder && !dates.conflict && map.dateOrderHint) {
    dates = placeDates(map.layout, drafts, { ...options, dateOrder: map.dateOrderHint });
    notes.push(
      map.dateOrderHint === "mdy"
        ? "Dates are read as month/day/year, the way Google Calendar's CSV writes them; choose another order if they are not."
        : "Dates are read as day/month/year, the way they are written where the plan's column names (German, French, Spanish, Italian, Dutch) are spoken; choose another order if they are not.",
    );
  }
  // Month/day/year dates are an American plan's: its bare distances are most likely miles. Only the
  // select's first choice: the rows still wait for the answer.
  if (needs.distanceUnit && dates.dateOrder === "mdy")
    needs.distanceUnit = { guess: "mi", why: `${needs.distanceUnit.why} Its dates are written month/day/year, as in the US.` };
  const rows = drafts.map((draft, index) => placeRow(draft, dates.results[index] ?? { error: "This row has no date." }, map));
  flagRepeatedRows(rows);
  return {
    ok: true,
    layout: map.layout,
    delimiter,
    columns: {
      used: map.roles.filter((use) => use.role !== "ignore" && use.role !== "extra").map((use) => use.header.trim()),
      ignored: map.ignored,
    },
    columnRoles: map.roles,
    notes,
    needs: { ...needs, ...dates.needs },
    dateOrder: dates.dateOrder,
    dateConflict: dates.conflict,
    source: sourceColumnsOf(context),
    rows,
  };
}

function sourceColumnsOf({ map, headerRow, headers }: RowContext): PlanSourceColumns {
  const { fields } = map;
  const named = {
    date: fields.date ?? map.weeksToGoal ?? fields.day ?? fields.week,
    sport: fields.sport,
    title: fields.title,
    duration: fields.duration,
    distance: fields.distance,
    tss: fields.tss,
    structure: fields.structure,
    description: fields.description,
  };
  const columns: PlanSourceColumns["columns"] = {};
  for (const [field, column] of Object.entries(named) as [keyof typeof named, { index: number } | undefined][])
    if (column) columns[field] = column.index;
  return { headerRow, headers, columns };
}

/** Two parts of one row with the same label ("Run", "Run") are told apart: "Run 1", "Run 2". */
function labelParts(drafts: readonly RowDraft[]) {
  const seen = new Map<string, RowDraft[]>();
  for (const draft of drafts) {
    if (draft.part === undefined || !draft.partLabel) continue;
    const key = `${draft.rowNumber}\u0000${draft.partLabel}`;
    seen.set(key, [...(seen.get(key) ?? []), draft]);
  }
  for (const same of seen.values())
    if (same.length > 1)
      same.forEach((draft, index) => {
        draft.partLabel = `${draft.partLabel} ${index + 1}`;
      });
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
    row.issues = [
      ...row.issues,
      {
        rowNumber: row.rowNumber,
        column: null,
        severity: "warning",
        message: `Same date, sport and title as row ${first.rowNumber}; it will be imported twice.`,
      },
    ];
    if (row.status === "ok") row.status = "warning";
  }
}

function sameTitle(a: string, b: string): boolean {
  return a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase());
}
