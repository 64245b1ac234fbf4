import { describe, expect, it } from "vitest";
import { parseOk } from "../../helpers/plans";

describe("columns under the names plans really use", () => {
  it.each([
    ["German", "Datum;Sportart;Titel;Dauer;Distanz\n2027-01-04;Laufen;Locker;45;8 km\n"],
    ["French", "Date;Sport;Titre;Durée;Distance\n2027-01-04;Course à pied;Footing;45;8 km\n"],
    ["Spanish", "Fecha;Deporte;Título;Duración;Distancia\n2027-01-04;Correr;Rodaje suave;45;8 km\n"],
    ["Italian", "Data;Disciplina;Titolo;Durata;Distanza\n2027-01-04;Corsa;Lento;45;8 km\n"],
    ["Dutch", "Datum;Soort;Titel;Duur;Afstand\n2027-01-04;Hardlopen;Rustig;45;8 km\n"],
  ])("reads a plan with %s headers", (_language, text) => {
    const plan = parseOk(text);
    expect(plan.rows[0]?.workout).toMatchObject({ date: "2027-01-04", sport: "run", durationSeconds: 2700, distanceMeters: 8000 });
  });

  it("reads Google Calendar's CSV, its dates as month/day/year, and leaves its bookkeeping columns out", () => {
    const plan = parseOk(
      "Subject,Start Date,Start Time,End Date,End Time,All Day Event,Description,Location,Private\n🏃 Easy 30m,08/06/2027,,,,TRUE,Relaxed,Park,FALSE\n🛏 Rest,08/07/2027,,,,TRUE,,,FALSE\n",
    );
    expect(plan.rows.map((row) => [row.workout?.date, row.workout?.sport, row.workout?.durationSeconds])).toEqual([
      ["2027-08-06", "run", 1800],
      ["2027-08-07", "day_off", undefined],
    ]);
    expect(plan.rows[0]?.workout?.description).toBe("Relaxed\nLocation: Park");
    expect(plan.notes).toContain(
      "Dates are read as month/day/year, the way Google Calendar's CSV writes them; choose another order if they are not.",
    );
    expect(plan.columnRoles.filter((use) => use.role === "ignore").map((use) => use.header)).toEqual([
      "End Date",
      "All Day Event",
      "Private",
    ]);
  });

  it("reads total_duration, Start and WeeksToGoal", () => {
    expect(parseOk("Start,Workout,total_duration\n2027-01-04,Easy run,50\n").rows[0]?.workout).toMatchObject({
      date: "2027-01-04",
      durationSeconds: 3000,
    });
    expect(parseOk("WeeksToGoal,Event\n1,Easy 5 mi\n1,Rest\n0,Easy 3 mi\n0,Race\n", { raceDate: "2027-01-10" }).columnRoles[0]).toEqual({
      header: "WeeksToGoal",
      role: "weeksToGoal",
      auto: true,
    });
  });
});

describe("the header row", () => {
  it("is found below a title and blank rows, as Google Sheets exports have it", () => {
    const plan = parseOk('"Spring plan","",""\n"","",""\n"Coach: Ann","",""\n"Date","Sport","Title"\n"2027-01-04","Run","Easy"\n');
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0]?.workout).toMatchObject({ rowNumber: 5, sport: "run", title: "Easy" });
  });
});

describe("row numbers", () => {
  it("are the spreadsheet's rows, counting blank rows and not the line breaks inside a cell", () => {
    const plan = parseOk('date,sport,title,description\r\n2027-01-04,Run,A,"two\r\nlines"\r\n\r\n,,,\r\n2027-01-06,Run,B,\r\n');
    expect(plan.rows.map((row) => row.rowNumber)).toEqual([2, 5]);
  });
});

describe("nothing dropped", () => {
  it("puts a column that feeds no field into the description under its header, unless it is ignored", () => {
    const text = "date,sport,title,Pace,HR Zone,RPE / Duration,Notes 2\n2027-01-04,Run,Easy,5:30/km,Z2,RPE 4,Flat route\n";
    expect(parseOk(text).rows[0]?.workout?.description).toBe("Pace: 5:30/km\nHR Zone: Z2\nRPE / Duration: RPE 4\nNotes 2: Flat route");
    const ignored = parseOk(text, { columnRoles: { Pace: "ignore", "Notes 2": "ignore" } });
    expect(ignored.rows[0]?.workout?.description).toBe("HR Zone: Z2\nRPE / Duration: RPE 4");
    expect(ignored.columnRoles.find((use) => use.header === "Pace")).toEqual({ header: "Pace", role: "ignore", auto: false });
  });

  it("makes rest days Day Off workouts", () => {
    const plan = parseOk("date,title\n2027-01-04,Rest\n2027-01-05,Off\n2027-01-06,Easy run 5 km\n");
    expect(plan.rows.map((row) => row.workout?.sport)).toEqual(["day_off", "day_off", "run"]);
  });
});

describe("TrainingPeaks exports", () => {
  const header =
    "Title,WorkoutType,WorkoutDescription,PlannedDuration,PlannedDistanceInMeters,WorkoutDay,CoachComments,DistanceInMeters,TimeTotalInHours,HeartRateAverage,TSS";
  it("leaves completed activities (actuals, nothing planned) out with a note, and imports the planned rows", () => {
    const plan = parseOk(
      [
        header,
        "Tempo,Run,,1.0,,2027-02-01,,10000,1.02,150,70",
        "Evening swim,Swim,,,,2027-02-01,,2000,0.7,124,40",
        "Rest,Day Off,,,,2027-02-02,,,,,",
      ].join("\n"),
    );
    expect(plan.rows.map((row) => [row.rowNumber, row.workout?.sport, row.workout?.durationSeconds])).toEqual([
      [2, "run", 3600],
      [4, "day_off", undefined],
    ]);
    expect(plan.notes).toContain("1 row is a completed activity (actual values, nothing planned: row 3) and is left out.");
  });
});

describe("distances without a unit", () => {
  it("are read as miles when the values are a marathon plan's, with a note", () => {
    const plan = parseOk("date,type,distance\n2027-01-04,Easy,5\n2027-01-05,Long,20\n2027-01-06,Race,26.2\n");
    expect(plan.rows[1]?.workout?.distanceMeters).toBe(32_186.88);
    expect(plan.notes.join(" ")).toContain(
      "Distances without a unit are read as miles because the values (26.2) are a marathon plan's race distances in miles",
    );
    expect(plan.needs.distanceUnit).toBeUndefined();
  });

  it("take the unit the plan writes elsewhere", () => {
    const plan = parseOk("date,title,distance,pace\n2027-01-04,Easy,8,5:30/km\n2027-01-05,Long,16,5:45/km\n", {});
    expect(plan.rows[0]?.workout?.distanceMeters).toBe(8000);
  });

  it("wait for the user's unit when nothing says it, and take it once given", () => {
    const text = "date,title,distance\n2027-01-04,Easy,8\n2027-01-05,Long,16\n";
    const asked = parseOk(text);
    expect(asked.needs.distanceUnit).toEqual({ why: "2 distances (8, 16) have no unit, and nothing in the plan says which." });
    expect(asked.rows.map((row) => row.status)).toEqual(["waiting", "waiting"]);
    const answered = parseOk(text, { distanceUnit: "mi" });
    expect(answered.rows.map((row) => row.workout?.distanceMeters)).toEqual([12_874.75, 25_749.5]);
    expect(answered.needs.distanceUnit).toBeUndefined();
  });
});

describe("headers with their unit in brackets", () => {
  it("reads Duration (hh:mm), Time (min) and Distance [km]", () => {
    const plan = parseOk("Date,Sport,Duration (hh:mm),Distance [km]\n2027-01-04,Run,0:45,8\n");
    expect(plan.rows[0]?.workout).toMatchObject({ durationSeconds: 2700, distanceMeters: 8000 });
    expect(parseOk("Date,Sport,Time (min)\n2027-01-04,Run,50\n").rows[0]?.workout?.durationSeconds).toBe(3000);
    expect(parseOk("Date,Sport,Time (h)\n2027-01-04,Bike,1.5\n").rows[0]?.workout?.durationSeconds).toBe(5400);
  });
});

describe("a plan's unit named by its columns", () => {
  it("reads bare distances in the unit a column header counts", () => {
    const plan = parseOk("date,type,distance,Weekly Mileage\n2027-01-04,Easy,5,30\n");
    expect(plan.rows[0]?.workout?.distanceMeters).toBe(8046.72);
    expect(plan.notes.join(" ")).toContain("because the plan's columns count miles (Weekly Mileage)");
  });
});

describe("a guess for the unit, never taken silently", () => {
  it("suggests miles for a plan with month/day/year dates, and still waits for the answer", () => {
    const plan = parseOk("date,title,distance\n12/30/2027,Easy,4\n12/31/2027,Long,9\n");
    expect(plan.needs.distanceUnit).toEqual({
      guess: "mi",
      why: "2 distances (4, 9) have no unit, and nothing in the plan says which. Its dates are written month/day/year, as in the US.",
    });
    expect(plan.rows.map((row) => row.status)).toEqual(["waiting", "waiting"]);
  });
});

describe("dates as spreadsheets write them", () => {
  it("reads 6-Jan-27 and a date with its time of day", () => {
    const plan = parseOk("date,sport,title\n6-Jan-27,Run,A\n1/7/2027 6:00 AM,Run,B\n1/13/2027 18:30,Run,C\n");
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-01-06", "2027-01-07", "2027-01-13"]);
  });
});
