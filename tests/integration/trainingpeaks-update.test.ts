import { beforeAll, describe, expect, it } from "vitest";
import { removePlannedWorkout, updatePlannedWorkout } from "@/lib/trainingpeaks/change-planned-workout";
import { createTrainingPeaksClient, type TrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";

const tp = useFakeTrainingPeaks();
const ATHLETE = "1234567";
let client: TrainingPeaksClient;
const token = () => userOf(tp.credentials, "premium").jwt;
const ride = {
  athleteId: 1234567,
  workoutDay: "2027-06-01T00:00:00",
  workoutTypeValueId: 2,
  title: "Ride",
  totalTimePlanned: 1.5,
  tssPlanned: 60,
};

beforeAll(() => {
  client = createTrainingPeaksClient({ baseUrl: tp.fake.url, timeoutMs: 2000, log: () => undefined, backoffMs: 1 });
});

describe("updating a workout on TrainingPeaks (the fake as strict as the real API)", () => {
  it("reads the whole workout, merges the plan's fields in and puts it back under the same id", async () => {
    const created = await client.createWorkout(token(), ATHLETE, ride);
    const outcome = await updatePlannedWorkout(client, token(), ATHLETE, created.workoutId, {
      ...ride,
      totalTimePlanned: 2,
      description: "Longer",
    });
    expect(outcome).toBe("done");
    const stored = await client.getWorkout(token(), ATHLETE, created.workoutId);
    expect(stored).toMatchObject({ totalTimePlanned: 2, description: "Longer", tssPlanned: 60, publicSettingValue: 2, orderOnDay: 1 });
    expect(tp.fake.workouts()).toHaveLength(1);
  });

  it("the fake's PUT replaces the whole object: a field left out becomes null", async () => {
    const created = await client.createWorkout(token(), ATHLETE, ride);
    const current = await client.getWorkout(token(), ATHLETE, created.workoutId);
    const { tssPlanned: _dropped, ...rest } = current;
    await client.updateWorkout(token(), ATHLETE, created.workoutId, rest);
    expect(tp.fake.workouts()[0]).toMatchObject({ tssPlanned: null, totalTimePlanned: 1.5 });
  });

  it("answers a workout id it does not have with 400 Invalid workoutId, which counts as gone", async () => {
    const missing = await fetch(`${tp.fake.url}/fitness/v6/athletes/${ATHLETE}/workouts/3999999999`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token()}`, "content-type": "application/json" },
      body: JSON.stringify({ ...ride, workoutId: 3999999999 }),
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ message: "Invalid workoutId (3999999999)" });
    await expect(client.updateWorkout(token(), ATHLETE, "3999999999", { ...ride, workoutId: 3999999999 })).rejects.toBeInstanceOf(
      TrainingPeaksError,
    );
  });

  it("leaves a workout the athlete completed exactly as it is", async () => {
    const created = await client.createWorkout(token(), ATHLETE, ride);
    tp.fake.completeWorkout(Number(created.workoutId));
    const before = tp.fake.workouts()[0];
    expect(await updatePlannedWorkout(client, token(), ATHLETE, created.workoutId, { ...ride, title: "Changed" })).toBe("completed");
    expect(await removePlannedWorkout(client, token(), ATHLETE, created.workoutId)).toBe("completed");
    expect(tp.fake.workouts()).toEqual([before]);
  });

  it("refuses to PUT one workout's object under another's id", async () => {
    const created = await client.createWorkout(token(), ATHLETE, ride);
    const current = await client.getWorkout(token(), ATHLETE, created.workoutId);
    await expect(client.updateWorkout(token(), ATHLETE, "3000000999", current)).rejects.toThrow("not 3000000999");
  });
});
