import { formatPlanDate, plural } from "@/lib/format";
import { addDays } from "@/lib/plans/calendar-date";
import type { CalendarWeek } from "@/lib/plans/plan-calendar";
import { SPORT_LABELS } from "@/lib/plans/sports";
import { formatDayMonth, formatMeasures, sportColour } from "./calendar-text";
import { CARD_HEIGHT, WorkoutCard } from "./workout-card";

// One week of the calendar, in a row of seven days (wide screens) or as a list of its days
// (phones). Every part has a fixed height, so weekHeight() knows a week's height before it is drawn.

export type CalendarLayout = "grid" | "list";

const LINE = 18;
const PAD = 6;
const DAY_HEAD = 22;
const GAP = 4;
const CARDS_HEIGHT = (cards: number) => cards * (CARD_HEIGHT + GAP);

export function weekHeight(week: CalendarWeek, layout: CalendarLayout): number {
  const summary = LINE * (2 + week.totals.bySport.length + (week.issues > 0 ? 1 : 0));
  if (layout === "grid") {
    const cards = Math.max(1, ...week.days.map((day) => day.length));
    return PAD * 2 + Math.max(DAY_HEAD + CARDS_HEIGHT(cards), summary);
  }
  const days = week.days.filter((day) => day.length > 0);
  return PAD * 2 + summary + (days.length === 0 ? LINE : days.reduce((sum, day) => sum + CARDS_HEIGHT(day.length), 0));
}

type Props = { week: CalendarWeek; layout: CalendarLayout; top: number; height: number };

export function CalendarWeekRow({ week, layout, top, height }: Props) {
  const label = `Week of ${formatPlanDate(week.monday)}`;
  return (
    <article aria-label={label} className="absolute inset-x-0 box-border border-b border-line" style={{ top, height, padding: PAD }}>
      {layout === "grid" ? (
        <div className="grid h-full grid-cols-[repeat(7,minmax(0,1fr))_11rem] gap-1">
          {week.days.map((rows, index) => (
            <CalendarDay key={addDays(week.monday, index)} date={addDays(week.monday, index)} rows={rows} showMonth={index === 0} />
          ))}
          <WeekSummary week={week} />
        </div>
      ) : (
        <>
          <WeekSummary week={week} />
          {week.days.every((day) => day.length === 0) && <p className="m-0 text-sm leading-[18px] text-muted">No workouts this week.</p>}
          {week.days.map(
            (rows, index) =>
              rows.length > 0 && (
                <div key={addDays(week.monday, index)} className="grid grid-cols-[3.5rem_minmax(0,1fr)] gap-2">
                  <p className="m-0 text-xs leading-5 font-semibold text-muted">
                    {formatPlanDate(addDays(week.monday, index)).slice(0, 3)}
                    <br />
                    {formatDayMonth(addDays(week.monday, index))}
                  </p>
                  <ul aria-label={formatPlanDate(addDays(week.monday, index))} className="m-0 grid list-none gap-1 p-0">
                    {rows.map((row) => (
                      <WorkoutCard key={`${row.rowNumber}:${row.part ?? 0}`} row={row} />
                    ))}
                  </ul>
                </div>
              ),
          )}
        </>
      )}
    </article>
  );
}

function CalendarDay({ date, rows, showMonth }: { date: string; rows: CalendarWeek["days"][number]; showMonth: boolean }) {
  const dayOfMonth = Number(date.slice(8, 10));
  return (
    <div className="min-w-0 rounded-md bg-surface-muted/60 px-1">
      <p className="m-0 text-xs font-semibold text-muted" style={{ lineHeight: `${DAY_HEAD}px` }}>
        {showMonth || dayOfMonth === 1 ? formatDayMonth(date) : dayOfMonth}
      </p>
      {rows.length > 0 && (
        <ul aria-label={formatPlanDate(date)} className="m-0 grid list-none gap-1 p-0">
          {rows.map((row) => (
            <WorkoutCard key={`${row.rowNumber}:${row.part ?? 0}`} row={row} />
          ))}
        </ul>
      )}
    </div>
  );
}

function WeekSummary({ week }: { week: CalendarWeek }) {
  const { totals } = week;
  return (
    <div className="min-w-0 text-xs leading-[18px]">
      <p className="m-0 truncate font-semibold text-fg">Week of {formatDayMonth(week.monday, true)}</p>
      <p className="m-0 truncate text-fg">
        {totals.count === 0
          ? "Rest week"
          : `${plural(totals.count, "workout")} · ${formatMeasures({ seconds: totals.seconds, meters: totals.meters, tss: totals.tss })}`}
      </p>
      {totals.bySport.map((sport) => (
        <p key={sport.sport} className="m-0 flex min-w-0 items-center gap-1 text-muted">
          <span aria-hidden="true" className="inline-block size-2 shrink-0 rounded-full" style={{ background: sportColour(sport.sport) }} />
          <span className="truncate">
            {SPORT_LABELS[sport.sport]}: {formatMeasures(sport) || plural(sport.count, "workout")}
          </span>
        </p>
      ))}
      {week.issues > 0 && <p className="m-0 truncate font-semibold text-error">{plural(week.issues, "row")} with problems</p>}
    </div>
  );
}
