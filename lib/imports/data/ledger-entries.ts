import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { gatherWrites, jsonRows, numbered, perDatabase, statementsAtOnce } from "./gather-writes";
import type { ClaimedRow } from "./row-claims";

/**
 * Reserves this workout content for this athlete before it is sent. Returns "ours" when the
 * reservation is this row's (new, or left from an earlier attempt), or the workout id another
 * row already created, or "taken" while another row is sending the same content.
 */
export async function reserveLedgerEntry(db: Db, row: ClaimedRow): Promise<"ours" | "taken" | { tpWorkoutId: string }> {
  const { athleteId } = row;
  if (await reservations(db)(row)) return "ours";
  const existing = await db.ledgerEntry.findUnique({ where: { athleteId_contentKey: { athleteId, contentKey: row.contentKey } } });
  if (!existing) return reserveLedgerEntry(db, row); // released in between: try again
  if (existing.tpWorkoutId) return { tpWorkoutId: existing.tpWorkoutId };
  return existing.rowId === row.id ? "ours" : "taken";
}

const RESERVATION_COLUMNS = ["id", "athleteId", "contentKey", "rowId", "planKey", "workoutDay", "sport", "slot"] as const;

/** The senders' reservations of one wave, made by one INSERT: true for each made, false where the content was reserved already. */
const reservations = perDatabase((db) => {
  const columns = RESERVATION_COLUMNS.map((column) => `"${column}"`).join(", ");
  // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join.
  const insert = numbered(
    db,
    `INSERT INTO "LedgerEntry" (${columns}, "createdAt")
     SELECT ${columns}, $2 FROM ${jsonRows(db, "LedgerEntry", RESERVATION_COLUMNS)} WHERE true
     ON CONFLICT ("athleteId", "contentKey") DO NOTHING RETURNING "rowId"`,
  );
  return gatherWrites<ClaimedRow, boolean>(
    async (rows) => {
      const made = await db.$queryRawUnsafe<{ rowId: string }[]>(
        insert,
        // Sorted by the ledger key, the same way in every statement: two under way at once then take its locks in the same order and never deadlock.
        JSON.stringify(rows.map(reservation).sort((a, b) => compare(a.athleteId, b.athleteId) || compare(a.contentKey, b.contentKey))),
        new Date(),
      );
      const madeFor = new Set(made.map((entry) => entry.rowId));
      return rows.map((row) => madeFor.has(row.id));
    },
    async (row) => {
      try {
        await db.ledgerEntry.create({ data: reservation(row), select: { id: true } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    statementsAtOnce(db),
  );
});

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function reservation(row: ClaimedRow) {
  return {
    id: randomUUID(),
    athleteId: row.athleteId,
    contentKey: row.contentKey,
    rowId: row.id,
    planKey: row.planKey,
    workoutDay: row.workout.date,
    sport: row.workout.sport,
    slot: row.slot,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/** Which of these workouts PlanDrop's ledger holds for the athlete (workouts an import made). */
export async function workoutIdsInLedger(db: Db, athleteId: string, tpWorkoutIds: string[]): Promise<Set<string>> {
  const entries = await db.ledgerEntry.findMany({ where: { athleteId, tpWorkoutId: { in: tpWorkoutIds } }, select: { tpWorkoutId: true } });
  return new Set(entries.flatMap((entry) => (entry.tpWorkoutId ? [entry.tpWorkoutId] : [])));
}

/**
 * Whether PlanDrop knows this workout other than as `rowId`'s own: the ledger holds it for another
 * row, or the duplicate check found it on the calendar before anything was sent (the athlete's own).
 */
export async function isKnownElsewhere(db: Db, athleteId: string, tpWorkoutId: string, rowId: string): Promise<boolean> {
  const owned = await db.ledgerEntry.findFirst({ where: { athleteId, tpWorkoutId, NOT: { rowId } } });
  const foundBefore = owned ? null : await db.importRow.findFirst({ where: { athleteId, duplicateOf: tpWorkoutId }, select: { id: true } });
  return owned !== null || foundBefore !== null;
}

/** Of these workouts, those PlanDrop knows: in the ledger, a row's workout, or one a duplicate check found. */
export async function knownWorkoutIds(db: Db, athleteId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const [ledger, rows] = await Promise.all([
    db.ledgerEntry.findMany({ where: { athleteId, tpWorkoutId: { in: ids } }, select: { tpWorkoutId: true } }),
    db.importRow.findMany({
      where: { athleteId, OR: [{ tpWorkoutId: { in: ids } }, { duplicateOf: { in: ids } }] },
      select: { tpWorkoutId: true, duplicateOf: true },
    }),
  ]);
  return new Set(
    [...ledger.map((entry) => entry.tpWorkoutId), ...rows.flatMap((row) => [row.tpWorkoutId, row.duplicateOf])].filter(
      (id): id is string => id !== null,
    ),
  );
}

/** A workout gone from TrainingPeaks leaves the ledger. */
export async function dropLedgerEntry(db: Db, athleteId: string, tpWorkoutId: string) {
  await db.ledgerEntry.deleteMany({ where: { athleteId, tpWorkoutId } });
}

/** The ledger entry of a workout points at the row whose content it holds again (an update undone). */
export async function pointLedgerEntryAt(
  db: Db,
  athleteId: string,
  tpWorkoutId: string,
  row: { id: string; contentKey: string; workoutDay: string; slot: number },
  sport: string,
) {
  await db.ledgerEntry.updateMany({
    where: { athleteId, tpWorkoutId },
    data: { contentKey: row.contentKey, rowId: row.id, workoutDay: row.workoutDay, slot: row.slot, sport },
  });
}
