import { autoRole, headerSport } from "./auto-role";
import { type ColumnRole, SESSION_ROLES, WEEKDAY_ROLES } from "./column-roles";
import { type ColumnMatch, FIELDS, type Field, normalizeHeader } from "./columns";
import type { DateOrder } from "./parse-date";
import type { ColumnRoleUse } from "./plan-result";
import type { Sport } from "./sports";

export type Layout = "dated" | "trainingpeaks_export" | "day_number" | "week_weekday" | "week_grid" | "dated_week_grid" | "countdown" | "week_order";

export const LAYOUT_LABELS: Record<Layout, string> = {
  dated: "A date on every row",
  trainingpeaks_export: "TrainingPeaks workouts export",
  day_number: "Day numbers from a start date",
  week_weekday: "Week and weekday from a start date",
  week_grid: "A row per week, a column per weekday, from a start date",
  dated_week_grid: "A row per week with its dates, a column per weekday",
  countdown: "Weeks counted down to race day, a row per day",
  week_order: "Week numbers with a row per day, in order, from a start date",
};

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

const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);
const DATE_FIELDS: ReadonlySet<string> = new Set(["date", "day", "week", "weekday"]);
const EXPORT_PLANNED = new Set(["title", "workouttype", "workoutdescription", "plannedduration", "planneddistanceinmeters", "workoutday", "coachcomments"]);

/** Maps header cells to plan fields and decides the layout; a string is the sentence for a file we cannot use. */
export function mapColumns(headers: readonly string[], chosen: Record<string, ColumnRole> = {}): ColumnMap | string {
  const normalized = headers.map(normalizeHeader);
  const isExport = normalized.includes("workoutday") && normalized.includes("plannedduration") && normalized.includes("workouttype");
  const map: ColumnMap = { layout: "dated", fields: {}, days: [], sessions: [], extras: [], actuals: [], ignored: [], roles: [], notes: [] };
  const roles = new Map<number, { role: ColumnRole; auto: boolean }>();

  // The user's choices first, so they win over a column matched automatically.
  const order = headers.map((_, index) => index).sort((a, b) => Number(chosen[headers[b] ?? ""] !== undefined) - Number(chosen[headers[a] ?? ""] !== undefined));
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
    const auto = autoRole(header);
    const role = choice ?? auto?.role ?? "extra";
    const unit = isExport && role === "duration" ? "hours" : auto?.role === role ? auto.unit : undefined;
    const column: Column = { index, header: header.trim(), ...(unit ? { unit } : {}) };
    roles.set(index, { role: place(map, role, column, auto?.sport), auto: choice === undefined });
  }
  map.roles = headers.flatMap((header, index) => {
    const use = roles.get(index);
    return use ? [{ header, role: use.role, auto: use.auto }] : [];
  });
  if (map.actuals.length > 0) map.notes.push(`The export's columns about completed workouts (${map.actuals.slice(0, 3).map((index) => headers[index]?.trim()).join(", ")}, …) are not read: PlanDrop imports what was planned.`);
  attachSessionExtras(map);
  if (normalized.includes("subject") && normalized.includes("startdate")) map.dateOrderHint = "mdy";

  const layout = decideLayout(map, isExport);
  if ("error" in layout) return layout.error;
  map.layout = layout.layout;
  if (map.layout === "week_weekday" && !map.fields.weekday && map.fields.day) {
    map.fields.weekday = map.fields.day;
    delete map.fields.day;
  }
  return map;
}

/** Puts one column where its role says; returns the role it really got (a second date column is ignored). */
function place(map: ColumnMap, role: ColumnRole, column: Column, sport: Sport | undefined): ColumnRole {
  if (role === "ignore") {
    map.ignored.push(column.header);
    return role;
  }
  const weekday = (WEEKDAY_ROLES as readonly string[]).indexOf(role);
  if (weekday !== -1) {
    map.days.push({ ...column, weekday, ...(sport ? { sport } : {}) });
    if (/^weekend/i.test(column.header)) map.notes.push(`The "${column.header}" column is placed on Saturday; choose Sunday's workouts in its column select to move it.`);
    return role;
  }
  const session = (SESSION_ROLES as readonly string[]).indexOf(role);
  if (session !== -1) {
    const sessionSport = (["swim", "bike", "run", "strength"] as const)[session];
    map.sessions.push({ ...column, ...(sessionSport ? { sport: sessionSport } : {}), extras: [] });
    return role;
  }
  if (role === "weeksToGoal" && !map.weeksToGoal) {
    map.weeksToGoal = column;
    return role;
  }
  if (FIELD_SET.has(role) && !map.fields[role as Field]) {
    map.fields[role as Field] = column;
    return role;
  }
  if (DATE_FIELDS.has(role) || role === "weeksToGoal") {
    map.ignored.push(column.header);
    return "ignore";
  }
  map.extras.push(column);
  return "extra";
}

/** "Bike Zone" and "Bike Notes" go with the Bike session when the row holds several. */
function attachSessionExtras(map: ColumnMap) {
  if (map.sessions.length === 0) return;
  if (map.sessions.length === 1 && (map.fields.sport || map.fields.title)) {
    map.extras.push(...map.sessions);
    map.sessions = [];
    return;
  }
  map.extras = map.extras.filter((extra) => {
    const sport = headerSport(extra.header);
    const session = sport ? map.sessions.find((candidate) => candidate.sport === sport) : undefined;
    if (session) session.extras.push(extra);
    return !session;
  });
}

function decideLayout(map: ColumnMap, isExport: boolean): { layout: Layout } | { error: string } {
  const { fields } = map;
  if (map.days.length > 0) return { layout: fields.date ? "dated_week_grid" : "week_grid" };
  if (fields.date) return { layout: isExport ? "trainingpeaks_export" : "dated" };
  if (map.weeksToGoal) return { layout: "countdown" };
  if (fields.week && (fields.weekday || fields.day)) return { layout: "week_weekday" };
  if (fields.day) return { layout: "day_number" };
  if (fields.week) return { layout: "week_order" };
  if (map.extras.length === map.roles.length) {
    return { error: "No plan columns found: the first row should name the columns, for example date, sport, title, duration." };
  }
  return { error: "No date column found: add a date column, a day number column, or week and day columns." };
}

/** Layouts whose rows count from a start date (or back from a race date) the user gives. */
export function isRelativeLayout(layout: Layout): boolean {
  return layout !== "dated" && layout !== "trainingpeaks_export" && layout !== "dated_week_grid";
}
