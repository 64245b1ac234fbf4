import type { Metric } from "./structure";

// The zone tables PlanDrop uses for Z1–Z7, as percentages of the metric's threshold (for pace,
// of threshold pace as speed: higher is faster). Power follows Coggan's levels; heart rate
// follows Friel's zones on lactate threshold HR; pace follows Friel's run pace zones.

export const ZONE_TABLES: Record<"power" | "thresholdHr" | "pace", [number, number][]> = {
  power: [
    [45, 55],
    [56, 75],
    [76, 90],
    [91, 105],
    [106, 120],
    [121, 150],
    [151, 200],
  ],
  thresholdHr: [
    [65, 81],
    [82, 89],
    [90, 93],
    [94, 99],
    [100, 102],
    [103, 106],
    [107, 110],
  ],
  pace: [
    [60, 77],
    [78, 88],
    [89, 95],
    [96, 100],
    [101, 104],
    [105, 110],
    [111, 130],
  ],
};

export function zoneRange(metric: Metric, zone: number): [number, number] | null {
  if (metric === "maxHr") return null;
  return ZONE_TABLES[metric][zone - 1] ?? null;
}

/**
 * The widest honest range of a metric, for a step written without a target (TrainingPeaks needs
 * one): the whole zone table, Z1's floor to Z7's ceiling; for max HR, which has no table here, 50–100 %.
 */
export function widestRange(metric: Metric): [number, number] {
  if (metric === "maxHr") return [50, 100];
  const table = ZONE_TABLES[metric];
  return [table[0]?.[0] ?? 1, table[table.length - 1]?.[1] ?? 100];
}
