import type { Column } from "./layout";
import { type DistanceUnit, parseDistance, parseDistanceUnit } from "./parse-distance";
import { parseDuration } from "./parse-duration";
import { parseNumber } from "./parse-number";
import { isPlainValue, type PlannedValue, plannedValueOf } from "./planned-value";
import { readTextMeasures } from "./read-text-measures";
import { cellOf, issue, type RowDraft, type RowContext } from "./row-draft";
import type { PlannedWorkout } from "./workout";

type Fields = Partial<PlannedWorkout>;
const ZERO = /^0+(?:[.,]0+)?(?:\s*[a-z']*)?$|^0?0:00(?::00)?$/i;

/** Duration, distance, TSS and IF from their columns, each in the unit its column or cell names. */
export function readColumnMeasures(cells: readonly string[], context: RowContext, draft: RowDraft) {
  const { fields: columns } = context.map;
  readDuration(cellOf(cells, columns.duration), columns.duration, context.decimalComma, draft);
  readDistance(cellOf(cells, columns.distance), columns.distance, cellOf(cells, columns.distanceUnit), context.decimalComma, draft);
  if (!cellOf(cells, columns.distance) && cellOf(cells, columns.distanceUnit) && !parseDistanceUnit(cellOf(cells, columns.distanceUnit))) {
    draft.issues.push(
      issue(draft.rowNumber, columns.distanceUnit, "warning", `Unknown distance unit "${cellOf(cells, columns.distanceUnit)}".`),
    );
  }

  const tssText = cellOf(cells, columns.tss);
  if (tssText) {
    const tss = parseNumber(tssText, context.decimalComma);
    if (tss === null || tss < 0 || tss > 2000)
      draft.issues.push(issue(draft.rowNumber, columns.tss, "error", `"${tssText}" is not a TSS (a number from 0 to 2000).`));
    else draft.fields.tss = tss;
  }
  const ifText = cellOf(cells, columns.if);
  if (ifText) {
    const intensity = readIntensityFactor(ifText, context.decimalComma);
    if (intensity === null)
      draft.issues.push(issue(draft.rowNumber, columns.if, "error", `"${ifText}" is not an intensity factor (like 0.85 or 85%).`));
    else draft.fields.intensityFactor = intensity;
  }
}

/** A duration cell; "0" and "0 mins" plan nothing. A range plans its lower value and stays in the description. */
export function readDuration(text: string, column: Column | undefined, decimalComma: boolean, draft: RowDraft) {
  if (!text || (text.charCodeAt(0) === 48 && ZERO.test(text))) return;
  const planned = planOf(text);
  const unit = column?.unit;
  const duration = parseDuration(planned.text, unit === "hours" || unit === "seconds" ? unit : "minutes", decimalComma);
  const minutesClock = "error" in duration ? /^(\d{2,3}):([0-5]\d)$/.exec(planned.text.trim()) : null;
  if (minutesClock && Number(minutesClock[1]) >= 24) {
    // "45:00" cannot be 45 hours: it is minutes:seconds, as spreadsheets write a time under an hour.
    draft.fields.durationSeconds = Number(minutesClock[1]) * 60 + Number(minutesClock[2]);
    draft.issues.push(
      issue(
        draft.rowNumber,
        column,
        "warning",
        `"${planned.text.trim()}" is read as ${minutesClock[1]} minutes${minutesClock[2] === "00" ? "" : ` ${Number(minutesClock[2])} seconds`} (minutes:seconds): as hours:minutes it would be more than a day.`,
      ),
    );
    if (planned.range) keepInDescription(draft.fields, column?.header ?? "Duration", text);
    return;
  }
  if ("error" in duration) {
    // "• 72 min · 87 TSS · IF 0.85": a duration among other figures; the cell stays in the description.
    const inText = readTextMeasures(text);
    if (inText.seconds === undefined)
      draft.issues.push(issue(draft.rowNumber, column, "error", duration.error.replace(planned.text, text)));
    else {
      readMeasuresFromText(draft.fields, [text]);
      keepInDescription(draft.fields, column?.header ?? "Duration", text);
    }
    return;
  }
  draft.fields.durationSeconds = duration.seconds;
  if (planned.range) keepInDescription(draft.fields, column?.header ?? "Duration", text);
}

/** A distance cell: in its own unit, the unit column's, the column name's, or (bare) the plan's, decided later. */
export function readDistance(text: string, column: Column | undefined, unitText: string, decimalComma: boolean, draft: RowDraft) {
  if (!text || (text.charCodeAt(0) === 48 && ZERO.test(text))) return;
  const planned = planOf(text);
  const unit = distanceUnitFor(unitText, column);
  const bare = parseNumber(planned.text, decimalComma);
  if (bare !== null && unit === null) {
    if (bare > 0) draft.bareDistance = { value: bare, column: column ?? null };
  } else {
    const distance = parseDistance(planned.text, unit, decimalComma);
    if ("error" in distance) {
      draft.issues.push(issue(draft.rowNumber, column, "error", distance.error.replace(planned.text, text)));
      return;
    }
    draft.fields.distanceMeters = distance.meters;
  }
  if (planned.range) keepInDescription(draft.fields, column?.header ?? "Distance", text);
}

type Measure = "durationSeconds" | "distanceMeters" | "tss" | "intensityFactor";
/** Which of a row's measures came from its words rather than from a column of their own. */
const readFromText = new WeakMap<Fields, Set<Measure>>();

/** Time, distance, TSS and IF the workout's words give, where no column did (read-text-measures.ts). */
export function readMeasuresFromText(fields: Fields, texts: readonly (string | undefined)[]) {
  const take = (measure: Measure, value: number) => {
    fields[measure] = value;
    const taken = readFromText.get(fields) ?? new Set<Measure>();
    taken.add(measure);
    readFromText.set(fields, taken);
  };
  for (const text of texts) {
    if (!text) continue;
    if (fields.durationSeconds !== undefined && fields.distanceMeters !== undefined) return;
    const measures = readTextMeasures(text);
    if (measures.seconds !== undefined && fields.durationSeconds === undefined && measures.seconds <= 86_400)
      take("durationSeconds", Math.round(measures.seconds));
    if (measures.meters !== undefined && fields.distanceMeters === undefined && measures.meters <= 1_000_000)
      take("distanceMeters", measures.meters);
    if (measures.tss !== undefined && fields.tss === undefined && measures.tss <= 2000) take("tss", measures.tss);
    if (
      measures.intensityFactor !== undefined &&
      fields.intensityFactor === undefined &&
      measures.intensityFactor > 0 &&
      measures.intensityFactor <= 2
    )
      take("intensityFactor", measures.intensityFactor);
  }
}

/**
 * Drops the measures that were read from the words of `text` (a description read as steps after
 * all: "10m" of "- 10m 60%" is its first step, not the workout's time). A measure its own column
 * gave stays, even when it equals the first figure of the text.
 */
export function forgetMeasuresReadFrom(fields: Fields, text: string) {
  const taken = readFromText.get(fields);
  if (!taken) return;
  const guessed = readTextMeasures(text);
  const fromThisText: Record<Measure, number | undefined> = {
    durationSeconds: guessed.seconds === undefined ? undefined : Math.round(guessed.seconds),
    distanceMeters: guessed.meters,
    tss: guessed.tss,
    intensityFactor: guessed.intensityFactor,
  };
  for (const measure of taken) {
    if (fromThisText[measure] !== undefined && fields[measure] === fromThisText[measure]) {
      delete fields[measure];
      taken.delete(measure);
    }
  }
}

function planOf(text: string): PlannedValue {
  return isPlainValue(text) ? { text, range: false } : plannedValueOf(text);
}

export function keepInDescription(fields: Fields, header: string, value: string) {
  const line = `${header}: ${value}`;
  fields.description = fields.description ? `${fields.description}\n${line}` : line;
}

function distanceUnitFor(unitCell: string, column: Column | undefined): DistanceUnit | null {
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
