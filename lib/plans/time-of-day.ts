// Times of day as plans and calendar exports write them.

/** "06:30", "6:30:00", and 12-hour "6:30 AM", "12:15 am", "6:05 p.m." (Google Calendar's CSV) as HH:MM; null if no time of day. */
export function readTimeOfDay(cell: string): string | null {
  const time = /^(\d{1,2}):([0-5]\d)(?::[0-5]\d)?(?:\s*([ap])\.?\s*m\.?)?$/i.exec(cell.trim());
  if (!time) return null;
  const hour = Number(time[1]);
  const half = time[3]?.toLowerCase();
  if (half ? hour < 1 || hour > 12 : hour > 23) return null;
  const hour24 = half ? (hour % 12) + (half === "p" ? 12 : 0) : hour;
  return `${String(hour24).padStart(2, "0")}:${time[2]}`;
}

/** The seconds from a start to an end time of the same day (a calendar event's length); null when either is missing or the end is not later. */
export function eventSeconds(start: string, end: string): number | null {
  const from = readTimeOfDay(start);
  const to = readTimeOfDay(end);
  if (!from || !to) return null;
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  const seconds = (minutes(to) - minutes(from)) * 60;
  return seconds > 0 ? seconds : null;
}
