import { formatDistance, formatDuration } from "@/lib/format";
import type { Sport } from "@/lib/plans/sports";

// How the calendar words its dates and measures. Dates stay calendar dates: no time zone.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "7 Jun", or "7 Jun 2027" with the year. */
export function formatDayMonth(date: string, withYear = false): string {
  const day = Number(date.slice(8, 10));
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? "";
  return withYear ? `${day} ${month} ${date.slice(0, 4)}` : `${day} ${month}`;
}

/** "1:30 · 42 km · TSS 80": the parts a workout or a week has, in that order. */
export function formatMeasures({ seconds, meters, tss }: { seconds?: number; meters?: number; tss?: number }): string {
  return [formatDuration(seconds), formatDistance(meters), tss ? `TSS ${Math.round(tss)}` : ""].filter(Boolean).join(" · ");
}

/** The colour token of a sport's cards and bars (one per family, as TrainingPeaks colours them). */
export function sportColour(sport: Sport | undefined): string {
  if (sport === "swim") return "var(--color-sport-swim)";
  if (sport === "bike" || sport === "mtb") return "var(--color-sport-bike)";
  if (sport === "run" || sport === "walk" || sport === "race") return "var(--color-sport-run)";
  if (sport === "strength") return "var(--color-sport-strength)";
  return "var(--color-sport-other)";
}
