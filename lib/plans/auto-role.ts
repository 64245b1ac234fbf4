import type { ColumnRole, SessionRole, WeekdayRole } from "./column-roles";
import { type ColumnMatch, matchColumn, normalizeHeader } from "./columns";
import { sportEvidence } from "./infer-sport";
import type { Sport } from "./sports";

/** What PlanDrop makes of a header by itself: its role, a unit the name gives, a sport its words name. */
export type AutoRole = { role: ColumnRole; unit?: ColumnMatch["unit"]; sport?: Sport };

const WEEKDAY_WORDS: Record<string, WeekdayRole> = {
  mon: "mon",
  monday: "mon",
  montag: "mon",
  lundi: "mon",
  lunes: "mon",
  lunedi: "mon",
  lunedì: "mon",
  maandag: "mon",
  tue: "tue",
  tues: "tue",
  tuesday: "tue",
  dienstag: "tue",
  mardi: "tue",
  martes: "tue",
  martedi: "tue",
  martedì: "tue",
  dinsdag: "tue",
  wed: "wed",
  wednesday: "wed",
  mittwoch: "wed",
  mercredi: "wed",
  miercoles: "wed",
  miércoles: "wed",
  mercoledi: "wed",
  mercoledì: "wed",
  woensdag: "wed",
  thu: "thu",
  thur: "thu",
  thurs: "thu",
  thursday: "thu",
  donnerstag: "thu",
  jeudi: "thu",
  jueves: "thu",
  giovedi: "thu",
  giovedì: "thu",
  donderdag: "thu",
  fri: "fri",
  friday: "fri",
  freitag: "fri",
  vendredi: "fri",
  viernes: "fri",
  venerdi: "fri",
  venerdì: "fri",
  vrijdag: "fri",
  sat: "sat",
  saturday: "sat",
  samstag: "sat",
  samedi: "sat",
  sabado: "sat",
  sábado: "sat",
  sabato: "sat",
  zaterdag: "sat",
  weekend: "sat",
  sun: "sun",
  sunday: "sun",
  sonntag: "sun",
  dimanche: "sun",
  domingo: "sun",
  domenica: "sun",
  zondag: "sun",
};
const COUNTDOWN = new Set([
  "weekstogoal",
  "weekstorace",
  "weeksuntilrace",
  "weekstogo",
  "weeksout",
  "weeksleft",
  "countdown",
  "wochenbiszumrennen",
]);
// Days counted down to race day ("Days to go" 20 → 0): a day column read backwards (finish-plan.ts).
const DAY_COUNTDOWN = new Set([
  "daystogo",
  "daystorace",
  "daysout",
  "daysleft",
  "daystogoal",
  "daysuntilrace",
  "daysbeforerace",
  "tagebiszumrennen",
]);
const SESSION_SPORTS: Partial<Record<Sport, SessionRole>> = {
  swim: "swimSession",
  bike: "bikeSession",
  run: "runSession",
  strength: "strengthSession",
};
const SESSION_MEASURES =
  /^(?:duration|time|distance|minutes|mins|min|hours|hrs|hr|h|workout|session|km|mi|miles|m|meters|metres|yd|yds|yards|dauer|distanz|zeit)?$/;
const UNIT_WORDS: Record<string, NonNullable<ColumnMatch["unit"]>> = {
  min: "minutes",
  mins: "minutes",
  minutes: "minutes",
  h: "hours",
  hr: "hours",
  hrs: "hours",
  hours: "hours",
  km: "km",
  mi: "mi",
  miles: "mi",
  m: "m",
  meters: "m",
  metres: "m",
  yd: "yd",
  yds: "yd",
  yards: "yd",
};
// A column per session of the day, whatever its sport: "AM", "PM", "Morning", "Session 2", "Workout 1".
const DAY_SESSION = /^(?:am|pm|morning|afternoon|evening|noon|lunch|session\d|workout\d|training\d|einheit\d|seance\d|séance\d)$/;
// Google Calendar's CSV bookkeeping, not part of any workout.
const CALENDAR_BOOKKEEPING = new Set(["enddate", "alldayevent", "private", "reminderonoff", "reminderdate", "remindertime", "showtimeas"]);

// "Duration (hh:mm)", "Distance [km]", "Time (min)": the name without its bracket, and the bracket's unit.
const BRACKET = /^(.*?)\s*[([]\s*([^)\]]*)\s*[)\]]\s*$/;

/** "Days to go", "Days to race": a header counting days down to race day. */
export function countsDaysDown(header: string): boolean {
  return DAY_COUNTDOWN.has(normalizeHeader(header));
}

export function autoRole(header: string): AutoRole | null {
  const match = matchColumn(header);
  if (match) return { role: match.field, ...(match.unit ? { unit: match.unit } : {}) };
  const bracket = BRACKET.exec(header.trim());
  const outside = bracket ? matchColumn(bracket[1] ?? "") : null;
  if (bracket && outside && (outside.field === "duration" || outside.field === "distance")) {
    const unit = UNIT_WORDS[(bracket[2] ?? "").toLowerCase().replace(/\s+/g, "")];
    const fits = unit !== undefined && (outside.field === "duration") === (unit === "minutes" || unit === "hours");
    return { role: outside.field, ...(fits ? { unit } : outside.unit ? { unit: outside.unit } : {}) };
  }
  if (bracket && outside) return { role: outside.field, ...(outside.unit ? { unit: outside.unit } : {}) };
  const key = normalizeHeader(header);
  if (COUNTDOWN.has(key)) return { role: "weeksToGoal" };
  if (DAY_COUNTDOWN.has(key)) return { role: "day" };
  if (DAY_SESSION.test(key)) return { role: "session" };
  if (CALENDAR_BOOKKEEPING.has(key)) return { role: "ignore" };

  const words = header
    .trim()
    .toLowerCase()
    .split(/[\s_\-/()]+/)
    .filter(Boolean);
  const weekday = WEEKDAY_WORDS[words[0] ?? ""];
  if (weekday) {
    const evidence = sportEvidence(words.slice(1).join(" "));
    return evidence && "sport" in evidence ? { role: weekday, sport: evidence.sport } : { role: weekday };
  }
  const first = sportEvidence(words[0] ?? "");
  const session = first && "sport" in first ? SESSION_SPORTS[first.sport] : undefined;
  if (first && "sport" in first && session && SESSION_MEASURES.test(words.slice(1).join(""))) {
    const unit = UNIT_WORDS[words.slice(1).join("")];
    return { role: session, sport: first.sport, ...(unit ? { unit } : {}) };
  }
  return null;
}

/** The sport a header's first word names ("Bike Notes" → bike), so its cells join that sport's session. */
export function headerSport(header: string): Sport | null {
  const first = sportEvidence(header.trim().split(/[\s_\-/()]+/)[0] ?? "");
  return first && "sport" in first ? first.sport : null;
}
