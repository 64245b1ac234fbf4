import { describe, expect, it } from "vitest";
import { readTextMeasures } from "@/lib/plans/read-text-measures";
import { parseOk } from "../../helpers/plans";

const MILE = 1609.344;

describe("times and distances written in a workout's words", () => {
  it.each([
    ["Medium-long run 11 mi", { meters: Math.round(11 * MILE * 100) / 100 }],
    ["5km easy", { meters: 5000 }],
    ["25 minutes", { seconds: 1500 }],
    ["• 72 min · 87 TSS · IF 0.85", { seconds: 4320, tss: 87, intensityFactor: 0.85 }],
    ["30m", { seconds: 1800 }],
    ["Track: 400m repeats", { meters: 400 }],
    ["PT1H30M", { seconds: 5400 }],
    ["1.5h run", { seconds: 5400 }],
    ["1h30 easy", { seconds: 5400 }],
    ["~ 45 minutes", { seconds: 2700 }],
    ["17+ mins", { seconds: 1020 }],
    ["Long run 90' @ 5:30/km", { seconds: 5400 }],
    ["RACE DAY (21.1km)", { meters: 21_100 }],
  ])("reads %j", (text, expected) => {
    expect(readTextMeasures(text)).toEqual(expected);
  });

  it("plans the lower value of a range and says it was a range", () => {
    expect(readTextMeasures("30-40 mins")).toEqual({ seconds: 1800, rangeText: "30-40 mins" });
    expect(readTextMeasures("5–6 km steady")).toEqual({ meters: 5000, rangeText: "5–6 km" });
    expect(readTextMeasures("11-15k, middle 5k @MP")).toEqual({ meters: 11_000, rangeText: "11-15k" });
  });

  it("does not take repeats, paces or race-distance paces for the workout's own figures", () => {
    expect(readTextMeasures("Bike: 4x4m Hard / 2m Easy")).toEqual({});
    expect(readTextMeasures("Warm-up + 5x(0.25mi at race pace + rest 2 mins)")).toEqual({});
    expect(readTextMeasures("Easy @ 5:30-6:00/km")).toEqual({});
    expect(readTextMeasures("Lactate threshold 9 mi w/ 4 mi @ 15K to half marathon race pace")).toEqual({
      meters: Math.round(9 * MILE * 100) / 100,
    });
    expect(readTextMeasures("General aerobic + speed 8 mi w/ 10x100 m strides")).toEqual({ meters: Math.round(8 * MILE * 100) / 100 });
  });

  it("gives no total for a text that starts with its warm-up", () => {
    expect(readTextMeasures("10 min easy warmup | 15 min @ tempo | 10 min cooldown")).toEqual({});
  });
});

describe("a plan whose times and distances are in its text", () => {
  it("reads them into the workout, and keeps a range from a column in the description", () => {
    const plan = parseOk(
      "date,title,duration\n2027-01-04,Medium-long run 11 mi,\n2027-01-05,Easy run,30-40 mins\n2027-01-06,W1-Sat: Easy Z2 Ride,• 72 min · 87 TSS · IF 0.85\n",
    );
    expect(plan.rows[0]?.workout).toMatchObject({ sport: "run", distanceMeters: 17_702.78 });
    expect(plan.rows[1]?.workout).toMatchObject({ sport: "run", durationSeconds: 1800, description: "duration: 30-40 mins" });
    expect(plan.rows[2]?.workout).toMatchObject({ sport: "bike" });
  });

  it("reads an approximate distance in a miles column", () => {
    const plan = parseOk("date,type,miles\n2027-01-04,Easy Run,~2.5\n");
    expect(plan.rows[0]?.workout).toMatchObject({ sport: "run", distanceMeters: 4023.36 });
  });
});
