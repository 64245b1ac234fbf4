import { describe, expect, it } from "vitest";
import { parseOk } from "../../helpers/plans";

describe("start times as calendars write them", () => {
  it("reads 12-hour times with AM/PM (Google Calendar's CSV) as the time of day", () => {
    const plan = parseOk(
      "Subject,Start Date,Start Time,End Date,End Time,All Day Event\nEasy run,04/07/2027,6:30 AM,04/07/2027,7:20 AM,False\nSwim,04/08/2027,12:00 PM,04/08/2027,12:45 PM,False\nBike,04/09/2027,12:15 am,,,False\nRide,04/10/2027,6:05 p.m.,,,False\n",
    );
    expect(plan.rows.map((row) => [row.status, row.workout?.startTime])).toEqual([
      ["ok", "06:30"],
      ["ok", "12:00"],
      ["ok", "00:15"],
      ["ok", "18:05"],
    ]);
  });

  it("still refuses an hour that is no time of day", () => {
    const plan = parseOk("Date,Title,Start Time\n2027-01-04,Run,13:00 PM\n");
    expect(plan.rows[0]?.issues.map((issue) => issue.message)).toEqual(['"13:00 PM" is not a time of day (like 06:30).']);
  });
});

describe("plans counted down to race day with a weekday per row", () => {
  it("puts each row on its weekday of its week, whatever rows the week leaves out", () => {
    const plan = parseOk(
      "WeeksToGoal,Day,Workout\n2,Mon,Easy run 40 min\n2,Wed,Intervals\n2,Sat,Long run\n1,Tue,Easy run\n0,Sun,Race 10K\n",
      { raceDate: "2027-01-24" },
    );
    expect(plan.rows.map((row) => [row.workout?.date, row.issues.length])).toEqual([
      ["2027-01-04", 0],
      ["2027-01-06", 0],
      ["2027-01-09", 0],
      ["2027-01-12", 0],
      ["2027-01-24", 0],
    ]);
  });
});

describe("a workout column named in the plan's language", () => {
  it.each([["Allenamento"], ["Entrenamiento"], ["Entraînement"]])("reads %s as the title", (header) => {
    const plan = parseOk(`Data,Sport,${header}\n2027-01-04,Corsa,Lento\n`);
    expect(plan.rows[0]?.workout).toMatchObject({ title: "Lento", sport: "run" });
  });
});

describe("calendar events with a start and an end time", () => {
  it("last as long as the event when no time is written, with a note", () => {
    const plan = parseOk(
      "Subject,Start Date,Start Time,End Date,End Time,All Day Event\nEasy run,04/07/2027,6:30 AM,04/07/2027,7:20 AM,False\nRun 30 min,04/08/2027,12:00 PM,04/08/2027,1:15 PM,False\nLong run,04/10/2027,,04/10/2027,,True\n",
    );
    expect(plan.rows.map((row) => row.workout?.durationSeconds)).toEqual([3000, 1800, undefined]);
    expect(plan.notes).toContain('A workout whose time is not written is as long as its event, from "Start Time" to "End Time".');
    expect(plan.columnRoles.find((use) => use.header === "End Time")?.role).toBe("endTime");
  });
});

describe("dates written with dots", () => {
  it("are read as day.month.year with a note, without asking for the order", () => {
    const plan = parseOk("Datum;Sportart;Titel;Dauer\n03.04.2027;Laufen;Locker;45\n05.04.2027;Radfahren;Grundlage;1:30\n");
    expect(plan.needs.dateOrder).toBe(false);
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-04-03", "2027-04-05"]);
    expect(plan.notes).toContain(
      "Dates written with dots (31.12.2027) are read as day.month.year, the way they are written where dots are used; choose another order if they are not.",
    );
  });

  it("still ask for the order when slashes are mixed in", () => {
    const plan = parseOk("Date,Title\n03.04.2027,Easy run\n05/04/2027,Long run\n");
    expect(plan.needs.dateOrder).toBe(true);
  });

  it("follow the order the user chose", () => {
    const plan = parseOk("Date,Title\n03.04.2027,Easy run\n", { dateOrder: "mdy" });
    expect(plan.rows[0]?.workout?.date).toBe("2027-03-04");
  });
});

describe("a time under an hour written as minutes:seconds", () => {
  it("is read as minutes with a warning, since as hours it would be more than a day", () => {
    const plan = parseOk(
      "Date,Sport,Title,Time\n2027-01-04,Run,Easy,45:00\n2027-01-05,Bike,Endurance,1:15:00\n2027-01-06,Run,Tempo,52:30\n",
    );
    expect(plan.rows.map((row) => [row.status, row.workout?.durationSeconds])).toEqual([
      ["warning", 2700],
      ["ok", 4500],
      ["warning", 3150],
    ]);
    expect(plan.rows[0]?.issues[0]?.message).toBe(
      '"45:00" is read as 45 minutes (minutes:seconds): as hours:minutes it would be more than a day.',
    );
  });
});

describe("a week column counted down to race day", () => {
  it("puts the lowest week last, as race week, with a note", () => {
    const plan = parseOk("Week,Day,Workout\n3,Mon,Easy 30 min\n3,Thu,Tempo 40 min\n2,Mon,Easy 35 min\n1,Mon,Easy 30 min\n0,Sat,Race\n", {
      raceDate: "2027-01-30",
    });
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-01-04", "2027-01-07", "2027-01-11", "2027-01-18", "2027-01-30"]);
    expect(plan.notes).toContain(
      'The weeks in "Week" count down (3 to 0), so they are read as weeks to race day: the last one is race week.',
    );
  });

  it("keeps weeks that count up as they are", () => {
    const plan = parseOk("Week,Day,Workout\n1,Mon,Easy 30 min\n2,Mon,Easy 35 min\n", { startDate: "2027-01-04" });
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-01-04", "2027-01-11"]);
  });
});

describe("a plan counted down in days", () => {
  it("puts day 0 on race day and each row that many days before it, with a note", () => {
    const plan = parseOk("Days to go,Workout\n6,Easy run 30 min\n4,Tempo 20 min\n2,Shakeout 15 min\n0,Race 5K\n", {
      raceDate: "2027-01-30",
    });
    expect(plan.rows.map((row) => [row.workout?.date, row.dateLabel])).toEqual([
      ["2027-01-24", "6 days to go"],
      ["2027-01-26", "4 days to go"],
      ["2027-01-28", "2 days to go"],
      ["2027-01-30", "Race day"],
    ]);
    expect(plan.notes).toContain('The days in "Days to go" count down (6 to 0), so they are read as days to race day.');
  });
});

describe("a day column in falling order", () => {
  it("is not read as a count-down when its header does not say so and it does not end on 0", () => {
    const plan = parseOk("Day,Workout\n3,Easy run 30 min\n2,Tempo 20 min\n1,Easy run 20 min\n", { startDate: "2027-01-04" });
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-01-06", "2027-01-05", "2027-01-04"]);
  });
});

describe("week rows dated without a day above 12", () => {
  it("take the one date order in which the weeks follow each other, with a note", () => {
    const plan = parseOk("Week of,Monday,Tuesday\n3/1/2027,Rest,Run 30 min\n3/8/2027,Rest,Run 35 min\n");
    expect(plan.needs.dateOrder).toBe(false);
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-03-01", "2027-03-02", "2027-03-08", "2027-03-09"]);
    expect(plan.notes).toContain(
      "The week rows' dates are read as month/day/year: only that way do the weeks follow each other; choose another order if they do not.",
    );
  });

  it("still ask when a single week row cannot tell", () => {
    expect(parseOk("Week of,Monday,Tuesday\n3/1/2027,Rest,Run 30 min\n").needs.dateOrder).toBe(true);
  });
});

describe("swim distances in yards written with a bare y", () => {
  it("reads 1500y as 1500 yards", () => {
    const plan = parseOk("Date,Workout\n2027-01-04,Swim 1500y easy\n");
    expect(plan.rows[0]?.workout).toMatchObject({ sport: "swim", distanceMeters: 1371.6 });
  });
});

describe("dated rows that name their weekday", () => {
  it("take the one date order in which the weekdays are right, with a note", () => {
    const plan = parseOk("Date,Day,Workout\n04/01/2027,Monday,Rest\n05/01/2027,Tuesday,Easy 5 km\n07/01/2027,Thursday,Tempo 8 km\n");
    expect(plan.needs.dateOrder).toBe(false);
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-01-04", "2027-01-05", "2027-01-07"]);
    expect(plan.notes).toContain(
      "Dates are read as day/month/year: only that way do they fall on the weekdays the plan names; choose another order if they do not.",
    );
  });
});

describe("a days-to-go column beside a week column", () => {
  it("places each row by its days to go, the week being only a label", () => {
    const plan = parseOk("Week,Days to race,Workout\n1,20,Easy run 30 min\n1,18,Tempo 40 min\n3,0,Race 10K\n", { raceDate: "2027-01-30" });
    expect(plan.rows.map((row) => [row.workout?.date, row.issues.length])).toEqual([
      ["2027-01-10", 0],
      ["2027-01-12", 0],
      ["2027-01-30", 0],
    ]);
  });
});

describe("dates under column names in another language", () => {
  it("are read as day/month/year with a note when nothing else tells the order", () => {
    const plan = parseOk("Fecha;Deporte;Título;Duración\n07/04/2027;Carrera;Rodaje suave;50 min\n09/04/2027;Ciclismo;Fondo;2:00\n");
    expect(plan.needs.dateOrder).toBe(false);
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-04-07", "2027-04-09"]);
    expect(plan.notes).toContain(
      "Dates are read as day/month/year, the way they are written where the plan's column names (German, French, Spanish, Italian, Dutch) are spoken; choose another order if they are not.",
    );
  });
});
