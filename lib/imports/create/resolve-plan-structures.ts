import "server-only";
import type { ParsedRow } from "@/lib/plans/plan-result";
import { applyTotals } from "@/lib/plans/read-structure";
import type { Sport } from "@/lib/plans/sports";
import { resolveStructure } from "@/lib/workouts/resolve-structure";
import type { Thresholds } from "@/lib/workouts/structure";
import { structureTotals } from "@/lib/workouts/totals";

/** The athlete's thresholds for a sport, from TrainingPeaks; asked only when a row needs one. */
export type ThresholdLoader = (sport: Sport) => Promise<Thresholds>;

/**
 * Before an import is laid down, every structured row is resolved for the athlete: absolute
 * watts and paces become percentages (the plan's own threshold columns first, then the athlete's
 * TrainingPeaks settings), and the planned totals are filled in. A row that still cannot be
 * resolved is kept out with its reason, like any other row error.
 */
export async function resolvePlanStructures(
  rows: ParsedRow[],
  widenPercent: number,
  loadThresholds: ThresholdLoader,
): Promise<ParsedRow[]> {
  const cache = new Map<Sport, Promise<Thresholds>>();
  const athleteThresholds = (sport: Sport) => {
    let loaded = cache.get(sport);
    if (!loaded) {
      loaded = loadThresholds(sport);
      cache.set(sport, loaded);
    }
    return loaded;
  };

  const resolved: ParsedRow[] = [];
  for (const row of rows) {
    const { workout } = row;
    if (!workout?.structure) {
      resolved.push(row);
      continue;
    }
    let thresholds = workout.thresholds ?? {};
    let resolution = resolveStructure(workout.structure, { thresholds, widenPercent });
    if ("error" in resolution && resolution.missing) {
      thresholds = { ...(await athleteThresholds(workout.sport)), ...thresholds };
      resolution = resolveStructure(workout.structure, { thresholds, widenPercent });
    }
    if ("error" in resolution) {
      const issue = { rowNumber: row.rowNumber, column: "structure", severity: "error" as const, message: resolution.error };
      resolved.push({ ...row, status: "error", workout: null, issues: [...row.issues, issue] });
      continue;
    }
    const next = { ...workout, structure: { blocks: resolution.structure.blocks } };
    applyTotals(next, structureTotals(resolution.structure, thresholds), () => undefined);
    resolved.push({ ...row, workout: next });
  }
  return resolved;
}
