import { weekdayName } from "./plans/calendar-date";

// How numbers and dates read in the app. Pure, for the browser and the server alike.

export function formatDuration(seconds: number | undefined): string {
  if (!seconds) return "";
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const clock = `${hours}:${String(minutes).padStart(2, "0")}`;
  return rest ? `${clock}:${String(rest).padStart(2, "0")}` : clock;
}

export function formatDistance(meters: number | undefined): string {
  if (!meters) return "";
  if (meters < 1000) return `${Math.round(meters)} m`;
  return `${(meters / 1000).toFixed(meters % 1000 === 0 ? 0 : 2)} km`;
}

export function formatHours(hours: number): string {
  return `${hours.toFixed(1)} h`;
}

/** "Mon 2027-01-04": the calendar date exactly as it will land, with its weekday. */
export function formatPlanDate(date: string | undefined): string {
  if (!date) return "";
  return `${weekdayName(date).slice(0, 3)} ${date}`;
}

export function formatTimeLeft(expiresAt: Date, now: Date): string {
  const minutes = Math.floor((expiresAt.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return "expired";
  if (minutes < 60) return `${minutes} min left`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min left`;
}

/** "1 workout", "2 workouts". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? singular : pluralForm}`;
}

/** "30 s", "4 min", "4 min 30 s", "1 h 10 min": a step's length in words. */
export function formatStepTime(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const parts = [hours ? `${hours} h` : "", minutes ? `${minutes} min` : "", rest ? `${rest} s` : ""].filter(Boolean);
  return parts.join(" ") || "0 s";
}
