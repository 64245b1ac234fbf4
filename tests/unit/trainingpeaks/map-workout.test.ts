import { describe, expect, it } from "vitest";
import type { PlannedWorkout } from "@/lib/plans/workout";
import { toWorkoutPayload } from "@/lib/trainingpeaks/map-workout";

const workout: PlannedWorkout = {
  rowNumber: 2,
  date: "2027-03-10",
  sport: "bike",
  title: "4x4 VO2",
  description: "Hard",
  coachComments: "Fuel well",
  durationSeconds: 4080,
  distanceMeters: 32_500,
  tss: 63.41,
  intensityFactor: 0.85,
  startTime: "06:30",
  phase: "Build",
};

describe("the TrainingPeaks payload for a planned workout", () => {
  it("sends the plan's calendar day at local midnight, hours, metres and IF as a fraction", () => {
    expect(toWorkoutPayload(workout, "1234567")).toEqual({
      athleteId: 1234567,
      workoutDay: "2027-03-10T00:00:00",
      workoutTypeValueId: 2,
      title: "4x4 VO2",
      description: "Hard",
      coachComments: "Fuel well",
      totalTimePlanned: 1.1333333333333333,
      distancePlanned: 32_500,
      tssPlanned: 63.41,
      ifPlanned: 0.85,
      startTimePlanned: "2027-03-10T06:30:00",
    });
  });

  it("leaves out what the row does not have", () => {
    expect(toWorkoutPayload({ rowNumber: 3, date: "2027-03-11", sport: "day_off", title: "Rest" }, "1")).toEqual({
      athleteId: 1,
      workoutDay: "2027-03-11T00:00:00",
      workoutTypeValueId: 7,
      title: "Rest",
    });
  });

  it("uses the checked sport ids", () => {
    const ids = (["swim", "run", "strength", "custom", "rowing", "walk", "other"] as const).map(
      (sport) => toWorkoutPayload({ ...workout, sport }, "1").workoutTypeValueId,
    );
    expect(ids).toEqual([1, 3, 9, 10, 12, 13, 100]);
  });
});
