import "server-only";
import { AppError } from "@/lib/errors";
import type { AthleteChoice } from "@/lib/imports/wire/requests";
import { assertJobSize } from "./job-limits";
import type { ParsedRow, PlanOptions } from "@/lib/plans/plan-result";
import { parsePlanCsv } from "@/lib/plans/parse-plan-csv";
import type { TrainingPeaksAccount } from "@/lib/trainingpeaks/account";

// Whose calendars an import goes on. An athlete's own token or connection: theirs. A coach's:
// the athletes picked (each with a start date, or a race date on which the plan's last day
// lands), or the plan's own athlete column.

export type AthleteRowsPlan = { athleteId: string; athleteName: string; rows: ParsedRow[] };

export function planForAthletes(
  account: TrainingPeaksAccount,
  csv: string,
  options: PlanOptions,
  choices: AthleteChoice[],
): AthleteRowsPlan[] {
  // One parse tells whether the plan has an athlete column; it is the plan itself unless a coach's
  // first athlete had to lend it a start date.
  const lentStart = !options.startDate && choices[0]?.startDate;
  const probe = parsePlanCsv(csv, lentStart ? { ...options, startDate: lentStart } : options);
  if (!probe.ok) throw new AppError("invalid_plan", probe.fileError);
  const plan = () => checked(lentStart ? parsePlanCsv(csv, options) : probe);
  if (probe.rows.some((row) => row.fields.athleteRef)) return routeByColumn(account, plan().rows);

  if (!account.isCoach) {
    if (!account.athleteId) throw new AppError("coach_account", "This account has no calendar of its own.");
    return [{ athleteId: account.athleteId, athleteName: account.name, rows: requireUsable(plan()).rows }];
  }
  if (choices.length === 0) throw new AppError("invalid_plan", "Choose the athletes this plan is for.");
  assertJobSize(probe.rows.length, choices.length);
  return choices.map((choice) => {
    const athlete = rosterAthlete(account, choice.athleteId);
    const dates = choice.raceDate
      ? { startDate: undefined, raceDate: choice.raceDate }
      : { startDate: choice.startDate ?? options.startDate };
    return {
      athleteId: athlete.athleteId,
      athleteName: athlete.name,
      rows: requireUsable(parseOrThrow(csv, { ...options, ...dates })).rows,
    };
  });
}

function routeByColumn(account: TrainingPeaksAccount, rows: ParsedRow[]): AthleteRowsPlan[] {
  const byAthlete = new Map<string, AthleteRowsPlan>();
  for (const row of rows) {
    const ref = row.fields.athleteRef ?? "";
    const athlete = ref ? findAthlete(account, ref) : null;
    if (!athlete) {
      const message = !ref
        ? "This row names no athlete."
        : isOwnAccount(account, ref)
          ? ownAccountMessage(account)
          : `No athlete "${ref}" in your TrainingPeaks roster; connect them in TrainingPeaks first.`;
      throw new AppError("invalid_plan", `Row ${row.rowNumber}: ${message}`);
    }
    const entry = byAthlete.get(athlete.athleteId) ?? { athleteId: athlete.athleteId, athleteName: athlete.name, rows: [] };
    entry.rows.push(row);
    byAthlete.set(athlete.athleteId, entry);
  }
  return [...byAthlete.values()];
}

function findAthlete(account: TrainingPeaksAccount, ref: string): { athleteId: string; name: string } | null {
  const key = ref.trim().toLowerCase();
  const roster = account.isCoach ? account.roster : [{ athleteId: account.athleteId ?? "", name: account.name, email: account.email }];
  return (
    roster.find(
      (athlete) =>
        athlete.athleteId === key || athlete.name.toLowerCase() === key || ("email" in athlete && athlete.email?.toLowerCase() === key),
    ) ?? null
  );
}

function rosterAthlete(account: TrainingPeaksAccount, athleteId: string) {
  const athlete = account.roster.find((candidate) => candidate.athleteId === athleteId);
  if (athlete) return athlete;
  if (athleteId === account.userId) throw new AppError("invalid_plan", ownAccountMessage(account));
  throw new AppError("invalid_plan", `Athlete ${athleteId} is not in your TrainingPeaks roster; connect them in TrainingPeaks first.`);
}

function isOwnAccount(account: TrainingPeaksAccount, ref: string): boolean {
  const key = ref.trim().toLowerCase();
  return account.isCoach && (key === account.userId || key === account.name.toLowerCase() || key === account.email?.toLowerCase());
}

function ownAccountMessage(account: TrainingPeaksAccount): string {
  return `TrainingPeaks does not list ${account.name}'s own calendar among the athletes of this coach account, so this plan can only go to the athletes you coach.`;
}

function parseOrThrow(csv: string, options: PlanOptions) {
  return checked(parsePlanCsv(csv, options));
}

/** A plan that can be placed on a calendar: readable, with a start date and a date order where it needs them. */
function checked(plan: ReturnType<typeof parsePlanCsv>) {
  if (!plan.ok) throw new AppError("invalid_plan", plan.fileError);
  if (plan.needs.startDate) throw new AppError("invalid_plan", "Choose the plan start date: this plan counts days from it.");
  if (plan.needs.dateOrder || plan.dateConflict)
    throw new AppError("invalid_plan", "Choose whether the plan's dates are day/month/year or month/day/year.");
  if (plan.needs.distanceUnit)
    throw new AppError("invalid_plan", "Choose the unit of the distances written without one (Distances without a unit are in).");
  return plan;
}

function requireUsable<T extends ReturnType<typeof parseOrThrow>>(plan: T): T {
  if (!plan.rows.some((row) => row.workout))
    throw new AppError("invalid_plan", "No row of this plan can be imported: fix the errors shown in the preview and try again.");
  return plan;
}
