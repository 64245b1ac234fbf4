import { headerSport } from "./auto-role";
import { type ColumnRole, SESSION_ROLES, WEEKDAY_ROLES } from "./column-roles";
import { FIELDS, type Field } from "./columns";
import type { Column, ColumnMap } from "./layout";
import type { Sport } from "./sports";

// Where each column goes in the plan's column map, once its role is known (the user's or PlanDrop's).

const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);
const DATE_FIELDS: ReadonlySet<string> = new Set(["date", "day", "week", "weekday"]);

/** Puts one column where its role says; returns the role it really got (a second date column is ignored). */
export function placeColumn(map: ColumnMap, role: ColumnRole, column: Column, sport: Sport | undefined): ColumnRole {
  if (role === "ignore") {
    map.ignored.push(column.header);
    return role;
  }
  const weekday = (WEEKDAY_ROLES as readonly string[]).indexOf(role);
  if (weekday !== -1) {
    map.days.push({ ...column, weekday, ...(sport ? { sport } : {}) });
    if (/^weekend/i.test(column.header))
      map.notes.push(`The "${column.header}" column is placed on Saturday; choose Sunday's workouts in its column select to move it.`);
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
export function attachSessionExtras(map: ColumnMap) {
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
