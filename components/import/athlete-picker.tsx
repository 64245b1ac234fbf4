"use client";

import { useState } from "react";
import type { AccountView } from "@/lib/imports/wire/account-view";

export type AthleteDates = { selected: boolean; startDate: string; raceDate: string };

type Props = {
  roster: AccountView["roster"];
  isRelative: boolean;
  choices: Record<string, AthleteDates>;
  onChange: (athleteId: string, next: AthleteDates) => void;
};

/** A coach's roster: search, pick athletes, and give each a start date or a race date. */
export function AthletePicker({ roster, isRelative, choices, onChange }: Props) {
  const [search, setSearch] = useState("");
  const shown = roster.filter((athlete) => athlete.name.toLowerCase().includes(search.trim().toLowerCase()));
  const picked = Object.values(choices).filter((choice) => choice.selected).length;
  return (
    <fieldset className="athlete-picker" aria-label="Athletes">
      <legend className="field-label">Athletes</legend>
      <label htmlFor="athlete-search" className="visually-hidden">
        Search athletes
      </label>
      <input
        id="athlete-search"
        type="search"
        placeholder="Search athletes"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <p className="hint" aria-live="polite">
        {picked} of {roster.length} picked.{isRelative ? " Give each a start date, or a race date on which the plan's last day lands." : ""}{" "}
        Missing someone? They must be connected to you in TrainingPeaks first.
      </p>
      <ul>
        {shown.map((athlete) => {
          const choice = choices[athlete.athleteId] ?? { selected: false, startDate: "", raceDate: "" };
          return (
            <li key={athlete.athleteId}>
              <label className="radio">
                <input
                  type="checkbox"
                  checked={choice.selected}
                  onChange={(event) => onChange(athlete.athleteId, { ...choice, selected: event.target.checked })}
                />{" "}
                {athlete.name}{" "}
                <span className="hint">
                  ({athlete.accountType === "premium" ? "Premium" : athlete.accountType === "basic" ? "Basic" : "account type unknown"})
                </span>
              </label>
              {choice.selected && isRelative && (
                <span className="dates">
                  <label>
                    Start date for {athlete.name}
                    <input
                      type="date"
                      value={choice.startDate}
                      onChange={(event) => onChange(athlete.athleteId, { ...choice, startDate: event.target.value, raceDate: "" })}
                    />
                  </label>
                  <label>
                    Race date for {athlete.name}
                    <input
                      type="date"
                      value={choice.raceDate}
                      onChange={(event) => onChange(athlete.athleteId, { ...choice, raceDate: event.target.value, startDate: "" })}
                    />
                  </label>
                </span>
              )}
            </li>
          );
        })}
        {shown.length === 0 && <li className="hint">No athlete matches “{search}”.</li>}
      </ul>
    </fieldset>
  );
}
