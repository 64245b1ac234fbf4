import type { Sport } from "./sports";

// The sport a workout's own words name, for plans without a sport column (or with a "type"
// column holding workout kinds). Three kinds of evidence, strongest first:
// - a sport word or emoji: "run", "ride", "Rouvy", "pool", "gym", "yoga", "Laufen", "🏊";
// - a rest day: the text starts with "Rest", "Off" or "Day off" (a "rest 2 min" inside an
//   interval description is a recovery, not a day off);
// - a workout kind (Easy, Long, Tempo, Intervals, Recovery, strides, …): the kind of session, not
//   the sport; it takes the plan's main sport (see mainSportOf).

const WORDS: Record<Exclude<Sport, "day_off" | "custom" | "mtb" | "xc_ski">, string[]> = {
  run: [
    "run",
    "runs",
    "running",
    "jog",
    "jogging",
    "treadmill",
    "trail run",
    "laufen",
    "lauf",
    "dauerlauf",
    "course à pied",
    "footing",
    "correr",
    "carrera",
    "corsa",
    "hardlopen",
    "duurloop",
  ],
  bike: [
    "bike",
    "biking",
    "ride",
    "rides",
    "riding",
    "cycling",
    "cycle",
    "spin",
    "spinning",
    "rouvy",
    "zwift",
    "turbo",
    "velo",
    "vélo",
    "rad",
    "radfahren",
    "ciclismo",
    "bici",
    "fietsen",
    "wielrennen",
  ],
  swim: ["swim", "swims", "swimming", "pool", "open water", "schwimmen", "natation", "natación", "natacion", "nuoto", "zwemmen"],
  strength: [
    "strength",
    "gym",
    "weights",
    "lifting",
    "deadlifts",
    "squats",
    "krafttraining",
    "kraft",
    "musculation",
    "fuerza",
    "forza",
    "kracht",
  ],
  crosstrain: [
    "cross",
    "cross-training",
    "cross training",
    "crosstrain",
    "cross-train",
    "xt",
    "elliptical",
    "otf",
    "orangetheory",
    "bootcamp",
    "crossfit",
  ],
  brick: ["brick"],
  race: ["race", "race day", "wettkampf", "gara", "wedstrijd"],
  walk: ["walk", "walking", "hike", "hiking", "wandern"],
  rowing: ["rowing", "erg", "rudern"],
  other: ["yoga", "pilates", "mobility", "stretching", "stretch", "foam roll"],
};
const EMOJI: [string, Sport][] = [
  ["🏃", "run"],
  ["🚴", "bike"],
  ["🚲", "bike"],
  ["🏊", "swim"],
  ["🏋", "strength"],
  ["🧘", "other"],
  ["🚶", "walk"],
  ["🥾", "walk"],
  ["🚣", "rowing"],
  ["🛏", "day_off"],
  ["😴", "day_off"],
];
/** Kinds only a running plan uses; the others (easy, long, recovery, intervals…) belong to any endurance sport. */
const RUN_KINDS = [
  "strides",
  "tempo",
  "tempo run",
  "fartlek",
  "pace",
  "pace run",
  "track",
  "marathon",
  "half marathon",
  "shakeout",
  "progression",
  "hill",
  "hills",
  "cruise",
  "repeats",
  "medium-long",
  "general aerobic",
  "lactate threshold",
  "long run",
  "easy run",
  "jog",
];
const KINDS = [
  ...RUN_KINDS,
  "easy",
  "ez",
  "long",
  "interval",
  "intervals",
  "recovery",
  "threshold",
  "speed",
  "aerobic",
  "endurance",
  "sweet spot",
  "vo2",
  "vo2max",
  "z2",
  "base",
  "steady",
  "dauer",
  "locker",
  "tempodauerlauf",
  "intervalle",
  "fractionné",
  "suave",
  "rodaje",
  "lento",
  "duur",
  "rustig",
];
const REST = /^\s*(?:[🛏😴]\S*\s*)?(?:rest|off|day off|rest day|ruhetag|repos|descanso|riposo|rust)\b/iu;

const RACE_PACE = /race[- ]?pace/giu;
const REPEAT = /\d+\s*[x×]/u;
// "6x400m fast / 90s walk": inside intervals, a walk, jog or rest is the recovery, not the sport.
const RECOVERY = /\d+(?:[.,]\d+)?\s*(?:s|sec|secs|seconds|min|mins|minutes|m|'|")?\s*(?:walk|walking|jog|jogging|rest)\b/giu;
const RUN_KIND = new RegExp(`(?<![\\p{L}\\d])(${RUN_KINDS.join("|")})(?![\\p{L}])`, "iu");

const SPORT_OF_WORD = new Map<string, Sport>();
for (const [sport, words] of Object.entries(WORDS) as [Sport, string[]][]) for (const word of words) SPORT_OF_WORD.set(word, sport);
const SPORT_WORDS = wordPattern([...SPORT_OF_WORD.keys()]);
const KIND_WORDS = wordPattern(KINDS);

function wordPattern(words: string[]): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.]/g, "\\."));
  return new RegExp(`(?<![\\p{L}\\d])(${sorted.join("|")})(?![\\p{L}])`, "iu");
}

export type SportEvidence = { sport: Sport; word: string } | { kind: string } | null;

/** Whether a kind-only workout's words or distance are a run's: a running kind, or a distance up to a marathon's. */
export function looksLikeRun(text: string, meters: number | undefined): boolean {
  return RUN_KIND.test(text) || (meters !== undefined && meters <= 45_000);
}

/** What a piece of text says about its sport: a sport (with the word that said it), only a workout kind, or nothing. */
export function sportEvidence(text: string): SportEvidence {
  if (text === "") return null;
  text = text.replace(RACE_PACE, "pace");
  if (REPEAT.test(text)) text = text.replace(RECOVERY, " ");
  const rest = REST.exec(text);
  if (rest) return { sport: "day_off", word: rest[0].trim() };
  let first: { sport: Sport; word: string; at: number } | null = null;
  for (const [emoji, sport] of EMOJI) {
    const at = text.indexOf(emoji);
    if (at !== -1 && (first === null || at < first.at)) first = { sport, word: emoji, at };
  }
  const word = SPORT_WORDS.exec(text);
  if (word && (first === null || word.index < first.at)) {
    first = { sport: SPORT_OF_WORD.get((word[1] ?? "").toLowerCase()) ?? "other", word: word[1] ?? "", at: word.index };
  }
  if (first) return { sport: first.sport, word: first.word };
  const kind = KIND_WORDS.exec(text);
  return kind ? { kind: kind[1] ?? "" } : null;
}

/**
 * The sport a plan's kind-only rows (Easy, Long, Tempo…) and unmarked rows take: the one
 * endurance sport the plan names when it names only one of bike and swim, unless more kind-only
 * rows look like runs (looksLikeRun) than name that sport; else run (workout kinds are a running plan's words). `why` says so.
 */
export function mainSportOf(named: ReadonlyMap<Sport, number>, runLike = 0): { sport: Sport; why: string } {
  const endurance = (["run", "bike", "swim"] as const).filter((sport) => (named.get(sport) ?? 0) > 0);
  if (endurance.length === 1 && endurance[0] !== "run" && runLike <= (named.get(endurance[0] as Sport) ?? 0)) {
    const sport = endurance[0] as Sport;
    return { sport, why: `the plan's other workouts are ${sport === "bike" ? "rides" : "swims"}` };
  }
  if (endurance.includes("run")) return { sport: "run", why: "the plan's other workouts are runs" };
  if (runLike > 0) return { sport: "run", why: "their words and distances are a running plan's (tempo, strides, 5 km easy…)" };
  return { sport: "run", why: "no row names a sport, and workout kinds such as Easy, Long and Tempo are a running plan's words" };
}
