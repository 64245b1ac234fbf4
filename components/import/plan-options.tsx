"use client";

import type { DateOrder } from "@/lib/plans/parse-date";

type Props = {
  needsStartDate: boolean;
  isRelative: boolean;
  startDate: string;
  onStartDate: (date: string) => void;
  raceDate: string;
  onRaceDate: (date: string) => void;
  needsDateOrder: boolean;
  dateConflict: string | null;
  dateOrder: DateOrder | undefined;
  onDateOrder: (order: DateOrder) => void;
  hasStructures: boolean;
  widenPercent: number;
  onWidenPercent: (percent: number) => void;
};

/** The questions only the user can answer: where a relative plan starts (or the race it ends on), and how its dates are written. */
export function PlanOptions(props: Props) {
  if (!props.isRelative && !props.needsDateOrder && !props.dateOrder && !props.hasStructures) return null;
  return (
    <div className="options">
      {props.isRelative && (
        <div className="field">
          <label htmlFor="start-date" className="field-label">
            Plan start date
          </label>
          <input
            id="start-date"
            type="date"
            value={props.startDate}
            onChange={(event) => props.onStartDate(event.target.value)}
            aria-describedby="start-date-hint"
            aria-invalid={props.needsStartDate}
          />
          <p id="start-date-hint" className={props.needsStartDate ? "field-error" : "hint"} aria-live="polite">
            {props.needsStartDate
              ? "Choose the date of day 1 (or a race date below): the plan counts its days from it."
              : "Day 1 (and week 1) start on this date."}
          </p>
        </div>
      )}
      {props.isRelative && (
        <div className="field">
          <label htmlFor="race-date" className="field-label">
            Race date
          </label>
          <input
            id="race-date"
            type="date"
            value={props.raceDate}
            onChange={(event) => props.onRaceDate(event.target.value)}
            aria-describedby="race-date-hint"
          />
          <p id="race-date-hint" className="hint">
            Instead of a start date: the plan&apos;s last day lands on this date.
          </p>
        </div>
      )}
      {(props.needsDateOrder || props.dateOrder) && (
        <fieldset className="field">
          <legend className="field-label">How are the dates written?</legend>
          {props.dateConflict && <p className="field-error">{props.dateConflict}</p>}
          {!props.dateConflict && props.needsDateOrder && <p className="field-error">Dates such as 03/04 could be either; choose one.</p>}
          <label className="radio">
            <input type="radio" name="date-order" checked={props.dateOrder === "dmy"} onChange={() => props.onDateOrder("dmy")} />{" "}
            Day/month/year (31/12/2027)
          </label>
          <label className="radio">
            <input type="radio" name="date-order" checked={props.dateOrder === "mdy"} onChange={() => props.onDateOrder("mdy")} />{" "}
            Month/day/year (12/31/2027)
          </label>
        </fieldset>
      )}
      {props.hasStructures && (
        <div className="field">
          <label htmlFor="widen" className="field-label">
            Widen single targets by ± (%)
          </label>
          <input
            id="widen"
            type="number"
            min={0}
            max={10}
            step={1}
            value={props.widenPercent}
            onChange={(event) => props.onWidenPercent(Math.min(10, Math.max(0, Number(event.target.value) || 0)))}
            aria-describedby="widen-hint"
          />
          <p id="widen-hint" className="hint">
            Watches alarm on exact targets: 2 turns 90 % into 88–92 %.
          </p>
        </div>
      )}
    </div>
  );
}
