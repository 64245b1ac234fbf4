import "server-only";
import { createHash } from "node:crypto";
import type { PlannedWorkout } from "@/lib/plans/workout";
import type { CalendarWorkout } from "@/lib/trainingpeaks/calendar";
import { rowKeyOf } from "./row-key";

// When two workouts are "the same", in the three senses an import needs, defined here only:
// - the same content: everything that would be sent is equal (the same plan imported twice);
// - the same slot: the same plan, athlete, day, sport and place among that day's workouts of that
//   sport, whatever the content (a revised plan's row and the workout its earlier import made);
// - the same look on a calendar: the same day, sport and title (a likely duplicate, or the
//   workout a timed-out create may have made).

/** Identical content: the day and everything that would be sent, but not where the row sat in the file. */
export function contentKeyOf(workout: PlannedWorkout): string {
  const { rowNumber: _rowNumber, part: _part, phase: _phase, athleteRef: _athleteRef, ...content } = workout;
  const canonical = JSON.stringify(
    Object.keys(content)
      .sort()
      .map((key) => [key, content[key as keyof typeof content]]),
  );
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * The content keys of one athlete's workouts, in row order. A plan may hold the same workout twice
 * (the preview says it will be imported twice): its second and later copies get numbered keys, so
 * each copy is a workout of its own, and importing the same file again still finds every copy.
 */
export function contentKeysOf(workouts: readonly PlannedWorkout[]): string[] {
  const copies = new Map<string, number>();
  return workouts.map((workout) => {
    const key = contentKeyOf(workout);
    const copy = copies.get(key) ?? 0;
    copies.set(key, copy + 1);
    return copy === 0 ? key : `${key}#${copy + 1}`;
  });
}

/**
 * Which plan a file is: its name without folder, extension, case, a browser's " (1)" or a
 * version mark such as " v2", "-rev3", "_final", " 2" (a year stays: "marathon 2027"). "Base plan v2.csv" revises "base-plan.csv".
 */
export function planKeyOf(fileName: string): string {
  let name = fileName.split(/[\\/]/).pop() ?? "";
  name = name.toLowerCase().replace(/\.[a-z0-9]{1,5}$/, "");
  for (let previous = ""; previous !== name; ) {
    previous = name;
    name = name
      .trim()
      .replace(/\s*\(\d+\)$/, "")
      .replace(/[\s._-]+(ver|version|rev|revision)[\s._-]*\d+$/, "")
      .replace(/[\s._-]+v?\d{1,2}$/, "")
      .replace(/[\s._-]+(revised|draft|final|copy|new|updated)$/, "");
  }
  return name.replace(/[\s._-]+/g, "-") || "plan";
}

/** A workout's slot in its plan: "day|sport|n", n counting that day's workouts of that sport from 0 in row order. */
export type Slot = { workoutDay: string; sport: string; slot: number };

export function slotKeyOf(slot: Slot): string {
  return `${slot.workoutDay}|${slot.sport}|${slot.slot}`;
}

/** The slot of each workout of one athlete's rows, by row key (row number and part, row-key.ts). */
export function slotsOf(workouts: readonly PlannedWorkout[]): Map<string, Slot> {
  const seen = new Map<string, number>();
  const slots = new Map<string, Slot>();
  for (const workout of [...workouts].sort((a, b) => a.rowNumber - b.rowNumber || (a.part ?? 0) - (b.part ?? 0))) {
    const dayAndSport = `${workout.date}|${workout.sport}`;
    const slot = seen.get(dayAndSport) ?? 0;
    seen.set(dayAndSport, slot + 1);
    slots.set(rowKeyOf(workout), { workoutDay: workout.date, sport: workout.sport, slot });
  }
  return slots;
}

/** What a calendar shows of a workout, per sport it may have been planned as: day, sport and title, case and outer spaces aside. */
export function calendarKeysOf(found: Pick<CalendarWorkout, "workoutDay" | "title" | "sports">): string[] {
  return found.sports.map((sport) => keyOf(found.workoutDay, sport, found.title ?? ""));
}

export function plannedCalendarKeyOf(workout: PlannedWorkout): string {
  return keyOf(workout.date, workout.sport, workout.title);
}

/** Whether a workout read back from a calendar looks like the one a row describes. */
export function looksTheSame(found: Pick<CalendarWorkout, "workoutDay" | "title" | "sports">, workout: PlannedWorkout): boolean {
  return calendarKeysOf(found).includes(plannedCalendarKeyOf(workout));
}

function keyOf(day: string, sport: string, title: string): string {
  return `${day.slice(0, 10)}\u0000${sport}\u0000${titleKey(title)}`;
}

export function isSameTitle(a: string, b: string): boolean {
  return titleKey(a) === titleKey(b);
}

function titleKey(title: string): string {
  return title.trim().toLowerCase();
}
