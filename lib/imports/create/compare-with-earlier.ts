import "server-only";
import type { Db } from "@/lib/db/client";
import type { PlannedWorkout } from "@/lib/plans/workout";
import { earlierRowsById, ledgerEntriesOfPlan, ledgerEntriesWithContent } from "@/lib/imports/data/earlier-workouts";
import { describeChange } from "./describe-change";
import { isSameTitle, type Slot, slotKeyOf } from "@/lib/imports/ledger/same-workout";

/** rowKey: the row's number and part (row-key.ts), as one row may hold several workouts. */
export type KeyedRow = { rowKey: string; workout: PlannedWorkout; contentKey: string; slot: Slot };
/** A workout an earlier import of this plan made, with the row that made (or last updated) it. */
export type EarlierWorkout = {
  tpWorkoutId: string;
  rowId: string;
  jobId: string | null;
  contentKey: string;
  slot: Slot;
  workout: PlannedWorkout | null;
  title: string;
};
export type Comparison = {
  /** Rows whose exact content PlanDrop already put on this calendar: the workout id. */
  unchanged: Map<string, string>;
  /** Rows in the slot of an earlier import's workout, with other content: that workout and what changes. */
  changed: Map<string, { earlier: EarlierWorkout; change: string }>;
  /** Workouts of the earlier import that no row of this plan is. */
  missing: EarlierWorkout[];
};

/**
 * Compares one athlete's rows of a plan with what PlanDrop's ledger says earlier imports put on
 * that calendar: by content first (unchanged), then, for the same plan, by slot (changed). What is
 * left of the earlier imports this plan revises is missing from it. Rows matching nothing are new.
 */
export async function compareWithEarlier(db: Db, athleteId: string, planKey: string, rows: KeyedRow[]): Promise<Comparison> {
  const unchanged = new Map<string, string>();
  const used = new Set<string>();
  const byContent = await ledgerEntriesWithContent(
    db,
    athleteId,
    rows.map((row) => row.contentKey),
  );
  for (const row of rows) {
    const entry = byContent.get(row.contentKey);
    if (!entry) continue;
    unchanged.set(row.rowKey, entry.tpWorkoutId);
    used.add(entry.id);
  }

  const ofPlan = planKey ? await ledgerEntriesOfPlan(db, athleteId, planKey) : [];
  const earlierRows = await earlierRowsById(
    db,
    ofPlan.map((entry) => entry.rowId),
  );
  const bySlot = new Map<string, EarlierWorkout>();
  const missing: EarlierWorkout[] = [];
  for (const entry of ofPlan) {
    if (used.has(entry.id)) continue;
    const earlierRow = earlierRows.get(entry.rowId);
    const slot = { workoutDay: entry.workoutDay, sport: entry.sport, slot: entry.slot };
    const earlier = {
      tpWorkoutId: entry.tpWorkoutId as string,
      rowId: entry.rowId,
      jobId: earlierRow?.jobId ?? null,
      contentKey: entry.contentKey,
      slot,
      workout: earlierRow?.workout ?? null,
      title: earlierRow?.title ?? "",
    };
    if (bySlot.has(slotKeyOf(slot))) missing.push(earlier);
    else bySlot.set(slotKeyOf(slot), earlier);
  }

  // An earlier import is revised by this plan when they share a workout: the same content, or the
  // same slot and title. Only then do its other workouts count as changed (same slot, new title)
  // or missing. The same file name on other dates, or another pasted plan, revises nothing.
  const revised = new Set<string | null>();
  for (const entry of ofPlan) if (used.has(entry.id)) revised.add(earlierRows.get(entry.rowId)?.jobId ?? null);
  const changed = new Map<string, { earlier: EarlierWorkout; change: string }>();
  for (const pass of ["same title", "revised import"] as const) {
    for (const row of rows) {
      const earlier = bySlot.get(slotKeyOf(row.slot));
      if (!earlier || unchanged.has(row.rowKey) || changed.has(row.rowKey)) continue;
      if (pass === "same title" ? !isSameTitle(row.workout.title, earlier.title) : !revised.has(earlier.jobId)) continue;
      bySlot.delete(slotKeyOf(row.slot));
      changed.set(row.rowKey, { earlier, change: describeChange(earlier.workout, row.workout) });
      revised.add(earlier.jobId);
    }
  }
  revised.delete(null);
  const isRevised = (earlier: EarlierWorkout) => revised.has(earlier.jobId);
  return { unchanged, changed, missing: [...missing, ...bySlot.values()].filter(isRevised).sort(bySlotOrder) };
}

function bySlotOrder(a: EarlierWorkout, b: EarlierWorkout): number {
  return a.slot.workoutDay.localeCompare(b.slot.workoutDay) || a.slot.sport.localeCompare(b.slot.sport) || a.slot.slot - b.slot.slot;
}
