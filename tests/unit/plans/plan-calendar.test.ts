import { describe, expect, it } from "vitest";
import { parsePlanCsv } from "@/lib/plans/parse-plan-csv";
import { buildPlanCalendar, weekLoad } from "@/lib/plans/plan-calendar";

function rowsOf(csv: string, options = {}) {
  const parsed = parsePlanCsv(csv, options);
  if (!parsed.ok) throw new Error(parsed.fileError);
  return parsed.rows;
}

describe("the plan as a calendar", () => {
  it("puts each workout on its weekday in Monday-to-Sunday weeks, with the empty weeks between", () => {
    const calendar = buildPlanCalendar(
      rowsOf(
        "date,sport,title,duration,distance\n2027-06-09,Run,Tempo,45:00,10 km\n2027-06-13,Bike,Long ride,3:00:00,90 km\n2027-06-28,Swim,Drills,1:00:00,3000 m\n",
      ),
    );
    expect(calendar.weeks.map((week) => week.monday)).toEqual(["2027-06-07", "2027-06-14", "2027-06-21", "2027-06-28"]);
    const [first, , , last] = calendar.weeks;
    expect(first?.days[2]?.map((row) => row.fields.title)).toEqual(["Tempo"]);
    expect(first?.days[6]?.map((row) => row.fields.title)).toEqual(["Long ride"]);
    expect(last?.days[0]?.map((row) => row.fields.title)).toEqual(["Drills"]);
    expect(calendar.weeks[1]?.totals.count).toBe(0);
  });

  it("totals each week's hours, distance and TSS per sport, and its load is TSS when the plan gives TSS", () => {
    const calendar = buildPlanCalendar(
      rowsOf(
        "date,sport,title,duration,distance,tss\n2027-06-07,Run,Easy,1:00:00,10 km,50\n2027-06-08,Run,Tempo,0:30:00,6 km,40\n2027-06-09,Bike,Spin,2:00:00,60 km,90\n",
      ),
    );
    const week = calendar.weeks[0];
    expect(week?.totals).toMatchObject({ count: 3, seconds: 3.5 * 3600, meters: 76_000, tss: 180 });
    expect(week?.totals.bySport).toEqual([
      { sport: "run", count: 2, seconds: 5400, meters: 16_000, tss: 90 },
      { sport: "bike", count: 1, seconds: 7200, meters: 60_000, tss: 90 },
    ]);
    expect(calendar.hasTss).toBe(true);
    expect(week && weekLoad(week, calendar.hasTss)).toBe(180);
    expect(week && weekLoad(week, false)).toBe(3.5);
  });

  it("keeps a row with an error on its day, counted among the week's issues but not in its totals", () => {
    const calendar = buildPlanCalendar(rowsOf("date,sport,title,duration\n2027-06-07,Kayak,Paddle,1:00:00\n2027-06-08,Run,Easy,1:00:00\n"));
    const week = calendar.weeks[0];
    expect(week?.days[0]?.[0]?.status).toBe("error");
    expect(week?.issues).toBe(1);
    expect(week?.totals.count).toBe(1);
  });

  it("lists rows that have no date yet apart, and the same plan lands on each athlete's own dates", () => {
    const csv = "day,sport,title\n1,Run,Easy\n8,Run,Long\n";
    expect(buildPlanCalendar(rowsOf(csv)).unplaced).toHaveLength(2);
    const pat = buildPlanCalendar(rowsOf(csv, { startDate: "2027-06-07" }));
    const cy = buildPlanCalendar(rowsOf(csv, { startDate: "2027-06-16" }));
    expect(pat.weeks.map((week) => week.monday)).toEqual(["2027-06-07", "2027-06-14"]);
    expect(cy.weeks.map((week) => week.monday)).toEqual(["2027-06-14", "2027-06-21"]);
    expect(cy.weeks[0]?.days[2]?.[0]?.fields.title).toBe("Easy");
  });
});
