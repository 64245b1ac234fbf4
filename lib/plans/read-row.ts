import type { Field } from "./columns";
import type { ColumnMap } from "./layout";
import { parseDistance, parseDistanceUnit, type DistanceUnit } from "./parse-distance";
import { parseDuration } from "./parse-duration";
import { parseNumber } from "./parse-number";
import type { ParsedRow, RowIssue } from "./plan-result";
import type { DateResolver } from "./resolve-date";
import { findSport, SPORT_LABELS } from "./sports";
import { type PlannedWorkout, plannedWorkoutSchema } from "./workout";

export type RowContext = { map: ColumnMap; dates: DateResolver; decimalComma: boolean; headerCount: number };

/** Checks one CSV row and turns it into a planned workout, with every problem in words. */
export function readRow(cells: readonly string[], rowNumber: number, context: RowContext): ParsedRow {
  const { map, decimalComma } = context;
  const issues: RowIssue[] = [];
  const fields: Partial<PlannedWorkout> = { rowNumber };
  const cell = (field: Field) => {
    const column = map.fields[field];
    return column ? (cells[column.index] ?? "").trim() : "";
  };
  const report = (field: Field | null, severity: RowIssue["severity"], message: string) => {
    issues.push({ rowNumber, column: field ? (map.fields[field]?.header ?? null) : null, severity, message });
  };

  if (cells.length > context.headerCount && cells.slice(context.headerCount).some((extra) => extra.trim() !== "")) {
    report(null, "warning", `This row has ${cells.length} cells but the header names ${context.headerCount}; the extra cells are left out.`);
  }

  const dateField: Field = map.fields.date ? "date" : map.fields.day ? "day" : "week";
  const placed = context.dates.resolve(cells);
  let dateLabel = "";
  let waiting = false;
  if ("error" in placed) report(dateField, "error", placed.error);
  else if ("waiting" in placed) {
    waiting = true;
    dateLabel = placed.label;
  } else {
    fields.date = placed.date;
    dateLabel = placed.label;
    if (placed.warning) report(dateField, "warning", placed.warning);
  }

  const sportText = cell("sport");
  const sport = findSport(sportText);
  if (sportText === "") report("sport", "error", "The sport is empty.");
  else if (sport === null) report("sport", "error", `Unknown sport "${sportText}". Use Swim, Bike, Run, Strength, Day Off or another TrainingPeaks sport.`);
  else fields.sport = sport;

  const title = cell("title");
  if (title) fields.title = title.slice(0, 200);
  else if (sport) {
    fields.title = SPORT_LABELS[sport];
    if (map.fields.title) report("title", "warning", `No title; it will be called "${fields.title}".`);
  }
  if (title.length > 200) report("title", "warning", "The title is longer than 200 characters and is cut short.");

  setText(fields, "subtype", cell("subtype"));
  setText(fields, "description", cell("description"));
  setText(fields, "coachComments", cell("coachComments"));
  setText(fields, "phase", cell("phase"));
  setText(fields, "structureText", cell("structure"));

  const durationText = cell("duration");
  if (durationText) {
    const unit = map.fields.duration?.unit;
    const bareUnit = unit === "hours" || unit === "seconds" ? unit : "minutes";
    const duration = parseDuration(durationText, bareUnit, decimalComma);
    if ("error" in duration) report("duration", "error", duration.error);
    else fields.durationSeconds = duration.seconds;
  }

  const distanceText = cell("distance");
  if (distanceText) {
    const distance = parseDistance(distanceText, distanceUnitFor(cell("distanceUnit"), map), decimalComma);
    if ("error" in distance) report("distance", "error", distance.error);
    else fields.distanceMeters = distance.meters;
  } else if (cell("distanceUnit") && !parseDistanceUnit(cell("distanceUnit"))) {
    report("distanceUnit", "warning", `Unknown distance unit "${cell("distanceUnit")}".`);
  }

  const tssText = cell("tss");
  if (tssText) {
    const tss = parseNumber(tssText, decimalComma);
    if (tss === null || tss < 0 || tss > 2000) report("tss", "error", `"${tssText}" is not a TSS (a number from 0 to 2000).`);
    else fields.tss = tss;
  }

  const ifText = cell("if");
  if (ifText) {
    const intensity = readIntensityFactor(ifText, decimalComma);
    if (intensity === null) report("if", "error", `"${ifText}" is not an intensity factor (like 0.85 or 85%).`);
    else fields.intensityFactor = intensity;
  }

  const startTime = cell("startTime");
  if (startTime) {
    const time = /^(\d{1,2}):([0-5]\d)(?::[0-5]\d)?$/.exec(startTime);
    if (!time || Number(time[1]) > 23) report("startTime", "error", `"${startTime}" is not a time of day (like 06:30).`);
    else fields.startTime = `${(time[1] ?? "").padStart(2, "0")}:${time[2]}`;
  }

  return finish(rowNumber, fields, issues, dateLabel, waiting);
}

function finish(rowNumber: number, fields: Partial<PlannedWorkout>, issues: RowIssue[], dateLabel: string, waiting: boolean): ParsedRow {
  const hasError = issues.some((issue) => issue.severity === "error");
  if (hasError) return { rowNumber, status: "error", dateLabel, fields, workout: null, issues };
  if (waiting) return { rowNumber, status: "waiting", dateLabel, fields, workout: null, issues };

  const checked = plannedWorkoutSchema.safeParse(fields);
  if (!checked.success) {
    const detail = checked.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ");
    issues.push({ rowNumber, column: null, severity: "error", message: `This row could not be read (${detail}).` });
    return { rowNumber, status: "error", dateLabel, fields, workout: null, issues };
  }
  return { rowNumber, status: issues.length > 0 ? "warning" : "ok", dateLabel, fields, workout: checked.data, issues };
}

function setText(fields: Partial<PlannedWorkout>, key: "subtype" | "description" | "coachComments" | "phase" | "structureText", value: string) {
  if (value) fields[key] = value.replace(/\r\n?/g, "\n");
}

function distanceUnitFor(unitCell: string, map: ColumnMap): DistanceUnit | null {
  const fromColumnName = map.fields.distance?.unit;
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
