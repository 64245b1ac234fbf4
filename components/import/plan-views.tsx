"use client";

import dynamic from "next/dynamic";
import { type ReactNode, useState } from "react";
import type { AthletePlan } from "./use-athlete-plans";

// The calendar loads only when first shown: it is not part of the page's first download.
const PlanCalendar = dynamic(() => import("@/components/calendar/plan-calendar").then((module) => module.PlanCalendar), {
  ssr: false,
  loading: () => (
    <p className="hint" role="status">
      Loading the calendar…
    </p>
  ),
});

type View = "table" | "calendar";
type Props = { table: ReactNode; calendars: AthletePlan[] };

/** The preview as a table of rows or as the calendars it will land on: a switch labelled "Table" and "Calendar". */
export function PlanViews({ table, calendars }: Props) {
  const [view, setView] = useState<View>("table");
  const option = (value: View, label: string) => (
    <button
      type="button"
      aria-pressed={view === value}
      onClick={() => setView(value)}
      className={`min-h-11 rounded-md border-0 px-3 py-1 text-sm ${view === value ? "bg-surface text-fg shadow-sm" : "bg-transparent text-muted hover:text-fg"}`}
    >
      {label}
    </button>
  );
  return (
    <>
      <fieldset className="mt-3 mb-0 inline-flex gap-0.5 rounded-lg border border-line bg-surface-muted p-0.5">
        <legend className="visually-hidden">Show the plan as</legend>
        {option("table", "Table")}
        {option("calendar", "Calendar")}
      </fieldset>
      {view === "table"
        ? table
        : calendars.map((calendar) => <PlanCalendar key={calendar.key} name={calendar.name} rows={calendar.rows} note={calendar.note} />)}
    </>
  );
}
