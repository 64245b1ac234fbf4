import { looksLikeRun, mainSportOf } from "./infer-sport";
import type { DistanceUnit } from "./parse-distance";
import { METERS_PER_UNIT } from "./parse-distance";
import type { PlanNeeds, PlanOptions } from "./plan-result";
import type { RowDraft } from "./row-draft";
import { SPORT_LABELS, type Sport } from "./sports";

// The answers a plan gives as a whole, never silently: every inference is a note on the plan.
// - Kind-only rows (Easy, Long, Tempo) take the plan's main sport (infer-sport.ts).
// - Rows naming no sport take the user's `Sport for rows without one`, pre-filled with that guess.
// - Bare distances take the user's unit, else the unit the plan's own values or words give
//   (13.1 / 26.2 are a marathon plan's miles; 21.1 / 42.2 its kilometres; "…/mi" paces), else they
//   wait for `Distances without a unit are in`.

const UNIT_NAMES: Record<DistanceUnit, string> = { m: "metres", km: "kilometres", mi: "miles", yd: "yards" };
const MILE_WORDS = /\d\s*(?:mi|miles?)\b|\/\s*mi\b/gi;
const RACE_NUMBER = /(?<![\d.])(?:26\.2|13\.1|42\.2|21\.1)(?![\d.])/g;
const KM_WORDS = /\d\s*(?:km|kms|k)\b|\/\s*km\b/gi;

export function inferSports(drafts: readonly RowDraft[], options: PlanOptions, hasSportColumn: boolean, notes: string[], needs: PlanNeeds) {
  const named = new Map<Sport, number>();
  for (const draft of drafts) if (draft.fields.sport) named.set(draft.fields.sport, (named.get(draft.fields.sport) ?? 0) + 1);
  const runLike = drafts.filter(
    (draft) =>
      draft.sportFrom === "kind" && looksLikeRun(`${draft.fields.title ?? ""} ${draft.sportWord ?? ""}`, draft.fields.distanceMeters),
  ).length;
  const main = mainSportOf(named, runLike);
  const kinds = new Set<string>();
  let fromWords = 0;
  let unnamed = 0;
  for (const draft of drafts) {
    if (draft.sportFrom === "words") fromWords++;
    if (draft.sportFrom === "kind") {
      draft.fields.sport = main.sport;
      if (draft.sportWord) kinds.add(draft.sportWord.toLowerCase());
    }
    if (draft.sportFrom === "none" && !draft.fields.sport && !draft.issues.some((found) => found.severity === "error")) {
      draft.fields.sport = options.defaultSport ?? main.sport;
      unnamed++;
    }
  }
  const label = SPORT_LABELS[main.sport];
  if (fromWords > 0)
    notes.push(
      `The sport of ${fromWords} workout${fromWords === 1 ? "" : "s"} is read from ${hasSportColumn ? "the type column's" : "their"} words (run, ride, swim, gym, yoga…).`,
    );
  if (kinds.size > 0)
    notes.push(`Workouts named only by their kind (${[...kinds].slice(0, 4).join(", ")}) are read as ${label}: ${main.why}.`);
  if (unnamed > 0) {
    const guess = options.defaultSport ?? main.sport;
    needs.sport = {
      guess,
      why: options.defaultSport ? "your choice" : `${unnamed} workout${unnamed === 1 ? "" : "s"} name no sport; ${main.why}`,
    };
    notes.push(
      `${unnamed} workout${unnamed === 1 ? " names" : "s name"} no sport and ${unnamed === 1 ? "is" : "are"} read as ${SPORT_LABELS[guess]}${options.defaultSport ? " (your choice)" : `: ${main.why}`}. Change it with "Sport for rows without one".`,
    );
  }
}

/** Gives bare distances their unit, or leaves them waiting; returns the unit used (null: waiting). */
export function inferDistanceUnit(
  drafts: readonly RowDraft[],
  headers: readonly string[],
  options: PlanOptions,
  notes: string[],
  needs: PlanNeeds,
): DistanceUnit | null {
  const bare = drafts.filter((draft) => draft.bareDistance);
  if (bare.length === 0) return null;
  const values = bare.map((draft) => draft.bareDistance?.value ?? 0);
  const raceNumbers = drafts.flatMap((draft) => (draft.fields.title?.match(RACE_NUMBER) ?? []).map(Number)); // "Race 26.2"
  const inferred = options.distanceUnit
    ? null
    : (unitFromValues([...values, ...raceNumbers]) ?? unitFromHeaders(headers) ?? unitFromWords(drafts));
  const unit = options.distanceUnit ?? inferred?.unit ?? null;
  if (unit === null) {
    const shown = `${values.slice(0, 3).join(", ")}${values.length > 3 ? ", …" : ""}`;
    needs.distanceUnit = {
      why: `${bare.length === 1 ? "1 distance" : `${bare.length} distances`} (${shown}) ${bare.length === 1 ? "has" : "have"} no unit, and nothing in the plan says which.`,
    };
    return null;
  }
  if (inferred)
    notes.push(
      `Distances without a unit are read as ${UNIT_NAMES[unit]} because ${inferred.why}. Change it with "Distances without a unit are in".`,
    );
  for (const draft of bare) {
    const meters = Math.round((draft.bareDistance?.value ?? 0) * METERS_PER_UNIT[unit] * 100) / 100;
    if (meters > 1_000_000)
      draft.issues.push({
        rowNumber: draft.rowNumber,
        column: draft.bareDistance?.column?.header ?? null,
        severity: "error",
        message: `The distance ${draft.bareDistance?.value} ${unit} is more than 1,000 km.`,
      });
    else draft.fields.distanceMeters = meters;
    delete draft.bareDistance;
  }
  return unit;
}

function unitFromValues(values: readonly number[]): { unit: DistanceUnit; why: string } | null {
  const has = (target: number) => values.some((value) => Math.abs(value - target) < 0.05);
  if (has(26.2) || has(13.1))
    return {
      unit: "mi",
      why: `the values (${has(13.1) ? "13.1" : ""}${has(13.1) && has(26.2) ? ", " : ""}${has(26.2) ? "26.2" : ""}) are a marathon plan's race distances in miles`,
    };
  if (has(42.2) || has(21.1) || has(42.195) || has(21.0975))
    return { unit: "km", why: "the values (21.1, 42.2) are a marathon plan's race distances in kilometres" };
  return null;
}

function unitFromHeaders(headers: readonly string[]): { unit: DistanceUnit; why: string } | null {
  const miles = headers.filter((header) => /\b(?:mi|miles?|mileage)\b/i.test(header));
  const kilometres = headers.filter((header) => /\b(?:km|kms|kilomet(?:er|re)s?)\b|\(k\)/i.test(header));
  if (miles.length > 0 && kilometres.length === 0) return { unit: "mi", why: `the plan's columns count miles (${miles[0]})` };
  if (kilometres.length > 0 && miles.length === 0) return { unit: "km", why: `the plan's columns count kilometres (${kilometres[0]})` };
  return null;
}

function unitFromWords(drafts: readonly RowDraft[]): { unit: DistanceUnit; why: string } | null {
  let miles = 0;
  let kilometres = 0;
  for (const draft of drafts) {
    const text = `${draft.fields.title ?? ""}\n${draft.fields.description ?? ""}`;
    miles += text.match(MILE_WORDS)?.length ?? 0;
    kilometres += text.match(KM_WORDS)?.length ?? 0;
  }
  if (miles > 0 && kilometres === 0) return { unit: "mi", why: "the plan writes its other distances and paces in miles" };
  if (kilometres > 0 && miles === 0) return { unit: "km", why: "the plan writes its other distances and paces in kilometres" };
  return null;
}
