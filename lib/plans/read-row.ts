import { addExtras, readSport, setTitle } from "./read-cell-text";
import { readColumnMeasures, readMeasuresFromText } from "./read-measures";
import { readDayParts, readSessionParts } from "./read-parts";
import { readThresholds } from "./read-structure";
import { cellOf, issue, type RowContext, type RowDraft } from "./row-draft";
import { splitCell } from "./split-cell";
import { eventSeconds, readTimeOfDay } from "./time-of-day";

const TEXT_FIELDS = [
  ["subtype", "subtype"],
  ["description", "description"],
  ["coachComments", "coachComments"],
  ["phase", "phase"],
  ["structure", "structureText"],
  ["athlete", "athleteRef"],
] as const;

/**
 * Reads one CSV row into the workouts it holds (all but their dates, placed once every row is
 * read): usually one; one per filled weekday in a week grid, one per sport column, one per part of
 * a cell such as "6 mi a.m. 4 mi p.m."; none for a row without a workout (an empty grid week or
 * day), "completed" for a TrainingPeaks export row of a finished activity with nothing planned, and
 * "legend" for a week grid's row without a week number (a key such as "TMP: 16k pace" under the grid).
 */
export function readRow(
  cells: readonly string[],
  rowNumber: number,
  ordinal: number,
  context: RowContext,
): RowDraft[] | "completed" | "legend" {
  const { map } = context;
  if (map.actuals.length > 0 && isCompletedOnly(cells, context)) return "completed";
  if (map.days.length > 0 && map.fields.week && !cellOf(cells, map.fields.week) && cells.some((cell) => /\p{L}/u.test(cell)))
    return "legend";
  const base: RowDraft = {
    rowNumber,
    fields: { rowNumber },
    issues: [],
    sportFrom: "none",
    dateCell: dateCellOf(cells, context, ordinal),
    weekdayCell: cellOf(cells, map.fields.weekday ?? (map.layout === "dated" ? map.fields.day : undefined)),
  };
  if (cells.length > context.headerCount && cells.slice(context.headerCount).some((extra) => extra.trim() !== "")) {
    base.issues.push(
      issue(
        rowNumber,
        null,
        "warning",
        `This row has ${cells.length} cells but the header names ${context.headerCount}; the extra cells are left out.`,
      ),
    );
  }
  readTextFields(cells, context, base);
  if (map.days.length > 0) return readDayParts(cells, context, base);
  if (map.sessions.length > 0) return readSessionParts(cells, context, base);
  return readSingleRow(cells, context, base);
}

/** A row of one workout (or several written in one cell, when no sport column says otherwise). */
function readSingleRow(cells: readonly string[], context: RowContext, base: RowDraft): RowDraft[] {
  const { fields: columns } = context.map;
  const title = cellOf(cells, columns.title);
  if (isEmptyDay(cells, context, base)) return [];
  const parts = !columns.sport && title ? splitCell(title) : null;
  if (!parts || parts.length === 1) {
    readSport(cellOf(cells, columns.sport), columns.sport, title, base);
    setTitle(base, title, columns.title);
    readColumnMeasures(cells, context, base);
    if (base.fields.sport !== "day_off" && (base.fields.durationSeconds === undefined || base.fields.distanceMeters === undefined)) {
      readMeasuresFromText(base.fields, [title || base.fields.title, base.fields.description]); // a type cell such as "Easy run 5 km" is the title then
    }
    if (base.fields.durationSeconds === undefined && base.fields.sport !== "day_off" && columns.endTime) {
      const seconds = eventSeconds(cellOf(cells, columns.startTime), cellOf(cells, columns.endTime)); // a calendar event's length
      if (seconds !== null) base.fields.durationSeconds = seconds;
    }
    if (context.map.extras.length > 0) addExtras(cells, context.map.extras, [base]);
    return [base];
  }
  const drafts = parts.map((text, index): RowDraft => {
    const draft: RowDraft = {
      ...base,
      part: index + 1,
      ...(columns.title ? { sourceColumn: columns.title.index } : {}),
      fields: { ...base.fields, rowNumber: base.rowNumber, part: index + 1 },
      issues: [...base.issues],
    };
    readSport(cellOf(cells, columns.sport), columns.sport, text, draft);
    if (draft.sportFrom === "none") readSport("", undefined, title, draft); // "4 mi pm" after "Recovery 6 mi am"
    setTitle(draft, text, columns.title);
    if (draft.fields.sport !== "day_off") readMeasuresFromText(draft.fields, [text, draft.fields.description]);
    return draft;
  });
  // The row's time and distance columns cannot be shared out between its workouts: each keeps them as text.
  const measures = [columns.duration, columns.distance, columns.distanceUnit, columns.tss, columns.if].filter(
    (column) => column !== undefined,
  );
  addExtras(cells, [...measures, ...context.map.extras], drafts);
  return drafts;
}

/** A row with no workout in it (no sport, title, time, distance or text): a day the plan leaves empty. */
function isEmptyDay(cells: readonly string[], context: RowContext, base: RowDraft): boolean {
  const { fields: columns } = context.map;
  return (
    !cellOf(cells, columns.sport) &&
    !cellOf(cells, columns.title) &&
    !base.fields.description &&
    !base.fields.structureText &&
    !cellOf(cells, columns.duration) &&
    !cellOf(cells, columns.distance) &&
    !cellOf(cells, columns.tss)
  );
}

function readTextFields(cells: readonly string[], context: RowContext, draft: RowDraft) {
  const { fields: columns } = context.map;
  const { fields } = draft;
  for (const [field, key] of TEXT_FIELDS) {
    const value = cellOf(cells, columns[field]);
    if (value) fields[key] = value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value;
  }
  const startTime = cellOf(cells, columns.startTime);
  if (startTime) {
    const time = readTimeOfDay(startTime);
    if (!time) draft.issues.push(issue(draft.rowNumber, columns.startTime, "error", `"${startTime}" is not a time of day (like 06:30).`));
    else fields.startTime = time;
  }
  if (columns.ftp || columns.thresholdHr || columns.maxHr || columns.thresholdPace) {
    const thresholds = readThresholds({
      ftp: cellOf(cells, columns.ftp),
      thresholdHr: cellOf(cells, columns.thresholdHr),
      maxHr: cellOf(cells, columns.maxHr),
      thresholdPace: cellOf(cells, columns.thresholdPace),
    });
    if (thresholds) fields.thresholds = thresholds;
  }
}

/** The cell the row's date comes from; a week grid without a week column counts its rows. */
function dateCellOf(cells: readonly string[], context: RowContext, ordinal: number): string {
  const { fields: columns, weeksToGoal, layout } = context.map;
  const cell = cellOf(cells, columns.date ?? weeksToGoal ?? columns.day ?? columns.week);
  return cell === "" && layout === "week_grid" && !columns.week ? String(ordinal) : cell;
}

/** A TrainingPeaks export row with actual values (time, distance, heart rate) and nothing planned. */
function isCompletedOnly(cells: readonly string[], context: RowContext): boolean {
  const { fields: columns, actuals } = context.map;
  if (cellOf(cells, columns.duration) || cellOf(cells, columns.distance)) return false;
  return actuals.some((index) => {
    const value = (cells[index] ?? "").trim();
    return value !== "" && value !== "0";
  });
}
