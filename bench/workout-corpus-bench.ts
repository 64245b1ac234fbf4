// Workout texts people published (../shared/real-plans/workouts/, one text per file, named
// <sport>_<source>-<name>.txt): how many PlanDrop reads, and how many it reads with the right
// total. The totals below were worked out by hand from each text (repeats expanded); a distance
// workout is checked on its metres. Thresholds stand in for the athlete's TrainingPeaks settings,
// which the import reads when the plan has none. Files without a hand total count as unchecked.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Sport } from "../lib/plans/sports";
import { parseWorkoutText } from "../lib/workouts/parse-notation";
import { resolveStructure } from "../lib/workouts/resolve-structure";
import type { Thresholds } from "../lib/workouts/structure";
import { structureTotals } from "../lib/workouts/totals";

/** The corpus sits beside the checkout; REAL_PLANS_DIR points elsewhere (a git worktree, say). */
const FOLDER = path.resolve(process.env.REAL_PLANS_DIR ?? "../shared/real-plans", "workouts");
const SPORT_OF_PREFIX: Record<string, Sport> = { ride: "bike", run: "run", swim: "swim" };
/** FTP 250 W, LTHR 165, max HR 185, threshold pace 4:30/km (run) or 1:45/100m (swim). */
const THRESHOLDS = (sport: Sport): Thresholds => ({
  ftpWatts: 250,
  thresholdHr: 165,
  maxHr: 185,
  thresholdSpeed: sport === "swim" ? 100 / 105 : 1000 / 270,
});

type Expected = { seconds: number } | { meters: number };
const HAND_TOTALS: Record<string, Expected> = {
  "ride_catalog-short-short-vo2.txt": { seconds: 15 * 60 + 3 * (6 * 30 + 6 * 30 + 300) + 600 },
  "ride_catalog-sweet-spot.txt": { seconds: 17 * 60 + 3 * 15 * 60 + 600 },
  "ride_catalog-tabata.txt": { seconds: 600 + 3 * 30 + 3 * 30 + 300 + 2 * (8 * 20 + 8 * 10 + 300) + 600 },
  "ride_domestique-freeride.txt": { seconds: (10 + 20 + 5 + 20 + 8) * 60 },
  "ride_domestique-over-unders.txt": { seconds: 15 * 60 + 3 * 13 * 60 + 600 },
  "ride_forum-api-library-test.txt": { seconds: 120 + 4 * (30 + 270) + 60 },
  "ride_forum-workout-builder-intro.txt": { seconds: (20 + 6 * 9 + 20) * 60 },
  "ride_gist-ai-sample1-endurance.txt": { seconds: 60 * 60 },
  "ride_gist-ai-sample2-vo2.txt": { seconds: (10 + 5 * 5 + 8) * 60 },
  "ride_tp2i-hr-test.txt": { seconds: 50 * 60 },
  "ride_tp2i-power-test.txt": { seconds: 50 * 60 },
  "run_catalog-cruise-intervals.txt": { seconds: 15 * 60 + 4 * (300 + 90) + 600 },
  "run_domestique-tempo-ramp.txt": { seconds: 45 * 60 },
  "run_domestique-track-800m.txt": { meters: 2000 + 4 * 200 + 5 * 1200 + 2000 },
  "run_tp2i-pace-test.txt": { seconds: 40 * 60 },
  "swim_catalog-base-endurance.txt": { meters: 500 + 4 * 300 + 200 },
  "swim_catalog-css.txt": { meters: 400 + 4 * 50 + 5 * 200 + 200 },
  "swim_tp2i-distance-test.txt": { meters: 800 + 500 + 300 },
};

if (!existsSync(FOLDER)) {
  console.log(`Workout-text corpus: ${FOLDER} not found, skipped (set REAL_PLANS_DIR to the real-plans folder).`);
} else {
  const files = readdirSync(FOLDER)
    .filter((file) => file.endsWith(".txt"))
    .sort();
  let read = 0;
  let right = 0;
  let unchecked = 0;
  const misses: string[] = [];
  for (const file of files) {
    const sport = SPORT_OF_PREFIX[file.split("_")[0] ?? ""] ?? "other";
    const parsed = parseWorkoutText(readFileSync(path.join(FOLDER, file), "utf8"), sport);
    const resolution = parsed.structure ? resolveStructure(parsed.structure, { thresholds: THRESHOLDS(sport) }) : null;
    if (!resolution || "error" in resolution) {
      const firstError = parsed.issues.find((issue) => issue.severity === "error");
      misses.push(
        `${file}: not read (${firstError ? `line ${firstError.line}, column ${firstError.column}: ${firstError.message}` : resolution && "error" in resolution ? resolution.error : "no structure"})`,
      );
      continue;
    }
    read++;
    const expected = HAND_TOTALS[file];
    if (!expected) {
      unchecked++;
      continue;
    }
    const totals = structureTotals(resolution.structure, THRESHOLDS(sport));
    const got = "seconds" in expected ? totals.seconds : totals.meters;
    const want = "seconds" in expected ? expected.seconds : expected.meters;
    if (got !== null && Math.abs(got - want) <= 1) right++;
    else misses.push(`${file}: total ${got ?? "unknown"} ${"seconds" in expected ? "s" : "m"}, by hand ${want}`);
  }
  const percent = (count: number) => `${((count / Math.max(1, files.length)) * 100).toFixed(0)} %`;
  console.log(
    `Workout-text corpus, ${files.length} texts: ${read} read (${percent(read)}), ${right} with the right total time or distance (${percent(right)}; target ≥ 90 %)${unchecked ? `, ${unchecked} without a hand total` : ""}`,
  );
  if (process.env.BENCH_VERBOSE) for (const miss of misses) console.log(`  ${miss}`);
}
