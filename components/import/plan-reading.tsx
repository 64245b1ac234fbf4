"use client";

import type { PlanNeeds } from "@/lib/plans/plan-result";
import type { DistanceUnit } from "@/lib/plans/parse-distance";
import { SPORT_LABELS, SPORTS, type Sport } from "@/lib/plans/sports";

export const SPORT_QUESTION = "Sport for rows without one";
export const UNIT_QUESTION = "Distances without a unit are in";
const UNIT_LABELS: Record<DistanceUnit, string> = { km: "kilometres (km)", mi: "miles (mi)", m: "metres (m)", yd: "yards (yd)" };

type Props = {
  notes: readonly string[];
  needs: PlanNeeds;
  defaultSport: Sport | undefined;
  onDefaultSport: (sport: Sport) => void;
  distanceUnit: DistanceUnit | undefined;
  onDistanceUnit: (unit: DistanceUnit) => void;
};

/** What PlanDrop inferred about the whole plan, and the two questions it asks once for all rows. */
export function PlanReading({ notes, needs, defaultSport, onDefaultSport, distanceUnit, onDistanceUnit }: Props) {
  // Asked when the plan needs it, and offered when a note says PlanDrop inferred the unit (13.1 read as miles).
  const inferredUnit = notes.some((note) => note.includes(UNIT_QUESTION));
  const asksUnit = needs.distanceUnit !== undefined || distanceUnit !== undefined || inferredUnit;
  if (notes.length === 0 && !needs.sport && !asksUnit) return null;
  return (
    <div className="plan-reading">
      {notes.length > 0 && (
        <ul className="plan-notes" aria-label="How PlanDrop read this plan">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="options">
        {needs.sport && (
          <div className="field">
            <label htmlFor="default-sport" className="field-label">
              {SPORT_QUESTION}
            </label>
            <select
              id="default-sport"
              value={defaultSport ?? needs.sport.guess}
              aria-describedby="default-sport-hint"
              onChange={(event) => onDefaultSport(event.target.value as Sport)}
            >
              {SPORTS.map((sport) => (
                <option key={sport} value={sport}>
                  {SPORT_LABELS[sport]}
                </option>
              ))}
            </select>
            <p id="default-sport-hint" className="hint">
              {defaultSport ? "Your choice." : `PlanDrop's guess: ${needs.sport.why}`}
            </p>
          </div>
        )}
        {asksUnit && (
          <div className="field">
            <label htmlFor="distance-unit" className="field-label">
              {UNIT_QUESTION}
            </label>
            <select
              id="distance-unit"
              value={distanceUnit ?? ""}
              aria-describedby="distance-unit-hint"
              aria-invalid={!distanceUnit && needs.distanceUnit !== undefined}
              onChange={(event) => onDistanceUnit(event.target.value as DistanceUnit)}
            >
              {!distanceUnit && (
                <option value="" disabled>
                  {needs.distanceUnit ? "Choose a unit" : "As PlanDrop read them (see the note above)"}
                </option>
              )}
              {(Object.keys(UNIT_LABELS) as DistanceUnit[]).map((unit) => (
                <option key={unit} value={unit}>
                  {UNIT_LABELS[unit]}
                </option>
              ))}
            </select>
            <p id="distance-unit-hint" className={distanceUnit || !needs.distanceUnit ? "hint" : "field-error"} aria-live="polite">
              {distanceUnit
                ? "Your choice, for every distance written without a unit."
                : needs.distanceUnit
                  ? `${needs.distanceUnit.why}${needs.distanceUnit.guess ? ` Most likely ${UNIT_LABELS[needs.distanceUnit.guess]}.` : ""} Rows with such distances wait for this answer.`
                  : "Choose a unit if PlanDrop's reading is wrong."}
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
