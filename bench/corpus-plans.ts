// The plan half of the corpus figures: each published plan file in ../shared/real-plans/plans is
// parsed as a user would (the start or race date below is the one a user would pick; nothing
// else is answered for them), then checked against a few workouts read off the source by hand.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parsePlanCsv } from "../lib/plans/parse-plan-csv";
import type { PlanOptions } from "../lib/plans/plan-result";

/** One workout read off the file by hand: it must be on that date with that sport, and the figures given. */
type Check = { date: string; sport: string; km?: number; mi?: number; meters?: number; minutes?: number };
type CorpusPlan = { file: string; options?: PlanOptions; noDays?: true; checks: Check[] };

const PLANS: CorpusPlan[] = [
  {
    file: "behobia-halfmarathon-ai-dated.csv",
    checks: [
      { date: "2026-06-22", sport: "run", km: 7 },
      { date: "2026-06-23", sport: "strength" },
      { date: "2026-06-25", sport: "day_off" },
      { date: "2026-06-28", sport: "run", km: 12 },
    ],
  },
  {
    file: "csvtoics-trail-gcal.csv",
    checks: [
      { date: "2018-08-06", sport: "day_off" },
      { date: "2018-08-07", sport: "run", minutes: 30 },
      { date: "2018-08-09", sport: "run", km: 6 },
      { date: "2018-08-11", sport: "run", km: 10 },
    ],
  },
  {
    file: "cycling-8wk-road-builder-md.csv",
    options: { startDate: "2027-01-04" },
    checks: [
      { date: "2027-01-05", sport: "bike", minutes: 72 },
      { date: "2027-01-10", sport: "bike", minutes: 90 },
      { date: "2027-01-15", sport: "bike", minutes: 73 },
    ],
  },
  {
    file: "halfmarathon-hybrid-weekgrid.csv",
    options: { startDate: "2027-01-04" },
    checks: [
      { date: "2027-01-04", sport: "other", minutes: 20 },
      { date: "2027-01-05", sport: "strength" },
      { date: "2027-01-05", sport: "bike", minutes: 30 },
      { date: "2027-01-06", sport: "run", km: 5 },
      { date: "2027-01-07", sport: "day_off" },
      { date: "2027-01-08", sport: "bike" },
      { date: "2027-01-09", sport: "run", km: 8 },
    ],
  },
  {
    file: "halfmarathon-otf-dated.csv",
    checks: [
      { date: "2024-12-02", sport: "crosstrain", mi: 2.5 },
      { date: "2024-12-03", sport: "run", mi: 3, minutes: 30 },
      { date: "2024-12-07", sport: "run", mi: 4, minutes: 45 },
      { date: "2024-12-08", sport: "day_off" },
    ],
  },
  {
    file: "higdon-intermediate1-dated.csv",
    checks: [
      { date: "2025-12-08", sport: "crosstrain" },
      { date: "2025-12-09", sport: "run", mi: 3 },
      { date: "2025-12-12", sport: "day_off" },
      { date: "2025-12-14", sport: "run", mi: 8 },
      { date: "2026-04-11", sport: "race", mi: 26.2 },
    ],
  },
  {
    file: "imlp2017-ironman-sport-columns.csv",
    checks: [
      { date: "2016-12-27", sport: "run", minutes: 30 },
      { date: "2016-12-28", sport: "bike", minutes: 30 },
      { date: "2016-12-28", sport: "run", minutes: 15 },
      { date: "2016-12-31", sport: "bike", minutes: 60 },
      { date: "2016-12-27", sport: "swim" },
    ],
  },
  { file: "marathon-q1q2-sheets-export.csv", noDays: true, checks: [] },
  {
    file: "pfitz-55to70-18wk.csv",
    options: { raceDate: "2027-04-18" },
    checks: [
      { date: "2026-12-14", sport: "day_off" },
      { date: "2026-12-15", sport: "run", mi: 9 },
      { date: "2026-12-16", sport: "run", mi: 11 },
      { date: "2026-12-20", sport: "run", mi: 15 },
      { date: "2027-04-18", sport: "run" },
    ],
  },
  {
    file: "quickplan-ultra80k-weekgrid.csv",
    options: { startDate: "2027-01-04" },
    checks: [
      { date: "2027-01-05", sport: "run", km: 14 },
      { date: "2027-01-06", sport: "run", km: 8 },
      { date: "2027-01-07", sport: "run", km: 11 },
      { date: "2027-01-09", sport: "run", minutes: 90 },
      { date: "2027-01-10", sport: "run", minutes: 180 },
      { date: "2027-01-12", sport: "run", km: 14 },
    ],
  },
  {
    file: "ryanhall-5k-10wk.csv",
    options: { raceDate: "2027-05-16" },
    checks: [
      { date: "2027-03-08", sport: "run", minutes: 25 },
      { date: "2027-03-13", sport: "run", minutes: 60 },
      { date: "2027-03-14", sport: "day_off" },
      { date: "2027-05-16", sport: "race", minutes: 17 },
    ],
  },
  {
    file: "tenmiler-week-weekday-ai.csv",
    options: { startDate: "2027-01-04" },
    checks: [
      { date: "2027-01-05", sport: "run", minutes: 30 },
      { date: "2027-01-07", sport: "run", minutes: 35 },
      { date: "2027-01-16", sport: "run", minutes: 50 },
    ],
  },
  {
    file: "tp-export-ironman-hebrew.csv",
    checks: [
      { date: "2026-02-01", sport: "run", minutes: 80 },
      { date: "2026-02-01", sport: "swim", minutes: 60 },
      { date: "2026-02-03", sport: "run", minutes: 90 },
    ],
  },
  {
    file: "tp-export-triathlon-jan2026.csv",
    checks: [
      { date: "2026-01-01", sport: "swim", meters: 2560.32 },
      { date: "2026-01-01", sport: "strength" },
      { date: "2026-01-02", sport: "run", meters: 7644.01 },
      { date: "2026-01-04", sport: "day_off" },
    ],
  },
];

type Workout = { date: string; sport: string; distanceMeters?: number; durationSeconds?: number };

/** Prints one line per plan file and the totals; returns them for the caller's summary. */
export function reportCorpusPlans(corpus: string) {
  let imported = 0;
  let meetTarget = 0;
  let checksRight = 0;
  let checksTotal = 0;
  for (const plan of PLANS) {
    const text = readFileSync(path.join(corpus, "plans", plan.file), "utf8");
    const parsed = parsePlanCsv(text, plan.options);
    checksTotal += plan.checks.length;
    if (!parsed.ok) {
      if (plan.noDays) meetTarget++;
      console.log(`  ${plan.file}: refused${plan.noDays ? " (as it should: no days)" : ""}: ${parsed.fileError}`);
      continue;
    }
    imported++;
    const valid = parsed.rows.filter((row) => row.status === "ok" || row.status === "warning").length;
    const percent = parsed.rows.length === 0 ? 0 : (100 * valid) / parsed.rows.length;
    const workouts = parsed.rows.flatMap((row) => (row.workout ? [row.workout] : []));
    const failed = plan.checks.filter((check) => !workouts.some((workout) => matches(workout, check)));
    checksRight += plan.checks.length - failed.length;
    if (percent >= 95 && failed.length === 0 && !plan.noDays) meetTarget++;
    const failures = failed.map((check) => JSON.stringify(check)).join(" ");
    console.log(
      `  ${plan.file}: imported, ${parsed.rows.length} workouts, ${percent.toFixed(0)}% valid; checks ${plan.checks.length - failed.length}/${plan.checks.length}${failures ? ` (wrong: ${failures})` : ""}`,
    );
  }
  console.log(
    `Plans: ${imported}/${PLANS.length} imported without a refusal; ${meetTarget}/${PLANS.length} meet the target (≥ 95% rows valid and every check right, or refused for having no days); hand checks ${checksRight}/${checksTotal} right`,
  );
}

function matches(workout: Workout, check: Check): boolean {
  if (workout.date !== check.date || workout.sport !== check.sport) return false;
  const meters = check.meters ?? (check.km !== undefined ? check.km * 1000 : check.mi !== undefined ? check.mi * 1609.344 : undefined);
  if (meters !== undefined && Math.abs((workout.distanceMeters ?? 0) - meters) > 1) return false;
  if (check.minutes !== undefined && Math.abs((workout.durationSeconds ?? 0) - check.minutes * 60) > 30) return false;
  return true;
}
