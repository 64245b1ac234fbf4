import { FIELDS } from "./columns";

// What a column of a plan can be used as: every plan field, plus the columns a plan's layout
// is made of (a weekday column of a week grid, weeks counted down to race day, one sport's
// session in a row holding several), "extra" (kept in the description under its header) and
// "ignore". The user picks one per column in the preview; the parse reports the one it used.

export const WEEKDAY_ROLES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** A column holding one workout of the row: of one sport, or (session) of the sport its words name ("AM", "PM", "Session 2"). */
export const SESSION_ROLES = ["swimSession", "bikeSession", "runSession", "strengthSession", "session"] as const;
export const COLUMN_ROLES = [...FIELDS, "weeksToGoal", ...WEEKDAY_ROLES, ...SESSION_ROLES, "extra", "ignore"] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];
export type WeekdayRole = (typeof WEEKDAY_ROLES)[number];
export type SessionRole = (typeof SESSION_ROLES)[number];

/** The words in the column select, `Use column "<header>" as`. */
export const COLUMN_ROLE_LABELS: Record<ColumnRole, string> = {
  date: "Date",
  day: "Day number",
  week: "Week",
  weekday: "Weekday",
  sport: "Sport",
  subtype: "Sport subtype",
  title: "Title",
  description: "Description",
  duration: "Duration",
  distance: "Distance",
  distanceUnit: "Distance unit",
  tss: "TSS",
  if: "IF",
  coachComments: "Coach comments",
  structure: "Structure (workout text)",
  phase: "Phase",
  startTime: "Start time",
  endTime: "End time (duration from the start time)",
  ftp: "FTP",
  thresholdHr: "Threshold heart rate",
  maxHr: "Max heart rate",
  thresholdPace: "Threshold pace",
  athlete: "Athlete",
  weeksToGoal: "Weeks to race day (count-down)",
  mon: "Monday's workouts",
  tue: "Tuesday's workouts",
  wed: "Wednesday's workouts",
  thu: "Thursday's workouts",
  fri: "Friday's workouts",
  sat: "Saturday's workouts",
  sun: "Sunday's workouts",
  swimSession: "Swim session (time, distance or text)",
  bikeSession: "Bike session (time, distance or text)",
  runSession: "Run session (time, distance or text)",
  strengthSession: "Strength session (time or text)",
  session: "Another workout of the day (text)",
  extra: "Description, under its header",
  ignore: "Ignore",
};
