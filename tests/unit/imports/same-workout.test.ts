import { describe, expect, it } from "vitest";
import { describeChange } from "@/lib/imports/create/describe-change";
import { contentKeyOf, looksTheSame, planKeyOf, slotsOf } from "@/lib/imports/ledger/same-workout";
import type { PlannedWorkout } from "@/lib/plans/workout";

const run = (rowNumber: number, date: string, title: string, extra: Partial<PlannedWorkout> = {}): PlannedWorkout => ({
  rowNumber,
  date,
  sport: "run",
  title,
  ...extra,
});

describe("which plan a file is", () => {
  it("takes a revised file's name as the same plan", () => {
    for (const name of [
      "Base plan v2.csv",
      "base_plan (1).csv",
      "Base Plan - rev 3.xlsx",
      "base plan final.csv",
      "BASE-PLAN.CSV",
      "C:\\plans\\base plan.csv",
    ]) {
      expect(planKeyOf(name)).toBe(planKeyOf("base-plan.csv"));
    }
  });

  it("keeps names that only end like a version apart", () => {
    expect(planKeyOf("Kiev.csv")).toBe("kiev");
    expect(planKeyOf("marathon 2027.csv")).not.toBe(planKeyOf("marathon 2028.csv"));
    expect(planKeyOf("base plan.csv")).not.toBe(planKeyOf("build plan.csv"));
  });
});

describe("the same workout", () => {
  it("has the same content wherever its row sits in the file", () => {
    expect(contentKeyOf(run(2, "2027-02-01", "Easy"))).toBe(contentKeyOf(run(9, "2027-02-01", "Easy")));
    expect(contentKeyOf(run(2, "2027-02-01", "Easy"))).not.toBe(contentKeyOf(run(2, "2027-02-01", "Easy", { durationSeconds: 2700 })));
  });

  it("gets its slot from its day, sport and place among that day's workouts of that sport", () => {
    const slots = slotsOf([
      run(4, "2027-02-01", "PM run"),
      run(2, "2027-02-01", "AM run"),
      { ...run(3, "2027-02-01", "Ride"), sport: "bike" },
    ]);
    expect(slots.get("2:0")).toEqual({ workoutDay: "2027-02-01", sport: "run", slot: 0 });
    expect(slots.get("4:0")).toEqual({ workoutDay: "2027-02-01", sport: "run", slot: 1 });
    expect(slots.get("3:0")).toEqual({ workoutDay: "2027-02-01", sport: "bike", slot: 0 });
  });
});

describe("a workout read back from a calendar", () => {
  const workout: PlannedWorkout = { rowNumber: 2, date: "2027-03-10", sport: "bike", title: "4x4 VO2" };
  it("looks the same when its day, sport and title are (case and outer spaces aside)", () => {
    expect(looksTheSame({ workoutDay: "2027-03-10T00:00:00", sports: ["bike"], title: " 4x4 vo2 " }, workout)).toBe(true);
    expect(looksTheSame({ workoutDay: "2027-03-11T00:00:00", sports: ["bike"], title: "4x4 VO2" }, workout)).toBe(false);
    expect(looksTheSame({ workoutDay: "2027-03-10T00:00:00", sports: ["run"], title: "4x4 VO2" }, workout)).toBe(false);
  });
  it("looks the same as a brick row when the calendar shows it under a sport that stands for several (the Partner API's other)", () => {
    const brick: PlannedWorkout = { rowNumber: 3, date: "2027-03-10", sport: "brick", title: "Bike + run" };
    expect(
      looksTheSame({ workoutDay: "2027-03-10", sports: ["other", "brick", "race", "day_off", "custom"], title: "Bike + run" }, brick),
    ).toBe(true);
    expect(looksTheSame({ workoutDay: "2027-03-10", sports: ["other"], title: "Bike + run" }, brick)).toBe(false);
  });
});

describe("what a revised row changes", () => {
  it("names the fields in words, with the old and new values", () => {
    expect(
      describeChange(
        run(2, "2027-02-01", "Tempo", { durationSeconds: 3000 }),
        run(2, "2027-02-01", "Tempo", { durationSeconds: 3300, description: "Hills" }),
      ),
    ).toBe("Duration 0:50 → 0:55; new description");
    expect(
      describeChange(
        run(2, "2027-02-01", "Tempo"),
        run(2, "2027-02-01", "Tempo run", { tss: 60, distanceMeters: 10_000, startTime: "06:30" }),
      ),
    ).toBe("Title Tempo → Tempo run; Distance none → 10 km; TSS none → 60; and 1 more");
  });
});
