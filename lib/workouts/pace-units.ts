// The distances a pace is written per ("4:30/km", "1:45/100m", "2:05/500m"), in metres: the one
// list the step reader and the target reader both use.

export const PACE_DISTANCE_METERS: Record<string, number> = {
  km: 1000,
  mi: 1609.344,
  mile: 1609.344,
  "100m": 100,
  "100y": 91.44,
  "100yd": 91.44,
  "100yds": 91.44,
  "500m": 500,
  "400m": 400,
  "250m": 250,
};

/** The units above as a regular-expression alternation (longest first, so "100yds" is not read as "100y"). */
export const PACE_UNIT_PATTERN = Object.keys(PACE_DISTANCE_METERS)
  .sort((a, b) => b.length - a.length)
  .join("|");
