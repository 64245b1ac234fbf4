import { autoRole, countsDaysDown } from "./auto-role";
import type { ColumnRole } from "./column-roles";
import { type ColumnMatch, type Field, normalizeHeader } from "./columns";
import { attachSessionExtras, placeColumn } from "./place-column";
import type { DateOrder } from "./parse-date";
import type { ColumnRoleUse } from "./plan-result";
import type { Layout } from "./layout-labels";
import type { Sport } from "./sports";

export { isRelativeLayout, LAYOUT_LABELS, type Layout } from "./layout-labels";

export type Column = { index: number; header: string; unit?: ColumnMatch["unit"] };
export type DayColumn = Column & { weekday: number; sport?: Sport };
/** sport: the sport of every cell in the column; absent for "AM" / "PM" columns, whose cells name their own. */
export type SessionColumn = Column & { sport?: Sport; extras: Column[] };

export type ColumnMap = {
  layout: Layout;
  /** Column index and unit hint for each field the file has. */
  fields: Partial<Record<Field, Column>>;
  /** Week grid: the columns holding one weekday's workouts. */
  days: DayColumn[];
  /** Several workouts per row: a column per sport (Swim, Bike Duration, Run Duration). */
  sessions: SessionColumn[];
  /** Columns that feed no field: their cells go into the description under the header. */
  extras: Column[];
  weeksToGoal?: Column;
  /** A TrainingPeaks export's columns about the completed workout (actual time, distance, HR…). */
  actuals: number[];
  ignored: string[];
  roles: ColumnRoleUse[];
  notes: string[];
  /** Google Calendar's CSV writes month/day/year: the order used when the dates alone cannot tell. */
  dateOrderHint?: DateOrder;
};

const EXPORT_PLANNED = new Set([
  "title",
  "workouttype",
  "workoutdescription",
  "plannedduration",
  "planneddistanceinmeters",
  "workoutday",
  "coachcomments",
]);

/** Maps header cells to plan fields and decides the layout; a string is the sentence for a file we cannot use. */
export function mapColumns(headers: readonly string[], chosen: Record<string, ColumnRole> = {}): ColumnMap | string {
  const normalized = headers.map(normalizeHeader);
  const isExport = normalized.includes("workoutday") && normalized.includes("plannedduration") && normalized.includes("workouttype");
  const map: ColumnMap = {
    layout: "dated",
    fields: {},
    days: [],
    sessions: [],
    extras: [],
    actuals: [],
    ignored: [],
    roles: [],
    notes: [],
  };
  const roles = new Map<number, { role: ColumnRole; auto: boolean }>();
  const letterDays = weekdayLetters(headers);

  // The user's choices first, so they win over a column matched automatically.
  const order = headers
    .map((_, index) => index)
    .sort((a, b) => Number(chosen[headers[b] ?? ""] !== undefined) - Number(chosen[headers[a] ?? ""] !== undefined));
  for (const index of order) {
    const header = headers[index] ?? "";
    if (header.trim() === "") continue;
    const choice = chosen[header];
    if (choice === undefined && isExport && !EXPORT_PLANNED.has(normalized[index] ?? "")) {
      map.actuals.push(index);
      map.ignored.push(header.trim());
      roles.set(index, { role: "ignore", auto: true });
      continue;
    }
    const auto = letterDays.has(index) ? { role: letterDays.get(index) as ColumnRole } : autoRole(header);
    const role = choice ?? auto?.role ?? "extra";
    const unit = isExport && role === "duration" ? "hours" : auto?.role === role ? auto.unit : undefined;
    const column: Column = { index, header: header.trim(), ...(unit ? { unit } : {}) };
    roles.set(index, { role: placeColumn(map, role, column, auto?.sport), auto: choice === undefined });
  }
  map.roles = headers.flatMap((header, index) => {
    const use = roles.get(index);
    return use ? [{ header, role: use.role, auto: use.auto }] : [];
  });
  if (map.actuals.length > 0)
    map.notes.push(
      `The export's columns about completed workouts (${map.actuals
        .slice(0, 3)
        .map((index) => headers[index]?.trim())
        .join(", ")}, …) are not read: PlanDrop imports what was planned.`,
    );
  attachSessionExtras(map);
  if (normalized.includes("subject") && normalized.includes("startdate")) map.dateOrderHint = "mdy";
  else if (normalized.some((name) => DAY_FIRST_HEADERS.has(name))) map.dateOrderHint = "dmy";
  if (map.fields.endTime && map.fields.startTime && !map.fields.duration)
    map.notes.push(
      `A workout whose time is not written is as long as its event, from "${map.fields.startTime.header.trim()}" to "${map.fields.endTime.header.trim()}".`,
    );

  const layout = decideLayout(map, isExport);
  if ("error" in layout) return layout.error;
  map.layout = layout.layout;
  if (map.layout === "week_weekday" && map.fields.day && countsDaysDown(map.fields.day.header)) map.layout = "day_number"; // "Days to go" places a row by itself; the week is only a label
  // A "Day" column beside a week (or count-down) column names the weekday ("Mon"), or its number in the week.
  if ((map.layout === "week_weekday" || map.layout === "countdown") && !map.fields.weekday && map.fields.day) {
    map.fields.weekday = map.fields.day;
    delete map.fields.day;
  }
  return map;
}

// Column names in German, French, Spanish, Italian or Dutch: plans written where dates are day/month/year.
const DAY_FIRST_HEADERS = new Set([
  "datum",
  "fecha",
  "dateseance",
  "sportart",
  "deporte",
  "titel",
  "titre",
  "titulo",
  "título",
  "titolo",
  "dauer",
  "duree",
  "durée",
  "duracion",
  "duración",
  "durata",
  "duur",
  "distanz",
  "distancia",
  "distanza",
  "afstand",
  "allenamento",
  "entrenamiento",
  "entrainement",
  "entraînement",
]);

const MONDAY_FIRST = ["m", "t", "w", "t", "f", "s", "s"];
const SUNDAY_FIRST = ["s", "m", "t", "w", "t", "f", "s"];
const DAYS_FROM = { m: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], s: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] } as const;

/** Seven columns headed by weekday initials in calendar order ("M T W T F S S", or "S M T W T F S"): a week grid. */
function weekdayLetters(headers: readonly string[]): Map<number, ColumnRole> {
  const found = new Map<number, ColumnRole>();
  const initials = headers.map((header) => (header.trim().length <= 2 ? header.trim().toLowerCase().charAt(0) : ""));
  for (let start = 0; start + 7 <= initials.length; start++) {
    const run = initials.slice(start, start + 7);
    const order = run.every((letter, i) => letter === MONDAY_FIRST[i])
      ? "m"
      : run.every((letter, i) => letter === SUNDAY_FIRST[i])
        ? "s"
        : null;
    if (!order) continue;
    for (const [i, role] of DAYS_FROM[order].entries()) found.set(start + i, role);
    return found;
  }
  return found;
}

function decideLayout(map: ColumnMap, isExport: boolean): { layout: Layout } | { error: string } {
  const { fields } = map;
  if (map.days.length > 0) return { layout: fields.date ? "dated_week_grid" : "week_grid" };
  if (fields.date) return { layout: isExport ? "trainingpeaks_export" : "dated" };
  if (map.weeksToGoal) return { layout: "countdown" };
  if (fields.week && (fields.weekday || fields.day)) return { layout: "week_weekday" };
  if (fields.weekday) return { layout: "week_weekday" }; // weeks from "Week 2" rows, or counted as the weekdays come round (derive-weeks.ts)
  if (fields.day) return { layout: "day_number" };
  if (fields.week) return { layout: "week_order" };
  if (map.extras.length === map.roles.length) {
    return { error: "No plan columns found: the first row should name the columns, for example date, sport, title, duration." };
  }
  return { error: "No date column found: add a date column, a day number column, or week and day columns." };
}
