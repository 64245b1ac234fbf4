import { describe, expect, it } from "vitest";
import { isCompletedWorkout, mergePlannedFields } from "@/lib/trainingpeaks/planned-fields";
import type { WorkoutDetail } from "@/lib/trainingpeaks/schemas";

const stored: WorkoutDetail = {
  workoutId: 3000000001,
  athleteId: 1234567,
  workoutDay: "2027-02-02T00:00:00",
  title: "Endurance ride",
  workoutTypeValueId: 2,
  description: "Zone 2",
  totalTimePlanned: 1.5,
  distancePlanned: 40000,
  tssPlanned: 60,
  completed: null,
  totalTime: null,
  workoutComments: [{ comment: "Windy route" }],
  userTags: "base",
  orderOnDay: 1,
  structure: null,
};

describe("an update of a planned workout", () => {
  it("sets every field the plan decides and keeps everything else TrainingPeaks holds", () => {
    const merged = mergePlannedFields(stored, {
      athleteId: 1234567,
      workoutDay: "2027-02-02T00:00:00",
      workoutTypeValueId: 2,
      title: "Endurance ride",
      totalTimePlanned: 2,
    });
    expect(merged).toMatchObject({
      workoutId: 3000000001,
      totalTimePlanned: 2,
      workoutComments: [{ comment: "Windy route" }],
      userTags: "base",
      orderOnDay: 1,
    });
    // What the revised row no longer has does not linger from the earlier version.
    expect(merged).toMatchObject({ description: null, distancePlanned: null, tssPlanned: null, structure: null });
  });

  it("sends a structure as the JSON string TrainingPeaks takes", () => {
    const structure = {
      structure: [{ type: "step", length: { value: 1, unit: "repetition" }, steps: [] }],
      primaryLengthMetric: "duration",
    } as never;
    const merged = mergePlannedFields(stored, {
      athleteId: 1234567,
      workoutDay: "2027-02-02T00:00:00",
      workoutTypeValueId: 2,
      title: "Ride",
      structure,
    });
    expect(typeof merged.structure).toBe("string");
  });
});

describe("a completed workout", () => {
  it("is one with actuals or marked completed", () => {
    expect(isCompletedWorkout(stored)).toBe(false);
    expect(isCompletedWorkout({ ...stored, completed: true })).toBe(true);
    expect(isCompletedWorkout({ ...stored, totalTime: 1.4 })).toBe(true);
    expect(isCompletedWorkout({ ...stored, tssActual: 55 })).toBe(true);
    expect(isCompletedWorkout({ ...stored, totalTime: 0 })).toBe(false);
  });
});
