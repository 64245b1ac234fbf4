"use client";

import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { plural } from "@/lib/format";
import type { ParsedRow } from "@/lib/plans/plan-result";
import { buildPlanCalendar } from "@/lib/plans/plan-calendar";
import { type CalendarLayout, CalendarWeekRow, weekHeight } from "./calendar-week";
import { WeekLoadChart } from "./week-load-chart";

const VIEW_HEIGHT = 640;
const OVERSCAN_PX = 400;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LIST_BELOW_PX = 720;

type Props = { name: string; rows: readonly ParsedRow[]; note?: string };

/**
 * The plan as it will sit on one athlete's calendar: weeks as rows, days as columns (a list of
 * days on a phone), each week's totals, and a bar chart of the weeks' load. Only the weeks in view
 * are drawn, so a 10,000-row plan scrolls smoothly. Its accessible name is "Calendar: <name>".
 */
export function PlanCalendar({ name, rows, note }: Props) {
  const calendar = useMemo(() => buildPlanCalendar(rows), [rows]);
  const outer = useRef<HTMLElement>(null);
  const [layout, setLayout] = useState<CalendarLayout>("grid");
  const [scrollTop, setScrollTop] = useState(0);

  useLayoutEffect(() => {
    const element = outer.current;
    if (!element) return;
    const measure = () => setLayout(element.clientWidth < LIST_BELOW_PX ? "list" : "grid");
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const tops = useMemo(() => {
    const offsets = [0];
    for (const week of calendar.weeks) offsets.push((offsets.at(-1) ?? 0) + weekHeight(week, layout));
    return offsets;
  }, [calendar, layout]);
  const total = tops.at(-1) ?? 0;
  const viewHeight = Math.min(VIEW_HEIGHT, total);
  const first = Math.max(0, firstWeekBelow(tops, scrollTop - OVERSCAN_PX));
  const last = Math.min(calendar.weeks.length, firstWeekBelow(tops, scrollTop + viewHeight + OVERSCAN_PX) + 1);
  const inView: [number, number] = [firstWeekBelow(tops, scrollTop), firstWeekBelow(tops, scrollTop + viewHeight - 1) + 1];

  return (
    <section ref={outer} aria-label={`Calendar: ${name}`} className="mt-3 grid gap-2">
      <h3 className="m-0 text-base">Calendar: {name}</h3>
      {note && <p className="hint m-0">{note}</p>}
      {calendar.unplaced.length > 0 && (
        <p className="m-0 text-sm text-warning">
          {plural(calendar.unplaced.length, "row")} {calendar.unplaced.length === 1 ? "has" : "have"} no date yet, so{" "}
          {calendar.unplaced.length === 1 ? "it is" : "they are"} not on the calendar
          {calendar.weeks.length === 0 ? ": choose a start date or a race date" : ""}.
        </p>
      )}
      {calendar.weeks.length > 0 && (
        <>
          <WeekLoadChart weeks={calendar.weeks} hasTss={calendar.hasTss} inView={inView} />
          {layout === "grid" && (
            <div
              aria-hidden="true"
              className="grid grid-cols-[repeat(7,minmax(0,1fr))_11rem] gap-1 px-1.5 text-xs font-semibold text-muted"
            >
              {WEEKDAYS.map((day) => (
                <span key={day} className="px-1">
                  {day}
                </span>
              ))}
              <span>Week</span>
            </div>
          )}
          <section
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it (WCAG 2.1.1, axe's scrollable-region-focusable)
            tabIndex={0}
            aria-label={`Weeks on ${name}'s calendar`}
            className="relative overflow-y-auto rounded-lg border border-line bg-surface"
            style={{ height: viewHeight + 2 }}
            onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
          >
            <div style={{ height: total }}>
              {calendar.weeks.slice(first, last).map((week, offset) => (
                <CalendarWeekRow
                  key={week.monday}
                  week={week}
                  layout={layout}
                  top={tops[first + offset] ?? 0}
                  height={weekHeight(week, layout)}
                />
              ))}
            </div>
          </section>
        </>
      )}
    </section>
  );
}

/** The index of the week that holds this offset (binary search over the weeks' tops). */
function firstWeekBelow(tops: readonly number[], offset: number): number {
  let low = 0;
  let high = tops.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((tops[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}
