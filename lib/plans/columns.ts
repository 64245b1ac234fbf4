// Which plan field each CSV column holds. Header names are matched loosely: case, spaces,
// underscores and dashes do not matter.

export const FIELDS = [
  "date", "day", "week", "weekday", "sport", "subtype", "title", "description", "duration",
  "distance", "distanceUnit", "tss", "if", "coachComments", "structure", "phase", "startTime",
  "ftp", "thresholdHr", "maxHr", "thresholdPace", "athlete",
] as const;
export type Field = (typeof FIELDS)[number];

/** A column and what its bare numbers mean, when the name says so (duration_minutes, distance_km). */
export type ColumnMatch = { field: Field; unit?: "minutes" | "hours" | "seconds" | "m" | "km" | "mi" | "yd" };

const ALIASES: Record<string, ColumnMatch> = {};
function alias(field: Field, names: string[], unit?: ColumnMatch["unit"]) {
  for (const name of names) ALIASES[name] = unit ? { field, unit } : { field };
}

alias("date", ["date", "workoutdate", "workoutday", "plandate", "scheduleddate", "startdatelocal"]);
alias("day", ["day", "daynumber", "dayno", "daynum", "planday"]);
alias("week", ["week", "weeknumber", "weekno", "weeknum", "planweek"]);
alias("weekday", ["weekday", "dayofweek", "dow", "weekdayname"]);
alias("sport", ["sport", "type", "activity", "workouttype", "activitytype", "sporttype", "discipline"]);
alias("subtype", ["subtype", "subsport", "workoutsubtype", "sportsubtype"]);
alias("title", ["title", "name", "workout", "workoutname", "workouttitle", "session"]);
alias("description", ["description", "details", "notes", "workoutdescription", "instructions"]);
alias("duration", ["duration", "plannedduration", "time", "plannedtime", "totaltimeplanned"]);
alias("duration", ["durationminutes", "durationmin", "durationmins", "minutes", "mins", "plannedminutes"], "minutes");
alias("duration", ["durationhours", "hours", "plannedhours", "durationhrs"], "hours");
alias("duration", ["durationseconds", "durationsec", "seconds", "movingtime"], "seconds");
alias("distance", ["distance", "planneddistance", "distanceplanned"]);
alias("distance", ["distancem", "distancemeters", "distancemetres", "planneddistanceinmeters", "distanceinmeters", "meters", "metres"], "m");
alias("distance", ["distancekm", "planneddistancekm", "km", "kilometers", "kilometres"], "km");
alias("distance", ["distancemi", "distancemiles", "planneddistancemi", "miles"], "mi");
alias("distance", ["distanceyd", "distanceyards", "yards"], "yd");
alias("distanceUnit", ["distanceunit", "planneddistanceunit", "unit", "units", "distanceunits"]);
alias("tss", ["tss", "plannedtss", "tssplanned", "trainingstressscore"]);
alias("if", ["if", "intensityfactor", "plannedif", "ifplanned"]);
alias("coachComments", ["coachcomments", "coachcomment", "coachnotes", "commentsfromcoach"]);
alias("structure", ["structure", "workouttext", "steps", "intervals", "workoutstructure"]);
alias("phase", ["phase", "block", "period", "trainingphase"]);
alias("startTime", ["starttime", "plannedstarttime", "starttimeplanned", "timeofday"]);
alias("athlete", ["athlete", "athleteid", "athleteemail", "athletename"]);
alias("ftp", ["ftp", "ftpwatts", "functionalthresholdpower"]);
alias("thresholdHr", ["lthr", "thresholdhr", "thresholdheartrate", "lactatethresholdhr"]);
alias("maxHr", ["maxhr", "maxheartrate", "hrmax"]);
alias("thresholdPace", ["thresholdpace", "tpace", "css"]);

export function normalizeHeader(header: string): string {
  return header.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[\s_\-./()]+/g, "");
}

export function matchColumn(header: string): ColumnMatch | null {
  return ALIASES[normalizeHeader(header)] ?? null;
}
