import { describe, expect, it } from "vitest";
import { parsePlanCsv } from "@/lib/plans/parse-plan-csv";
import { summarizePlan } from "@/lib/plans/summarize-plan";
import { parseOk, readSample } from "../../helpers/plans";

describe("each sample layout", () => {
  it("reads the plan with a date on every row", () => {
    const plan = parseOk(readSample("plan-dated.csv"));
    expect(plan.layout).toBe("dated");
    expect(plan.rows.map((row) => row.status)).toEqual(Array(7).fill("ok"));
    expect(plan.rows[0]?.workout).toEqual({
      rowNumber: 2,
      date: "2027-01-04",
      sport: "run",
      title: "Easy run",
      description: "Conversational pace.\nKeep the heart rate in zone 2.",
      durationSeconds: 2700,
      distanceMeters: 8000,
      tss: 40,
      intensityFactor: 0.72,
    });
    expect(plan.rows[1]?.workout).toMatchObject({ sport: "bike", durationSeconds: 4500, intensityFactor: 0.83 });
    expect(plan.rows[5]?.workout).toMatchObject({ sport: "bike", title: "Long ride", durationSeconds: 10_800, distanceMeters: 80_000 });
  });

  it("places day numbers from the chosen start date", () => {
    const plan = parseOk(readSample("plan-day-number.csv"), { startDate: "2027-03-01" });
    expect(plan.layout).toBe("day_number");
    expect(plan.rows.map((row) => row.workout?.date)).toEqual([
      "2027-03-01",
      "2027-03-02",
      "2027-03-03",
      "2027-03-04",
      "2027-03-05",
      "2027-03-06",
      "2027-03-07",
    ]);
    expect(plan.rows[0]?.workout).toMatchObject({ subtype: "Road", phase: "Base", durationSeconds: 2400, tss: 35, distanceMeters: 7000 });
    expect(plan.rows[3]?.workout).toMatchObject({ sport: "day_off", title: "Day off" });
    expect(plan.rows[6]?.workout?.distanceMeters).toBe(16_093.44);
  });

  it("waits for a start date before placing day numbers", () => {
    const plan = parseOk(readSample("plan-day-number.csv"));
    expect(plan.needs.startDate).toBe(true);
    expect(plan.rows.every((row) => row.status === "waiting" && row.workout === null)).toBe(true);
    expect(plan.rows[2]?.dateLabel).toBe("Day 3");
  });

  it("places week and weekday inside each week from the start date, in a semicolon file with decimal commas and CRLF", () => {
    const plan = parseOk(readSample("plan-week-weekday.csv"), { startDate: "2027-01-04" });
    expect(plan.layout).toBe("week_weekday");
    expect(plan.delimiter).toBe(";");
    expect(plan.rows.map((row) => row.workout?.date)).toEqual([
      "2027-01-04",
      "2027-01-06",
      "2027-01-09",
      "2027-01-11",
      "2027-01-13",
      "2027-01-17",
    ]);
    expect(plan.rows[0]?.workout?.distanceMeters).toBe(1500);
    expect(plan.rows[1]?.workout).toMatchObject({ distanceMeters: 9500, description: "20 min at threshold\nEasy before and after" });
  });

  it("starts week 1 on the start date's own weekday when the plan does not start on a Monday", () => {
    const plan = parseOk("week,day,sport,title\n1,Wed,Run,A\n1,Mon,Run,B\n2,Mon,Run,C\n", { startDate: "2027-01-06" });
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-01-06", "2027-01-11", "2027-01-18"]);
  });

  it("reads TrainingPeaks' own export, with planned hours and metres, and leaves the actual TSS out", () => {
    const plan = parseOk(readSample("plan-trainingpeaks-export.csv"));
    expect(plan.layout).toBe("trainingpeaks_export");
    expect(plan.rows[1]?.workout).toMatchObject({ date: "2027-02-02", sport: "run", durationSeconds: 4080, distanceMeters: 12_000 });
    expect(plan.rows[0]?.workout).toMatchObject({ coachComments: "Keep it truly easy", durationSeconds: 2700 });
    expect(plan.columns.ignored).toEqual(expect.arrayContaining(["TSS", "IF", "DistanceInMeters"]));
    expect(plan.rows.every((row) => row.workout?.tss === undefined)).toBe(true);
  });
});

describe("file shapes people actually have", () => {
  it("reads a UTF-8 BOM, CRLF line ends and loose header names", () => {
    const plan = parseOk("\uFEFFWorkout Date,Activity Type,Workout_Name,Planned Duration\r\n2027-05-01,Cycling,Spin,1:00\r\n");
    expect(plan.rows[0]?.workout).toMatchObject({ date: "2027-05-01", sport: "bike", title: "Spin", durationSeconds: 3600 });
  });

  it("reads tab-separated files", () => {
    const plan = parseOk("date\tsport\ttitle\tduration_minutes\n2027-05-01\tSwimming\tPool\t45\n");
    expect(plan.delimiter).toBe("\t");
    expect(plan.rows[0]?.workout).toMatchObject({ sport: "swim", durationSeconds: 2700 });
  });

  it("keeps line breaks inside quoted cells", () => {
    const plan = parseOk('date,sport,title,description\n2027-05-01,Run,Tempo,"Line one\nLine two, with a comma"\n2027-05-02,Run,Easy,\n');
    expect(plan.rows).toHaveLength(2);
    expect(plan.rows[0]?.workout?.description).toBe("Line one\nLine two, with a comma");
    expect(plan.rows[1]?.rowNumber).toBe(3);
  });

  it("reads written-out dates and decides day/month order from the file", () => {
    const plan = parseOk("date,sport,title\nMonday 4 January 2027,Run,A\n25/01/2027,Run,B\n03/02/2027,Run,C\n");
    expect(plan.dateOrder).toBe("dmy");
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-01-04", "2027-01-25", "2027-02-03"]);
  });

  it("asks for the date order when the file cannot tell, and uses the answer", () => {
    const text = "date,sport,title\n03/02/2027,Run,A\n04/05/2027,Run,B\n";
    const unsure = parseOk(text);
    expect(unsure.needs.dateOrder).toBe(true);
    expect(unsure.rows.every((row) => row.status === "waiting")).toBe(true);
    expect(parseOk(text, { dateOrder: "mdy" }).rows.map((row) => row.workout?.date)).toEqual(["2027-03-02", "2027-04-05"]);
  });

  it("says so when a file mixes day/month and month/day dates", () => {
    const plan = parseOk("date,sport,title\n25/01/2027,Run,A\n01/25/2027,Run,B\n");
    expect(plan.dateConflict).toContain("choose the order");
    expect(plan.needs.dateOrder).toBe(true);
  });

  it("skips comment lines starting with #", () => {
    const plan = parseOk("# Base block, week 1\nweek,day,sport,title\n1,Mon,Run,Easy\n# rest on Tuesday\n1,Wed,Bike,Spin\n", {
      startDate: "2027-01-04",
    });
    expect(plan.rows.map((row) => row.workout?.title)).toEqual(["Easy", "Spin"]);
  });

  it("counts days from 0 when the plan does", () => {
    const plan = parseOk("day,sport,title\n0,Run,A\n1,Run,B\n", { startDate: "2027-01-04" });
    expect(plan.rows.map((row) => row.workout?.date)).toEqual(["2027-01-04", "2027-01-05"]);
  });
});

describe("rows with problems", () => {
  const text = [
    "date,sport,title,duration,distance,distance_unit,tss,if",
    "2027-01-04,Run,Good,45,8,km,40,0.8",
    "2027-01-05,Quidditch,Bad sport,45,,,,",
    "2027-02-30,Run,Bad date,45,,,,",
    "2027-01-06,Run,Bad duration,soon,,,,",
    "2027-01-07,Run,No unit,45,10,,,",
    "2027-01-08,Run,,30,,,,",
    "2027-01-09,Run,Percent IF,60,,,50,85%",
    "2027-01-04,Run,Good,45,8,km,40,0.8",
  ].join("\n");

  it("keeps each bad row out with its reason, and never stops the others", () => {
    const plan = parseOk(text);
    expect(plan.rows.map((row) => row.status)).toEqual(["ok", "error", "error", "error", "waiting", "warning", "ok", "warning"]);
    expect(plan.rows[1]?.issues[0]).toEqual({
      rowNumber: 3,
      column: "sport",
      severity: "error",
      message: 'Unknown sport "Quidditch". Use Swim, Bike, Run, Strength, Day Off or another TrainingPeaks sport.',
    });
    expect(plan.rows[2]?.issues[0]).toMatchObject({ rowNumber: 4, column: "date", message: '"2027-02-30" is not a real calendar date.' });
    expect(plan.rows[3]?.issues[0]).toMatchObject({ column: "duration" });
    expect(plan.needs.distanceUnit?.why).toBe("1 distance (10) has no unit, and nothing in the plan says which.");
    expect(plan.rows[5]?.workout?.title).toBe("Run");
    expect(plan.rows[6]?.workout?.intensityFactor).toBe(0.85);
    expect(plan.rows[7]?.issues[0]?.message).toBe("Same date, sport and title as row 2; it will be imported twice.");
  });

  it("sums up what will be imported and what needs attention", () => {
    const summary = summarizePlan(parseOk(text).rows);
    expect(summary).toMatchObject({
      rows: 8,
      workouts: 4,
      errors: 3,
      waiting: 1,
      warnings: 2,
      firstDate: "2027-01-04",
      lastDate: "2027-01-09",
      weeks: 1,
    });
    expect(summary.hoursBySport).toEqual([{ sport: "run", label: "Run", hours: 3, count: 4 }]);
  });

  it("marks the row where a quote is never closed", () => {
    const plan = parseOk('date,sport,title,description\n2027-01-04,Run,A,fine\n2027-01-05,Run,B,"never closed\n2027-01-06,Run,C,lost\n');
    expect(plan.rows[1]?.status).toBe("error");
    expect(plan.rows[1]?.issues.at(-1)?.message).toContain("never closed");
    expect(plan.rows[0]?.status).toBe("ok");
  });

  it("warns about cells beyond the header", () => {
    const plan = parseOk("date,sport,title\n2027-01-04,Run,A,surprise\n");
    expect(plan.rows[0]?.status).toBe("warning");
    expect(plan.rows[0]?.issues[0]?.message).toContain("extra cells are left out");
  });
});

describe("files refused as a whole, with one sentence", () => {
  it.each([
    ["", "The file is empty."],
    ["  \n\n ", "The file is empty."],
    ["date,sport,title\n", "The file names its columns but has no workout rows."],
    [
      "PK\u0003\u0004\u0014\u0000\u0006\u0000binary workbook",
      "This is a spreadsheet workbook, not a CSV: in your spreadsheet app choose Save As (or Download) → CSV, then use that file.",
    ],
    ["%PDF-1.7 something", "This is a PDF, not a CSV: export the plan from its spreadsheet as CSV."],
    ["\u0000\u0001\u0002binary", "This file is not text, so it cannot be a CSV plan: export the plan as CSV and try again."],
    [
      "Dear coach,\nhere is my plan for the spring.\n",
      "No plan columns found: the first row should name the columns, for example date, sport, title, duration.",
    ],
    ["title,duration\nEasy,45\n", "No date column found: add a date column, a day number column, or week and day columns."],
  ])("refuses %j", (text, sentence) => {
    expect(parsePlanCsv(text)).toEqual({ ok: false, fileError: sentence });
  });

  it("refuses a file over 10 MB", () => {
    const big = `date,sport,title,description\n${"2027-01-01,Run,A,".padEnd(1000, "x")}\n`.repeat(11_000);
    expect(parsePlanCsv(big)).toEqual({
      ok: false,
      fileError: expect.stringMatching(/^The file is 10\.\d MB; PlanDrop takes plans up to 10 MB\.$/),
    });
  });

  it("refuses a plan over 20,000 rows", () => {
    const many = `date,sport,title\n${"2027-01-01,Run,A\n".repeat(20_001)}`;
    expect(parsePlanCsv(many)).toEqual({
      ok: false,
      fileError: "The plan has more than 20,000 rows; split it into smaller files and import them one after another.",
    });
  });

  it("takes exactly 20,000 rows", () => {
    const many = `date,sport,title\n${"2027-01-01,Run,A\n".repeat(20_000)}`;
    expect(parseOk(many).rows).toHaveLength(20_000);
  });
});
