import type { ColumnRole } from "./column-roles";
import { type ColumnMatch, FIELDS, type Field, matchColumn, normalizeHeader } from "./columns";
import type { ColumnRoleUse } from "./plan-result";

export type Layout = "dated" | "trainingpeaks_export" | "day_number" | "week_weekday";

export const LAYOUT_LABELS: Record<Layout, string> = {
  dated: "A date on every row",
  trainingpeaks_export: "TrainingPeaks workouts export",
  day_number: "Day numbers from a start date",
  week_weekday: "Week and weekday from a start date",
};

export type ColumnMap = {
  layout: Layout;
  /** Column index and unit hint for each field the file has. */
  fields: Partial<Record<Field, { index: number; header: string; unit?: ColumnMatch["unit"] }>>;
  ignored: string[];
  roles: ColumnRoleUse[];
};

const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);

// TrainingPeaks' export also carries actual TSS and IF; those describe a finished workout, not the plan.
const EXPORT_ACTUALS: ReadonlySet<Field> = new Set(["tss", "if"]);

/** Maps header cells to plan fields and decides the layout; a string is the sentence for a file we cannot use. */
export function mapColumns(headers: readonly string[], chosen: Record<string, ColumnRole> = {}): ColumnMap | string {
  const normalized = headers.map(normalizeHeader);
  const isExport = normalized.includes("workoutday") && normalized.includes("plannedduration") && normalized.includes("workouttype");
  const fields: ColumnMap["fields"] = {};
  const ignored: string[] = [];
  const roles: ColumnRoleUse[] = [];

  headers.forEach((header, index) => {
    if (header.trim() === "") return;
    const choice = chosen[header];
    const auto = matchColumn(header);
    const match = choice === undefined ? auto : FIELD_SET.has(choice) ? { field: choice as Field, ...(auto?.field === choice && auto.unit ? { unit: auto.unit } : {}) } : null;
    const isActual = choice === undefined && isExport && match !== null && EXPORT_ACTUALS.has(match.field);
    if (!match || isActual || fields[match.field]) {
      ignored.push(header.trim());
      roles.push({ header, role: choice ?? "ignore", auto: choice === undefined });
      return;
    }
    const unit = isExport && match.field === "duration" ? "hours" : match.unit;
    fields[match.field] = { index, header: header.trim(), ...(unit ? { unit } : {}) };
    roles.push({ header, role: match.field, auto: choice === undefined });
  });

  if (Object.keys(fields).length === 0) {
    return "No plan columns found: the first row should name the columns, for example date, sport, title, duration.";
  }
  const layout = decideLayout(fields, isExport);
  if (layout === null) {
    return "No date column found: add a date column, a day number column, or week and day columns.";
  }
  if (!fields.sport) return "No sport column found: add a column named sport (Run, Bike, Swim, …).";
  if (layout === "week_weekday" && !fields.weekday && fields.day) {
    fields.weekday = fields.day;
    delete fields.day;
  }
  return { layout, fields, ignored, roles };
}

function decideLayout(fields: ColumnMap["fields"], isExport: boolean): Layout | null {
  if (fields.date) return isExport ? "trainingpeaks_export" : "dated";
  if (fields.week && (fields.weekday || fields.day)) return "week_weekday";
  if (fields.day) return "day_number";
  return null;
}

/** Layouts whose rows count from a start date (or back from a race date) the user gives. */
export function isRelativeLayout(layout: Layout): boolean {
  return layout !== "dated" && layout !== "trainingpeaks_export";
}
