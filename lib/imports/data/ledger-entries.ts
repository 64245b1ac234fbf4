import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { commitTogether } from "./commit-together";
import type { ClaimedRow } from "./row-claims";

/**
 * Reserves this workout content for this athlete before it is sent. Returns "ours" when the
 * reservation is this row's (new, or left from an earlier attempt), or the workout id another
 * row already created, or "taken" while another row is sending the same content.
 */
export async function reserveLedgerEntry(db: Db, row: ClaimedRow): Promise<"ours" | "taken" | { tpWorkoutId: string }> {
  const { athleteId } = row;
  try {
    await commitTogether(db, () => [
      db.ledgerEntry.create({
        data: {
          id: randomUUID(),
          athleteId,
          contentKey: row.contentKey,
          rowId: row.id,
          planKey: row.planKey,
          workoutDay: row.workout.date,
          sport: row.workout.sport,
          slot: row.slot,
        },
        select: { id: true },
      }),
    ]);
    return "ours";
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const existing = await db.ledgerEntry.findUnique({ where: { athleteId_contentKey: { athleteId, contentKey: row.contentKey } } });
  if (!existing) return reserveLedgerEntry(db, row); // released in between: try again
  if (existing.tpWorkoutId) return { tpWorkoutId: existing.tpWorkoutId };
  return existing.rowId === row.id ? "ours" : "taken";
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
