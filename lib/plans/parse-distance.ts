import { parseNumber } from "./parse-number";

export type DistanceUnit = "m" | "km" | "mi" | "yd";
export type DistanceParse = { meters: number } | { error: string };

export const METERS_PER_UNIT: Record<DistanceUnit, number> = { m: 1, km: 1000, mi: 1609.344, yd: 0.9144 };
const MAX_METERS = 1_000_000;
const UNIT_ALIASES: Record<string, DistanceUnit> = {
  m: "m",
  mtr: "m",
  meter: "m",
  meters: "m",
  metre: "m",
  metres: "m",
  km: "km",
  kms: "km",
  kilometer: "km",
  kilometers: "km",
  kilometre: "km",
  kilometres: "km",
  k: "km",
  mi: "mi",
  mile: "mi",
  miles: "mi",
  yd: "yd",
  yds: "yd",
  yrd: "yd",
  yard: "yd",
  yards: "yd",
  y: "yd",
};

export function parseDistanceUnit(text: string): DistanceUnit | null {
  return UNIT_ALIASES[text.trim().toLowerCase()] ?? null;
}

/**
 * Reads a distance into metres. The unit comes from the cell ("10 km"), else from a unit column,
 * else from the column name (PlannedDistanceInMeters). Without any unit the row gets an error:
 * guessing between metres, kilometres and miles is how plans end up wrong.
 */
export function parseDistance(text: string, unit: DistanceUnit | null, allowDecimalComma: boolean): DistanceParse {
  const cell = text.trim();
  const match = /^(.+?)\s*([a-zA-Z]+)$/.exec(cell);
  const numberText = match ? (match[1] ?? "") : cell;
  const inlineUnit = match ? parseDistanceUnit(match[2] ?? "") : null;
  if (match && inlineUnit === null) return { error: `"${cell}" has a unit we don't know. Use m, km, mi or yd.` };

  const value = parseNumber(numberText, allowDecimalComma);
  if (value === null) return { error: `"${cell}" is not a distance we can read.` };
  const effectiveUnit = inlineUnit ?? unit;
  if (effectiveUnit === null) {
    return { error: `The distance ${cell} has no unit. Add a distance unit column or write it as ${cell} km.` };
  }
  const meters = value * METERS_PER_UNIT[effectiveUnit];
  if (meters <= 0) return { error: `The distance "${cell}" must be more than zero.` };
  if (meters > MAX_METERS) return { error: `The distance "${cell}" is more than 1,000 km.` };
  return { meters: Math.round(meters * 100) / 100 };
}
