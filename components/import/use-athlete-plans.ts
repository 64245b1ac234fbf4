"use client";

import { useMemo } from "react";
import { formatPlanDate } from "@/lib/format";
import type { AccountView } from "@/lib/imports/wire/account-view";
import type { ParsedRow, PlanOptions, PlanParse } from "@/lib/plans/plan-result";
import type { AthleteDates } from "./athlete-picker";

/** One calendar's worth of the plan: whose it is and its rows on their dates. */
export type AthletePlan = { key: string; name: string; rows: readonly ParsedRow[]; note?: string };

type Input = {
  csv: string | null;
  options: PlanOptions;
  parsed: PlanParse | null;
  parse: ((csv: string, options: PlanOptions) => PlanParse) | null;
  ownName: string | null;
  isCoach: boolean;
  hasAthleteColumn: boolean;
  roster: AccountView["roster"];
  picked: [string, AthleteDates][];
};

/**
 * The plan as each calendar will get it. A coach's picked athletes each get the plan read with
 * their own start or race date, exactly as the server reads it (lib/imports/create/athlete-targets.ts);
 * a plan with an athlete column is split by that column; anyone else gets the plan as previewed.
 */
export function useAthletePlans({ csv, options, parsed, parse, ownName, isCoach, hasAthleteColumn, roster, picked }: Input): AthletePlan[] {
  return useMemo(() => {
    if (!csv || !parse || !parsed?.ok) return [];
    if (isCoach && hasAthleteColumn) return splitByAthleteColumn(parsed.rows, roster);
    if (!isCoach || picked.length === 0) {
      return [
        {
          key: "plan",
          name: ownName ?? "this plan",
          rows: parsed.rows,
          note: isCoach ? "Pick athletes to see the plan on each one's calendar." : undefined,
        },
      ];
    }
    return picked.map(([athleteId, choice]) => {
      const name = roster.find((athlete) => athlete.athleteId === athleteId)?.name ?? athleteId;
      const ownDates = choice.raceDate
        ? { startDate: undefined, raceDate: choice.raceDate }
        : choice.startDate
          ? { startDate: choice.startDate }
          : null;
      const athleteParse = ownDates ? parse(csv, { ...options, ...ownDates }) : parsed;
      const note = choice.raceDate
        ? `Race day ${formatPlanDate(choice.raceDate)}`
        : choice.startDate
          ? `Starts ${formatPlanDate(choice.startDate)}`
          : undefined;
      return { key: athleteId, name, rows: athleteParse.ok ? athleteParse.rows : [], note };
    });
  }, [csv, options, parsed, parse, ownName, isCoach, hasAthleteColumn, roster, picked]);
}

function splitByAthleteColumn(rows: readonly ParsedRow[], roster: AccountView["roster"]): AthletePlan[] {
  const byName = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    const ref = row.fields.athleteRef?.trim() ?? "";
    const athlete = roster.find((candidate) => candidate.athleteId === ref || candidate.name.toLowerCase() === ref.toLowerCase());
    const name = athlete?.name ?? (ref || "no athlete named");
    byName.set(name, [...(byName.get(name) ?? []), row]);
  }
  return [...byName].map(([name, athleteRows]) => ({ key: name, name, rows: athleteRows }));
}
