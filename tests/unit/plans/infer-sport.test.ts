import { describe, expect, it } from "vitest";
import { parseOk } from "../../helpers/plans";

describe("the sport, when no column names it", () => {
  it("reads a type column of workout kinds as the plan's running workouts, and says so", () => {
    const plan = parseOk(
      "date,type,distance_km\n2027-01-04,Easy,8\n2027-01-05,Tempo,10\n2027-01-06,Intervals,9\n2027-01-07,Recovery,5\n2027-01-08,Cross,\n2027-01-09,Rest,\n2027-01-10,Long,20\n",
    );
    expect(plan.rows.map((row) => row.workout?.sport)).toEqual(["run", "run", "run", "run", "crosstrain", "day_off", "run"]);
    expect(plan.rows[0]?.workout?.title).toBe("Easy");
    expect(plan.notes.join(" ")).toContain("are read as Run: their words and distances are a running plan's");
    expect(plan.needs.sport).toBeUndefined();
  });

  it("reads the sport from words in titles and descriptions, in several languages and emoji", () => {
    const plan = parseOk(
      [
        "date,title,description",
        "2027-01-04,Morning spin,",
        "2027-01-05,Pool session,400 easy",
        "2027-01-06,Gym,Squats and lunges",
        "2027-01-07,Yoga flow,",
        "2027-01-08,Dauerlauf locker,",
        "2027-01-09,🏊 Technik,",
        "2027-01-10,Day off,",
        "2027-01-11,Progression,Run the last 10 minutes at threshold",
      ].join("\n"),
    );
    expect(plan.rows.map((row) => row.workout?.sport)).toEqual(["bike", "swim", "strength", "other", "run", "swim", "day_off", "run"]);
  });

  it("reads kinds as rides in a plan whose other workouts are rides", () => {
    const plan = parseOk("date,title\n2027-01-04,Easy Z2 Ride\n2027-01-05,Sweet spot 3x12\n2027-01-06,Long endurance 3h\n");
    expect(plan.rows.map((row) => row.workout?.sport)).toEqual(["bike", "bike", "bike"]);
    expect(plan.notes.join(" ")).toContain("read as Bike: the plan's other workouts are rides");
  });

  it("puts rows that name nothing on the plan's sport, asks with its guess, and takes the user's answer", () => {
    const text = "date,title\n2027-01-04,Easy run\n2027-01-05,Session A\n2027-01-06,Session B\n";
    const guessed = parseOk(text);
    expect(guessed.needs.sport).toEqual({ guess: "run", why: "2 workouts name no sport; the plan's other workouts are runs" });
    expect(guessed.rows.map((row) => row.workout?.sport)).toEqual(["run", "run", "run"]);
    expect(guessed.notes.join(" ")).toContain("2 workouts name no sport and are read as Run");
    const chosen = parseOk(text, { defaultSport: "strength" });
    expect(chosen.rows.map((row) => row.workout?.sport)).toEqual(["run", "strength", "strength"]);
    expect(chosen.needs.sport?.guess).toBe("strength");
  });

  it("does not take a rest inside an interval description for a day off", () => {
    const plan = parseOk("date,title\n2027-01-04,5x 800m with rest 2 min\n2027-01-05,Rest or cross-training\n");
    expect(plan.rows.map((row) => row.workout?.sport)).toEqual(["run", "day_off"]);
  });

  it("keeps an unknown word in a sport column as that row's error", () => {
    const plan = parseOk("date,sport,title\n2027-01-04,Quidditch,Match\n");
    expect(plan.rows[0]?.issues[0]?.message).toBe(
      'Unknown sport "Quidditch". Use Swim, Bike, Run, Strength, Day Off or another TrainingPeaks sport.',
    );
  });
});
