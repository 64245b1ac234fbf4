import type { Db } from "@/lib/db/client";
import { type PlannedWorkout, plannedWorkoutSchema } from "@/lib/plans/workout";
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

const KEYS_PER_QUERY = 500;

/**
 * Compares one athlete's rows of a plan with what PlanDrop's ledger says earlier imports put on
 * that calendar: by content first (unchanged), then, for the same plan, by slot (changed). What is
 * left of the earlier imports this plan revises is missing from it. Rows matching nothing are new.
 */
export async function compareWithEarlier(db: Db, athleteId: string, planKey: string, rows: KeyedRow[]): Promise<Comparison> {
  const unchanged = new Map<string, string>();
  const used = new Set<string>();
  const byContent = await entriesWithContent(
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

  const ofPlan = planKey
    ? await db.ledgerEntry.findMany({ where: { athleteId, planKey, tpWorkoutId: { not: null } }, orderBy: { createdAt: "desc" } })
    : [];
  const earlierRows = await rowsById(
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

/** Ledger entries of workouts made with these contents, asked in slices small enough for SQLite's parameter limit. */
async function entriesWithContent(db: Db, athleteId: string, keys: string[]) {
  const found = new Map<string, { id: string; tpWorkoutId: string }>();
  for (let start = 0; start < keys.length; start += KEYS_PER_QUERY) {
    const entries = await db.ledgerEntry.findMany({
      where: { athleteId, contentKey: { in: keys.slice(start, start + KEYS_PER_QUERY) }, tpWorkoutId: { not: null } },
      select: { id: true, contentKey: true, tpWorkoutId: true },
    });
    for (const entry of entries) found.set(entry.contentKey, { id: entry.id, tpWorkoutId: entry.tpWorkoutId as string });
  }
  return found;
}

async function rowsById(db: Db, ids: string[]) {
  const found = new Map<string, { jobId: string; title: string; workout: PlannedWorkout | null }>();
  for (let start = 0; start < ids.length; start += KEYS_PER_QUERY) {
    const rows = await db.importRow.findMany({
      where: { id: { in: ids.slice(start, start + KEYS_PER_QUERY) } },
      select: { id: true, jobId: true, title: true, workoutJson: true },
    });
    for (const row of rows) {
      const parsed = row.workoutJson ? plannedWorkoutSchema.safeParse(JSON.parse(row.workoutJson)) : null;
      found.set(row.id, { jobId: row.jobId, title: row.title, workout: parsed?.success ? parsed.data : null });
    }
  }
  return found;
}
