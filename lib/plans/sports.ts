import { z } from "zod";

// Our own sport names. lib/trainingpeaks/map-workout.ts turns them into TrainingPeaks ids.
export const SPORTS = [
  "swim",
  "bike",
  "run",
  "brick",
  "crosstrain",
  "race",
  "day_off",
  "mtb",
  "strength",
  "custom",
  "xc_ski",
  "rowing",
  "walk",
  "other",
] as const;
export const sportSchema = z.enum(SPORTS);
export type Sport = z.infer<typeof sportSchema>;

export const SPORT_LABELS: Record<Sport, string> = {
  swim: "Swim",
  bike: "Bike",
  run: "Run",
  brick: "Brick",
  crosstrain: "Crosstrain",
  race: "Race",
  day_off: "Day Off",
  mtb: "Mountain Bike",
  strength: "Strength",
  custom: "Custom",
  xc_ski: "XC-Ski",
  rowing: "Rowing",
  walk: "Walk",
  other: "Other",
};

const ALIASES: Record<Sport, string[]> = {
  swim: ["swim", "swimming", "open water", "open water swim", "pool swim", "pool"],
  bike: [
    "bike",
    "cycling",
    "cycle",
    "ride",
    "road",
    "road bike",
    "virtualride",
    "virtual ride",
    "indoor ride",
    "indoor cycling",
    "trainer",
    "zwift",
    "gravel",
  ],
  run: ["run", "running", "trail run", "trail running", "treadmill", "virtualrun", "jog"],
  brick: ["brick"],
  crosstrain: ["crosstrain", "cross-train", "cross train", "cross training", "cross-training"],
  race: ["race", "event"],
  day_off: ["day off", "dayoff", "rest", "rest day", "off", "recovery day"],
  mtb: ["mtb", "mountain bike", "mountain biking", "mountainbikeride"],
  strength: ["strength", "gym", "weights", "weight training", "weighttraining", "strength training", "core"],
  custom: ["custom"],
  xc_ski: ["xc-ski", "xc ski", "xcski", "nordic ski", "nordicski", "cross-country ski", "cross country ski", "cross-country skiing"],
  rowing: ["rowing", "row", "erg", "indoor rowing"],
  walk: ["walk", "walking", "hike", "hiking"],
  other: ["other", "yoga", "mobility", "stretching"],
};

const SPORT_BY_ALIAS = new Map<string, Sport>(
  (Object.entries(ALIASES) as [Sport, string[]][]).flatMap(([sport, names]) => names.map((name) => [name, sport] as const)),
);

/** Finds the sport a cell names, ignoring case and extra spaces; null when it names none we know. */
export function findSport(text: string): Sport | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, " ");
  return SPORT_BY_ALIAS.get(key) ?? SPORT_BY_ALIAS.get(key.replace(/ /g, "")) ?? null;
}
