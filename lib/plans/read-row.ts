import type { Field } from "./columns";
import { checkWorkout } from "./check-workout";
import type { ColumnMap } from "./layout";
import { parseDistance, parseDistanceUnit, type DistanceUnit } from "./parse-distance";
import { parseDuration } from "./parse-duration";
import { parseNumber } from "./parse-number";
import type { ParsedRow, RowIssue } from "./plan-result";
import { readStructure, readThresholds, type StructureCache } from "./read-structure";
import type { DateResult } from "./resolve-date";
import { findSport, SPORT_LABELS } from "./sports";
import type { PlannedWorkout } from "./workout";

export type RowContext = { map: ColumnMap; decimalComma: boolean; headerCount: number; widenPercent: number; structures: StructureCache };
/** A row read but not yet placed on a date: placing needs every date cell of the file first. */
export type RowDraft = { rowNumber: number; fields: Partial<PlannedWorkout>; issues: RowIssue[] };
type Column = ColumnMap["fields"][Field];

/** Shared by every row without issues (most of them), so a large plan keeps fewer objects alive. */
const NO_ISSUES: RowIssue[] = Object.freeze([]) as unknown as RowIssue[];

const TEXT_FIELDS = [["subtype", "subtype"], ["description", "description"], ["coachComments", "coachComments"], ["phase", "phase"], ["structure", "structureText"], ["athlete", "athleteRef"]] as const;

/** Checks one CSV row's cells (all but its date) and reads them into workout fields, with every problem in words. */
export function readRow(cells: readonly string[], rowNumber: number, context: RowContext): RowDraft {
  const { fields: columns } = context.map;
  const issues: RowIssue[] = [];
  const fields: Partial<PlannedWorkout> = { rowNumber };

  if (cells.length > context.headerCount && cells.slice(context.headerCount).some((extra) => extra.trim() !== "")) {
    issues.push(issue(rowNumber, null, "warning", `This row has ${cells.length} cells but the header names ${context.headerCount}; the extra cells are left out.`));
  }

  const sportText = cellOf(cells, columns.sport);
  const sport = sportText === "" ? null : findSport(sportText);
  if (sportText === "") issues.push(issue(rowNumber, columns.sport, "error", "The sport is empty."));
  else if (sport === null) issues.push(issue(rowNumber, columns.sport, "error", `Unknown sport "${sportText}". Use Swim, Bike, Run, Strength, Day Off or another TrainingPeaks sport.`));
  else fields.sport = sport;

  readTitle(cellOf(cells, columns.title), sport, columns.title, fields, issues);
  for (const [field, key] of TEXT_FIELDS) {
    const value = cellOf(cells, columns[field]);
    if (value) fields[key] = value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value;
  }
  readMeasures(cells, context, fields, issues);
  if (fields.structureText || fields.description?.includes("-")) readWorkoutText(cells, context, fields, issues);
  const startTime = cellOf(cells, columns.startTime);
  if (startTime) {
    const time = /^(\d{1,2}):([0-5]\d)(?::[0-5]\d)?$/.exec(startTime);
    if (!time || Number(time[1]) > 23) issues.push(issue(rowNumber, columns.startTime, "error", `"${startTime}" is not a time of day (like 06:30).`));
    else fields.startTime = `${(time[1] ?? "").padStart(2, "0")}:${time[2]}`;
  }
  return { rowNumber, fields, issues };
}

/** The date, day or week cell of a row. */
export function firstDateCellOf(cells: readonly string[], map: ColumnMap): string {
  const { fields: columns } = map;
  return cellOf(cells, columns.date ?? columns.day ?? columns.week);
}

/** The weekday cell of a row in the week layout; empty otherwise. */
export function weekdayCellOf(cells: readonly string[], map: ColumnMap): string {
  return cellOf(cells, map.fields.weekday);
}

/** Puts a read row on its calendar date and decides its status. */
export function placeRow(draft: RowDraft, placed: DateResult, map: ColumnMap): ParsedRow {
  const { rowNumber, fields, issues } = draft;
  const dateColumn = map.fields.date ?? map.fields.day ?? map.fields.week;
  let dateLabel = "";
  let waiting = false;
  if ("error" in placed) issues.unshift(issue(rowNumber, dateColumn, "error", placed.error));
  else if ("waiting" in placed) {
    waiting = true;
    dateLabel = placed.label;
  } else {
    fields.date = placed.date;
    dateLabel = placed.label;
    if (placed.warning) issues.unshift(issue(rowNumber, dateColumn, "warning", placed.warning));
  }
  return finish(rowNumber, fields, issues, dateLabel, waiting, map);
}

/** Thresholds from the plan's own columns, then the workout text read into steps (read-structure.ts). */
function readWorkoutText(cells: readonly string[], context: RowContext, fields: Partial<PlannedWorkout>, issues: RowIssue[]) {
  const { fields: columns } = context.map;
  const rowNumber = fields.rowNumber ?? 0;
  if (columns.ftp || columns.thresholdHr || columns.maxHr || columns.thresholdPace) {
    const thresholds = readThresholds({ ftp: cellOf(cells, columns.ftp), thresholdHr: cellOf(cells, columns.thresholdHr), maxHr: cellOf(cells, columns.maxHr), thresholdPace: cellOf(cells, columns.thresholdPace) });
    if (thresholds) fields.thresholds = thresholds;
  }
  readStructure(fields, context.widenPercent, (field, severity, message) => issues.push(issue(rowNumber, columns[field] ?? { index: -1, header: field }, severity, message)), context.structures);
}

function readTitle(title: string, sport: PlannedWorkout["sport"] | null, column: Column, fields: Partial<PlannedWorkout>, issues: RowIssue[]) {
  const rowNumber = fields.rowNumber ?? 0;
  if (title) fields.title = title.slice(0, 200);
  else if (sport) {
    fields.title = SPORT_LABELS[sport];
    if (column) issues.push(issue(rowNumber, column, "warning", `No title; it will be called "${fields.title}".`));
  }
  if (title.length > 200) issues.push(issue(rowNumber, column, "warning", "The title is longer than 200 characters and is cut short."));
}

/** Duration, distance, TSS and IF, each in the unit its column or cell names. */
function readMeasures(cells: readonly string[], context: RowContext, fields: Partial<PlannedWorkout>, issues: RowIssue[]) {
  const { fields: columns } = context.map;
  const { decimalComma } = context;
  const rowNumber = fields.rowNumber ?? 0;

  const durationText = cellOf(cells, columns.duration);
  if (durationText) {
    const unit = columns.duration?.unit;
    const duration = parseDuration(durationText, unit === "hours" || unit === "seconds" ? unit : "minutes", decimalComma);
    if ("error" in duration) issues.push(issue(rowNumber, columns.duration, "error", duration.error));
    else fields.durationSeconds = duration.seconds;
  }

  const distanceText = cellOf(cells, columns.distance);
  const unitText = cellOf(cells, columns.distanceUnit);
  if (distanceText) {
    const distance = parseDistance(distanceText, distanceUnitFor(unitText, columns.distance), decimalComma);
    if ("error" in distance) issues.push(issue(rowNumber, columns.distance, "error", distance.error));
    else fields.distanceMeters = distance.meters;
  } else if (unitText && !parseDistanceUnit(unitText)) {
    issues.push(issue(rowNumber, columns.distanceUnit, "warning", `Unknown distance unit "${unitText}".`));
  }

  const tssText = cellOf(cells, columns.tss);
  if (tssText) {
    const tss = parseNumber(tssText, decimalComma);
    if (tss === null || tss < 0 || tss > 2000) issues.push(issue(rowNumber, columns.tss, "error", `"${tssText}" is not a TSS (a number from 0 to 2000).`));
    else fields.tss = tss;
  }

  const ifText = cellOf(cells, columns.if);
  if (ifText) {
    const intensity = readIntensityFactor(ifText, decimalComma);
    if (intensity === null) issues.push(issue(rowNumber, columns.if, "error", `"${ifText}" is not an intensity factor (like 0.85 or 85%).`));
    else fields.intensityFactor = intensity;
  }
}

function finish(rowNumber: number, fields: Partial<PlannedWorkout>, issues: RowIssue[], dateLabel: string, waiting: boolean, map: ColumnMap): ParsedRow {
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
  return { rowNumber, status: issues.length > 0 ? "warning" : "ok", dateLabel, fields, workout, issues: issues.length > 0 ? issues : NO_ISSUES };
}

function cellOf(cells: readonly string[], column: Column): string {
  if (!column) return "";
  const value = cells[column.index];
  return value ? value.trim() : "";
}

function issue(rowNumber: number, column: Column | null, severity: RowIssue["severity"], message: string): RowIssue {
  return { rowNumber, column: column?.header ?? null, severity, message };
}

function distanceUnitFor(unitCell: string, column: Column): DistanceUnit | null {
  const fromColumnName = column?.unit;
  if (fromColumnName && fromColumnName !== "minutes" && fromColumnName !== "hours" && fromColumnName !== "seconds") return fromColumnName;
  return unitCell ? parseDistanceUnit(unitCell) : null;
}

/** IF as a fraction (0.85) or a percentage (85% or 85). */
function readIntensityFactor(text: string, decimalComma: boolean): number | null {
  const isPercent = text.endsWith("%");
  const value = parseNumber(isPercent ? text.slice(0, -1) : text, decimalComma);
  if (value === null || value <= 0) return null;
  if (isPercent || (value >= 20 && value <= 200)) return Math.round(value * 10) / 1000;
  return value <= 2 ? value : null;
}
