// Which plan field each CSV column holds. Header names are matched loosely: case, spaces,
// underscores and dashes do not matter.

export const FIELDS = [
  "date",
  "day",
  "week",
  "weekday",
  "sport",
  "subtype",
  "title",
  "description",
  "duration",
  "distance",
  "distanceUnit",
  "tss",
  "if",
  "coachComments",
  "structure",
  "phase",
  "startTime",
  "endTime",
  "ftp",
  "thresholdHr",
  "maxHr",
  "thresholdPace",
  "athlete",
] as const;
export type Field = (typeof FIELDS)[number];

/** A column and what its bare numbers mean, when the name says so (duration_minutes, distance_km). */
export type ColumnMatch = { field: Field; unit?: "minutes" | "hours" | "seconds" | "m" | "km" | "mi" | "yd" };

const ALIASES: Record<string, ColumnMatch> = {};
function alias(field: Field, names: string[], unit?: ColumnMatch["unit"]) {
  for (const name of names) ALIASES[name] = unit ? { field, unit } : { field };
}

// English first, then what plans in TrainingPeaks users' languages call the column (German,
// French, Spanish, Italian, Dutch), Google Calendar's CSV (Subject, Start Date) and exports.
alias("date", [
  "date",
  "dates",
  "weekof",
  "weekstarting",
  "weekbeginning",
  "daterange",
  "workoutdate",
  "workoutday",
  "plandate",
  "scheduleddate",
  "startdatelocal",
  "startdate",
  "start",
  "when",
  "datum",
  "fecha",
  "data",
  "dateseance",
]);
alias("day", ["day", "daynumber", "dayno", "daynum", "planday", "tag", "jour", "dia", "día", "giorno", "dag"]);
alias("week", ["week", "weeknumber", "weekno", "weeknum", "planweek", "wk", "woche", "semaine", "semana", "settimana"]);
alias("weekday", [
  "weekday",
  "dayofweek",
  "dow",
  "weekdayname",
  "wochentag",
  "jourdelasemaine",
  "diadelasemana",
  "giornodellasettimana",
  "weekdag",
]);
alias("sport", [
  "sport",
  "type",
  "activity",
  "workouttype",
  "activitytype",
  "sporttype",
  "discipline",
  "sportart",
  "typ",
  "tipo",
  "disciplina",
  "deporte",
  "soort",
  "activite",
  "activité",
  "actividad",
  "attivita",
  "attività",
  "activiteit",
]);
alias("subtype", ["subtype", "subsport", "workoutsubtype", "sportsubtype"]);
alias("title", [
  "title",
  "name",
  "workout",
  "workoutname",
  "workouttitle",
  "session",
  "subject",
  "event",
  "label",
  "summary",
  "titel",
  "titre",
  "titulo",
  "título",
  "titolo",
  "einheit",
  "trainingseinheit",
  "seance",
  "séance",
  "sesion",
  "sesión",
  "sessione",
  "training",
  "allenamento",
  "entrenamiento",
  "entrainement",
  "entraînement",
]);
alias("description", [
  "description",
  "details",
  "detail",
  "notes",
  "workoutdescription",
  "instructions",
  "beschreibung",
  "notizen",
  "bemerkungen",
  "descriptif",
  "descripcion",
  "descripción",
  "descrizione",
  "note",
  "omschrijving",
  "beschrijving",
  "opmerkingen",
  "comments",
]);
alias("duration", [
  "duration",
  "plannedduration",
  "time",
  "plannedtime",
  "totaltimeplanned",
  "totalduration",
  "totaltime",
  "dauer",
  "zeit",
  "duree",
  "durée",
  "duracion",
  "duración",
  "tiempo",
  "durata",
  "duur",
  "tijd",
]);
alias(
  "duration",
  ["durationminutes", "durationmin", "durationmins", "minutes", "mins", "plannedminutes", "dauermin", "dureemin", "minuten"],
  "minutes",
);
alias("duration", ["durationhours", "hours", "plannedhours", "durationhrs", "stunden"], "hours");
alias("duration", ["durationseconds", "durationsec", "seconds", "movingtime"], "seconds");
alias("distance", [
  "distance",
  "planneddistance",
  "distanceplanned",
  "distanz",
  "strecke",
  "entfernung",
  "distancia",
  "distanza",
  "afstand",
]);
alias(
  "distance",
  ["distancem", "distancemeters", "distancemetres", "planneddistanceinmeters", "distanceinmeters", "meters", "metres", "meter"],
  "m",
);
alias("distance", ["distancekm", "planneddistancekm", "km", "kilometers", "kilometres", "kilometer", "distanzkm"], "km");
alias("distance", ["distancemi", "distancemiles", "planneddistancemi", "miles", "mi", "mileage"], "mi");
alias("distance", ["distanceyd", "distanceyards", "yards"], "yd");
alias("distanceUnit", ["distanceunit", "planneddistanceunit", "unit", "units", "distanceunits", "einheitdistanz"]);
alias("tss", ["tss", "plannedtss", "tssplanned", "trainingstressscore"]);
alias("if", ["if", "intensityfactor", "plannedif", "ifplanned"]);
alias("coachComments", ["coachcomments", "coachcomment", "coachnotes", "commentsfromcoach"]);
alias("structure", ["structure", "workouttext", "steps", "intervals", "workoutstructure"]);
alias("phase", ["phase", "block", "period", "trainingphase", "phasename", "mesocycle", "fase", "periode"]);
alias("endTime", ["endtime", "plannedendtime"]);
alias("startTime", ["starttime", "plannedstarttime", "starttimeplanned", "timeofday", "uhrzeit", "heure"]);
alias("athlete", ["athlete", "athleteid", "athleteemail", "athletename", "athlet", "athlète"]);
alias("ftp", ["ftp", "ftpwatts", "functionalthresholdpower"]);
alias("thresholdHr", ["lthr", "thresholdhr", "thresholdheartrate", "lactatethresholdhr"]);
alias("maxHr", ["maxhr", "maxheartrate", "hrmax"]);
alias("thresholdPace", ["thresholdpace", "tpace", "css"]);

export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-./()[\]:#]+/g, "");
}

export function matchColumn(header: string): ColumnMatch | null {
  return ALIASES[normalizeHeader(header)] ?? null;
}
