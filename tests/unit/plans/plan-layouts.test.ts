import { describe, expect, it } from "vitest";
import { parsePlanCsv } from "@/lib/plans/parse-plan-csv";
import { parseOk } from "../../helpers/plans";

const placed = (plan: ReturnType<typeof parseOk>) =>
  plan.rows.map((row) => `${row.workout?.date} ${row.workout?.sport} ${row.partLabel ?? ""}`.trim());

describe("a week × weekday grid", () => {
  const grid = [
    "Week,Phase,Mon,Tue,Wed,Thu,Fri,Sat,Sun",
    "1,Base,Rest,5 km easy,Strength + 30m spin,,6x400m fast / 90s walk,10 km (Z2),Rest",
    "2,Base,Rest,6 km easy,45 min yoga,,Tempo 8 km,12 km long,Rest",
  ].join("\n");

  it("places each filled day from the start date, with the sport inferred and no sport column", () => {
    const plan = parseOk(grid, { startDate: "2027-01-04" });
    expect(plan.layout).toBe("week_grid");
    expect(placed(plan).slice(0, 8)).toEqual([
      "2027-01-04 day_off Mon",
      "2027-01-05 run Tue",
      "2027-01-06 strength Wed 1",
      "2027-01-06 bike Wed 2",
      "2027-01-08 run Fri",
      "2027-01-09 run Sat",
      "2027-01-10 day_off Sun",
      "2027-01-11 day_off Mon",
    ]);
    expect(plan.rows[1]?.workout).toMatchObject({ title: "5 km easy", distanceMeters: 5000, phase: "Base", part: 2 });
    expect(plan.rows[3]?.workout).toMatchObject({ title: "30m spin", durationSeconds: 1800 });
    expect(plan.rows.every((row) => row.status === "ok")).toBe(true);
  });

  it("waits for a start date, and counts back from a race date instead", () => {
    expect(parseOk(grid).needs.startDate).toBe(true);
    const byRace = parseOk(grid, { raceDate: "2027-01-17" });
    expect(byRace.rows.at(-1)?.workout?.date).toBe("2027-01-17");
    expect(byRace.rows[0]?.workout?.date).toBe("2027-01-04");
  });

  it("reads day columns named with a sport, and a weekend column on Saturday with a note", () => {
    const plan = parseOk("Week,Tue Run,Thu Bike,Weekend Long Run\n1,30 min,1h,90 min\n", { startDate: "2027-01-04" });
    expect(placed(plan)).toEqual(["2027-01-05 run Tue", "2027-01-07 bike Thu", "2027-01-09 run Sat"]);
    expect(plan.notes.join(" ")).toContain('The "Weekend Long Run" column is placed on Saturday');
    expect(plan.columnRoles.map((use) => use.role)).toEqual(["week", "tue", "thu", "sat"]);
  });

  it("places week rows that give their dates", () => {
    const plan = parseOk(
      "Dates,Mon,Wed,Sat\n2027-03-01 – 2027-03-07,Easy 5 km,Tempo 6 km,Long 12 km\n2027-03-08 – 2027-03-14,,Easy 5 km,\n",
    );
    expect(plan.layout).toBe("dated_week_grid");
    expect(placed(plan)).toEqual(["2027-03-01 run Mon", "2027-03-03 run Wed", "2027-03-06 run Sat", "2027-03-10 run Wed"]);
  });

  it("reads rows without a week number under the grid as its key, not as workouts", () => {
    const plan = parseOk("Week,Tue,Sat\n1,8k @TMP,Long 20k\n,TMP,16k pace\n", { startDate: "2027-01-04" });
    expect(plan.rows).toHaveLength(2);
    expect(plan.notes.join(" ")).toContain("read as its key, not as workouts: TMP 16k pace");
  });
});

describe("weeks counted down to race day", () => {
  const days = ["Rest", "Easy 5 mi", "Tempo 7 mi", "Recovery 4 mi", "Easy 6 mi", "Rest", "Long 14 mi"];
  const countdown = [
    "WeeksToGoal,Event",
    ...[1, 0].flatMap((week) => days.map((day, index) => `${week},${week === 0 && index === 6 ? "Goal race 13.1 mi" : day}`)),
  ].join("\n");

  it("puts race day on the race date and every row on its day before it", () => {
    const plan = parseOk(countdown, { raceDate: "2027-04-18" });
    expect(plan.layout).toBe("countdown");
    expect(plan.rows[0]?.workout?.date).toBe("2027-04-05");
    expect(plan.rows.at(-1)?.workout).toMatchObject({ date: "2027-04-18", sport: "race", distanceMeters: 21_082.41 });
    expect(plan.rows[2]?.workout).toMatchObject({ date: "2027-04-07", sport: "run", distanceMeters: 11_265.41 });
    expect(plan.rows[2]?.dateLabel).toBe("1 weeks to go, day 3");
  });

  it("starts from a start date as well, and waits for one of the two", () => {
    expect(parseOk(countdown, { startDate: "2027-04-05" }).rows.at(-1)?.workout?.date).toBe("2027-04-18");
    expect(parseOk(countdown).needs.startDate).toBe(true);
  });

  it("refuses a plan with one row per week and no days, in one sentence", () => {
    const summary = "Weeks until race,Workout Q1,Workout Q2\n3,2k easy + 10k MP,5x1k\n2,3k + 8k MP,6x1k\n1,easy,4x1k\n";
    expect(parsePlanCsv(summary)).toEqual({
      ok: false,
      fileError:
        'This plan has one row per week ("Weeks until race") and no days, so PlanDrop cannot place its workouts on dates: add a day or weekday column, a row per day, or a column per weekday (Mon … Sun).',
    });
  });
});

describe("several workouts in one row", () => {
  it("makes one workout per sport column, with that sport's notes", () => {
    const plan = parseOk(
      "Date,Swim,Swim Notes,Bike Duration,Bike Zone,Run Duration,Run Notes\n2027-03-06,2000 m,drills,1:30,2,0:45,off the bike\n2027-03-07,,,,,,\n",
    );
    expect(placed(plan)).toEqual(["2027-03-06 swim Swim", "2027-03-06 bike Bike", "2027-03-06 run Run"]);
    expect(plan.rows[0]?.workout).toMatchObject({ part: 1, distanceMeters: 2000, description: "Swim Notes: drills" });
    expect(plan.rows[1]?.workout).toMatchObject({ part: 2, durationSeconds: 5400, description: "Bike Zone: 2" });
    expect(plan.notes.join(" ")).toContain("1 row holds no workout (row 3) and adds nothing.");
  });

  it("keeps a bare number under a sport column that names no unit in the title, with a warning", () => {
    const plan = parseOk("Date,Swim,Run Duration\n2027-03-06,33,0:30\n");
    expect(plan.rows[0]?.workout).toMatchObject({ sport: "swim", title: "Swim 33" });
    expect(plan.rows[0]?.issues[0]?.message).toBe(
      '"33" under "Swim" has no unit, so it is kept in the title; write 33 min or 33 m to plan a time or a distance.',
    );
  });

  it("splits a brick and a morning and evening run", () => {
    const plan = parseOk("date,workout\n2027-03-06,Bike 2h + Run 30 min\n2027-03-07,6 mi a.m. 4 mi p.m.\n2027-03-08,Easy + strides\n");
    expect(placed(plan)).toEqual([
      "2027-03-06 bike Bike",
      "2027-03-06 run Run",
      "2027-03-07 run Run 1",
      "2027-03-07 run Run 2",
      "2027-03-08 run",
    ]);
    expect(plan.rows[2]?.workout?.distanceMeters).toBe(9656.06);
    expect(plan.rows[3]?.workout?.distanceMeters).toBe(6437.38);
  });
});

describe("a day's sessions in their own columns", () => {
  it("makes one workout per filled AM / PM column, the sport from its words", () => {
    const plan = parseOk("Date,AM,PM\n2027-03-06,Swim 2000 m,Easy run 30 min\n2027-03-07,Rest,\n");
    expect(placed(plan)).toEqual(["2027-03-06 swim AM", "2027-03-06 run PM", "2027-03-07 day_off AM"]);
    expect(plan.rows[1]?.workout).toMatchObject({ durationSeconds: 1800, title: "Easy run 30 min" });
    expect(plan.columnRoles.map((use) => use.role)).toEqual(["date", "session", "session"]);
  });

  it("reads week and day cells written as Week 3 and Day 2", () => {
    const plan = parseOk("week,day,title\nWeek 1 (base),Tue,Easy run\nWk 2,Day 3,Long run\n", { startDate: "2027-01-04" });
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-01-05", "2027-01-13"]);
  });
});

describe("sport columns whose header gives the unit", () => {
  it("reads bare numbers in the header's unit", () => {
    const plan = parseOk("Date,Swim (yd),Bike (hrs),Run (min)\n2027-03-06,2000,1.5,45\n");
    expect(plan.rows.map((row) => [row.workout?.sport, row.workout?.distanceMeters, row.workout?.durationSeconds])).toEqual([
      ["swim", 1828.8, undefined],
      ["bike", undefined, 5400],
      ["run", undefined, 2700],
    ]);
  });
});

describe("weeks with fewer rows than days", () => {
  it("places them on the week's first days and says so on each row", () => {
    const plan = parseOk("Week,Event\n1,Easy 5 km\n1,Tempo 6 km\n1,Long 12 km\n2,Easy 5 km\n2,Long 14 km\n", { startDate: "2027-01-04" });
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-01-04", "2027-01-05", "2027-01-06", "2027-01-16", "2027-01-17"]);
    expect(plan.rows[0]?.issues[0]?.message).toBe(
      "Week 1 has 3 rows, not 7; with no day column they are read as its first 3 days. Add a day column if that is wrong.",
    );
    expect(plan.rows[3]?.issues).toEqual([]);
  });
});

describe("a mileage grid", () => {
  it("reads bare numbers in the day cells as distances in the plan's unit", () => {
    const grid = "Week,Mon,Tue,Wed,Thu,Fri,Sat,Sun\n1,Rest,3,5,3,Rest,10,Cross\n2,Rest,3,5,3,Rest,Race 26.2,Rest\n";
    const asked = parseOk(grid, { startDate: "2027-01-04" });
    expect(asked.rows[1]).toMatchObject({ status: "ok", workout: { sport: "run", title: "Run", distanceMeters: 4828.03 } });
    expect(asked.notes.join(" ")).toContain("read as miles");
  });

  it("plans the start of a time range", () => {
    const plan = parseOk("date,sport,duration\n2027-01-04,Run,1:00-1:15\n");
    expect(plan.rows[0]?.workout).toMatchObject({ durationSeconds: 3600, description: "duration: 1:00-1:15" });
  });
});

describe("weekdays without a week column", () => {
  it("takes the week from Week rows between the days", () => {
    const plan = parseOk("Day,Workout,Distance\nWeek 1,,\nMon,Easy run,5 km\nThu,Tempo run,8 km\nWeek 2,,\nTue,Easy run,6 km\n", {
      startDate: "2027-01-04",
    });
    expect(plan.layout).toBe("week_weekday");
    expect(plan.rows.map((row) => [row.workout?.date, row.workout?.distanceMeters])).toEqual([
      ["2027-01-04", 5000],
      ["2027-01-07", 8000],
      ["2027-01-12", 6000],
    ]);
  });

  it("starts a new week when the weekdays come round again", () => {
    const plan = parseOk("Weekday,Title\nMonday,Easy run\nWednesday,Intervals\nSunday,Long run\nMonday,Easy run\nSaturday,Race\n", {
      startDate: "2027-01-04",
    });
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-01-04", "2027-01-06", "2027-01-10", "2027-01-11", "2027-01-16"]);
  });
});

describe("a grid headed by weekday initials", () => {
  it("reads M T W T F S S, and S M T W T F S starting on Sunday", () => {
    const monday = parseOk("Week,M,T,W,T,F,S,S\n1,Rest,Easy 5 km,,Tempo 6 km,,Long 12 km,\n", { startDate: "2027-01-04" });
    expect(placed(monday)).toEqual(["2027-01-04 day_off Mon", "2027-01-05 run Tue", "2027-01-07 run Thu", "2027-01-09 run Sat"]);
    const sunday = parseOk("Week,S,M,T,W,T,F,S\n1,Long 12 km,Rest,,,,,Easy 5 km\n", { startDate: "2027-01-04" });
    expect(placed(sunday)).toEqual(["2027-01-10 run Sun", "2027-01-04 day_off Mon", "2027-01-09 run Sat"]);
  });
});
