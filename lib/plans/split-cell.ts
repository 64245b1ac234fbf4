import { sportEvidence } from "./infer-sport";

// One cell holding several workouts becomes one workout each:
// - "6 mi a.m. 4 mi p.m.", "AM: swim 2k / PM: run 30 min": a morning and an evening session;
// - "Bike + Run" (a brick), "Strength + 30m Rouvy": parts joined by "+" or "&" that each name a
//   different sport. Parts that name no sport or the same one ("Easy + strides",
//   "General aerobic + speed 8 mi") stay one workout.

const DAY_TIME = /\b([ap])\.?\s?m\.?(?=[\s:,;/]|$)\s*:?/giu;
const JOINER = /\s+[+&]\s+/u;

export function splitCell(text: string): string[] {
  const byTime = splitByTimeOfDay(text);
  if (byTime.length > 1) return byTime;
  if (text.includes("\n")) {
    const [first = "", ...rest] = text.split("\n");
    const parts = splitByJoiner(first);
    return parts.length > 1 ? parts.map((part, index) => (index === 0 ? [part, ...rest].join("\n") : part)) : [text];
  }
  return splitByJoiner(text);
}

function splitByTimeOfDay(text: string): string[] {
  const marks = [...text.matchAll(DAY_TIME)];
  if (marks.length < 2) return [text];
  const startsWithMark = (marks[0]?.index ?? 0) === 0;
  const parts: string[] = [];
  if (startsWithMark) {
    // "AM: swim 2k PM: run 30 min": each mark opens its part.
    marks.forEach((mark, i) => void parts.push(text.slice(mark.index, marks[i + 1]?.index ?? text.length).trim()));
  } else {
    // "6 mi a.m. 4 mi p.m.": each mark closes its part.
    let from = 0;
    for (const mark of marks) {
      const end = (mark.index ?? 0) + mark[0].length;
      parts.push(text.slice(from, end).trim());
      from = end;
    }
    const tail = text.slice(from).trim();
    if (tail && parts.length > 0) parts[parts.length - 1] += ` ${tail}`;
  }
  return parts.filter((part) => part.replace(DAY_TIME, "").trim() !== "");
}

function splitByJoiner(text: string): string[] {
  const parts = text
    .split(JOINER)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return [text];
  const sports = parts.map((part) => {
    const evidence = sportEvidence(part);
    return evidence && "sport" in evidence && evidence.sport !== "day_off" ? evidence.sport : null;
  });
  const named = new Set(sports.filter((sport) => sport !== null));
  return named.size >= 2 && sports.every((sport) => sport !== null) ? parts : [text];
}
