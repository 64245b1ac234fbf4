import { checkWorkout } from "./check-workout";
import type { ColumnMap } from "./layout";
import type { ParsedRow, RowIssue } from "./plan-result";
import { isStepBlock, readStructure } from "./read-structure";
import type { DateResult } from "./resolve-date";
import { issue, type RowContext, type RowDraft } from "./row-draft";
import { SPORT_LABELS } from "./sports";
import type { PlannedWorkout } from "./workout";

/** Shared by every row without issues (most of them), so a large plan keeps fewer objects alive. */
const NO_ISSUES: RowIssue[] = Object.freeze([]) as unknown as RowIssue[];

/** The title a workout without one gets, and the workout text read into steps now that its sport is known. */
export function completeDraft(draft: RowDraft, context: RowContext) {
  const { fields, rowNumber, issues } = draft;
  const { fields: columns } = context.map;
  if (!fields.title && fields.sport) {
    fields.title = SPORT_LABELS[fields.sport];
    if (columns.title && draft.part === undefined)
      issues.push(issue(rowNumber, columns.title, "warning", `No title; it will be called "${fields.title}".`));
  }
  if (draft.part !== undefined && fields.sport && draft.partLabel === undefined) draft.partLabel = SPORT_LABELS[fields.sport];
  if (fields.structureText || isStepBlock(fields.description)) {
    readStructure(
      fields,
      context.widenPercent,
      (field, severity, message) => issues.push(issue(rowNumber, columns[field] ?? { header: field }, severity, message)),
      context.structures,
    );
  }
}

/** Puts a read workout on its calendar date and decides its status. */
export function placeRow(draft: RowDraft, placed: DateResult, map: ColumnMap): ParsedRow {
  const { rowNumber, fields, issues } = draft;
  const dateColumn = map.fields.date ?? map.weeksToGoal ?? map.fields.day ?? map.fields.week;
  let dateLabel = "";
  let waiting = draft.bareDistance !== undefined;
  if ("error" in placed) issues.unshift(issue(rowNumber, dateColumn, "error", placed.error));
  else if ("waiting" in placed) {
    waiting = true;
    dateLabel = placed.label;
  } else {
    fields.date = placed.date;
    dateLabel = placed.label;
    if (placed.warning) issues.unshift(issue(rowNumber, dateColumn, "warning", placed.warning));
  }
  const row = finish(rowNumber, fields, issues, dateLabel, waiting, map);
  if (draft.part !== undefined) {
    row.part = draft.part;
    if (draft.partLabel) row.partLabel = draft.partLabel;
    if (draft.sourceColumn !== undefined) row.sourceColumn = draft.sourceColumn;
  }
  return row;
}

function finish(
  rowNumber: number,
  fields: Partial<PlannedWorkout>,
  issues: RowIssue[],
  dateLabel: string,
  waiting: boolean,
  map: ColumnMap,
): ParsedRow {
  if (issues.some((found) => found.severity === "error")) return { rowNumber, status: "error", dateLabel, fields, workout: null, issues };
  if (waiting) return { rowNumber, status: "waiting", dateLabel, fields, workout: null, issues };

  const { date, sport, title } = fields;
  if (!date || !sport || !title) {
    issues.push(issue(rowNumber, null, "error", "This row has no date, sport or title."));
    return { rowNumber, status: "error", dateLabel, fields, workout: null, issues };
  }
  const refusals = checkWorkout(fields, map); // plannedWorkoutSchema decides, as on the server
  if (refusals.length > 0) return { rowNumber, status: "error", dateLabel, fields, workout: null, issues: [...issues, ...refusals] };
  const workout = fields as PlannedWorkout; // complete now: the preview's fields and the workout are one object
  return {
    rowNumber,
    status: issues.length > 0 ? "warning" : "ok",
    dateLabel,
    fields,
    workout,
    issues: issues.length > 0 ? issues : NO_ISSUES,
  };
}
