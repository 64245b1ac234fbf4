import { describe, expect, it } from "vitest";
import { parseOk } from "../../../helpers/plans";
import { checkPartnerBody } from "../../../fakes/partner-structure-checks";
import { resolveStructure } from "@/lib/workouts/resolve-structure";
import type { WorkoutStructure } from "@/lib/workouts/structure";
import { toPartnerStructure } from "@/lib/trainingpeaks/partner/map-structure";
import { sportsOfWorkoutType, sportWarningOf, toPartnerWorkout } from "@/lib/trainingpeaks/partner/map-workout";
import { listSlices, partnerDayRefusal } from "@/lib/trainingpeaks/partner/rules";

function workoutOf(csv: string) {
  const row = parseOk(csv).rows[0];
  if (!row?.workout) throw new Error("no workout");
  return row.workout;
}

function resolved(text: string) {
  const workout = workoutOf(`date,sport,title,structure\n2027-04-05,Run,Test,"${text}"\n`);
  const resolution = resolveStructure(workout.structure as WorkoutStructure);
  if ("error" in resolution) throw new Error(resolution.error);
  return resolution.structure;
}

describe("the Partner API's structure", () => {
  it("writes whole percentages with the midpoint by default, and fractions when switched", () => {
    const structure = resolved("10m 50-65%");
    expect(toPartnerStructure(structure)[0]).toMatchObject({ IntensityTarget: { Value: 57.5, MinValue: 50, MaxValue: 65 } });
    expect(toPartnerStructure(structure, { percentScale: "fraction", paceAs: "speed" })[0]).toMatchObject({
      IntensityTarget: { Value: 0.575, MinValue: 0.5, MaxValue: 0.65 },
    });
  });

  it("writes a pace target as a share of threshold speed by default, and of threshold pace (bounds swapped) when switched", () => {
    const workout = workoutOf(`date,sport,title,threshold_pace,structure\n2027-04-05,Run,Tempo,4:00/km,"20m 4:10-4:20/km"\n`);
    const resolution = resolveStructure(workout.structure as WorkoutStructure, { thresholds: workout.thresholds });
    if ("error" in resolution) throw new Error(resolution.error);
    const speed = toPartnerStructure(resolution.structure)[0] as { IntensityTarget: { Unit: string; MinValue: number; MaxValue: number } };
    expect(resolution.structure.metric).toBe("pace");
    expect(speed.IntensityTarget.Unit).toBe("PercentOfThresholdSpeed");
    const pace = toPartnerStructure(resolution.structure, { percentScale: "whole", paceAs: "pace" })[0] as {
      IntensityTarget: { MinValue: number; MaxValue: number };
    };
    expect(pace.IntensityTarget.MinValue).toBeCloseTo(10_000 / speed.IntensityTarget.MaxValue, 2);
    expect(pace.IntensityTarget.MaxValue).toBeCloseTo(10_000 / speed.IntensityTarget.MinValue, 2);
  });

  it("sends a set run once as its steps and never nests repetitions", () => {
    const elements = toPartnerStructure(resolved("3x(1m 100%; 1m 50%); 5m 60%"));
    expect(elements.map((element) => element.Type)).toEqual(["Repetition", "Step"]);
  });
});

describe("a planned workout for the Partner API", () => {
  it("is a body the fake's checks accept: lowercase WorkoutType, decimal hours, metres, the structure as a JSON array string", () => {
    const body = toPartnerWorkout(
      workoutOf(`date,sport,title,duration,distance,structure\n2027-04-05,Bike,VO2,60,30km,"10m 50-65%"\n`),
      "1234567",
    );
    expect(body).toMatchObject({
      AthleteId: 1234567,
      WorkoutDay: "2027-04-05",
      WorkoutType: "bike",
      TotalTimePlanned: 1,
      DistancePlanned: 30000,
    });
    expect(body.Structure?.startsWith('[{"Type":"Step"')).toBe(true);
    expect(checkPartnerBody(body as unknown as Record<string, unknown>)).toBeNull();
  });

  it("goes as other with a note on the row when the Partner API has no type for its sport", () => {
    const body = toPartnerWorkout(workoutOf("date,sport,title\n2027-04-05,Brick,Bike + run\n"), "1");
    expect(body.WorkoutType).toBe("other");
    expect(sportWarningOf("brick")).toBe(
      "TrainingPeaks' official API has no Brick workout type, so this workout goes on the calendar as Other.",
    );
    expect(sportWarningOf("run")).toBeNull();
  });

  it("reads WorkoutType back whatever its case, and an other as any sport sent as other", () => {
    expect(sportsOfWorkoutType("X-Train")).toEqual(["crosstrain"]);
    expect(sportsOfWorkoutType("XC-Ski")).toEqual(["xc_ski"]);
    expect(sportsOfWorkoutType("Day Off")).toEqual(["day_off"]);
    expect(sportsOfWorkoutType("Other")).toEqual(["other", "brick", "race", "day_off", "custom"]);
  });
});

describe("the Partner API's dates", () => {
  it("refuses a day more than 7 days back or more than a year ahead, and a Basic athlete's future day, each with a sentence", () => {
    expect(partnerDayRefusal({ date: "2027-03-25" }, "2027-04-01", false)).toBeNull();
    expect(partnerDayRefusal({ date: "2027-03-24" }, "2027-04-01", false)).toBe(
      "TrainingPeaks' official API plans workouts at most 7 days back (from 2027-03-25); this row's 2027-03-24 is earlier, so it is not sent.",
    );
    expect(partnerDayRefusal({ date: "2028-03-31" }, "2027-04-01", false)).toBeNull();
    expect(partnerDayRefusal({ date: "2028-04-01" }, "2027-04-01", false)).toContain("at most a year ahead");
    expect(partnerDayRefusal({ date: "2027-04-01" }, "2027-04-01", true)).toBeNull();
    expect(partnerDayRefusal({ date: "2027-04-02" }, "2027-04-01", true)).toContain("needs Premium");
  });

  it("reads a calendar in slices of at most 45 days", () => {
    expect(listSlices("2027-01-01", "2027-03-31")).toEqual([
      ["2027-01-01", "2027-02-14"],
      ["2027-02-15", "2027-03-31"],
    ]);
    expect(listSlices("2027-01-01", "2027-01-01")).toEqual([["2027-01-01", "2027-01-01"]]);
  });
});
