import { describe, expect, it } from "vitest";
import { createTrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";
import { toWorkoutPayload } from "@/lib/trainingpeaks/map-workout";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";

// The ways the real TrainingPeaks answers that our fake used to be kinder about, each against the
// client over HTTP: a dead cookie in every form it takes, deletes of workouts already gone, creates
// that land without saying so, and 408.

const tp = useFakeTrainingPeaks();
const client = () => createTrainingPeaksClient({ baseUrl: tp.fake.url, timeoutMs: 5_000, backoffMs: 5, log: () => undefined });
const jane = () => userOf(tp.credentials, "premium");
const payload = (date = "2027-01-04") =>
  toWorkoutPayload({ rowNumber: 2, date, sport: "run", title: "Easy", durationSeconds: 2700 }, "1234567");
const exchanges = () => tp.fake.requests().filter((request) => request.path === "/users/v3/token").length;

async function failure(promise: Promise<unknown>): Promise<TrainingPeaksError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TrainingPeaksError)) throw new Error(`expected a TrainingPeaksError, got ${String(error)}`);
  return error;
}

describe("a dead Production_tpAuth cookie, in each form TrainingPeaks gives it", () => {
  it.each([[401], [403], ["success_false"]] as const)("%s: the saved connection needs reconnecting", async (cookieFailure) => {
    tp.fake.setFaults({ cookieFailure });
    const error = await failure(client().exchangeCookie(jane().cookie));
    expect(error.kind).toBe("cookie_rejected");
    expect(error.userMessage).toBe("TrainingPeaks no longer accepts the saved connection: reconnect TrainingPeaks in Settings.");
    expect(exchanges()).toBe(1);
  });

  it("500: tried once more, then the saved connection needs reconnecting", async () => {
    tp.fake.setFaults({ cookieFailure: 500 });
    expect((await failure(client().exchangeCookie(jane().cookie))).kind).toBe("cookie_rejected");
    expect(exchanges()).toBe(2);
  });

  it("a single 500 that clears on the second try still gives a token", async () => {
    tp.fake.setFaults({ answerWith: { status: 500, count: 1, pathPrefix: "/users/v3/token" } });
    expect((await client().exchangeCookie(jane().cookie)).accessToken).toMatch(/^gAAAA/);
  });

  it("a 503 with Retry-After is TrainingPeaks not answering, not a dead cookie", async () => {
    tp.fake.setFaults({ answerWith: { status: 503, count: 10, pathPrefix: "/users/v3/token", retryAfterSeconds: 30 } });
    const error = await failure(client().exchangeCookie(jane().cookie));
    expect(error.kind).toBe("unavailable");
    expect(error.userMessage).toBe("TrainingPeaks did not answer properly; try again in a few minutes.");
  });

  it("a network failure is TrainingPeaks not answering, not a dead cookie", async () => {
    const offline = createTrainingPeaksClient({ baseUrl: "http://127.0.0.1:9", timeoutMs: 2_000, backoffMs: 5, log: () => undefined });
    expect((await failure(offline.exchangeCookie(jane().cookie))).kind).toBe("unavailable");
  });
});

describe("deleting a workout", () => {
  it("says 'deleted' for TrainingPeaks' 200 with a body", async () => {
    const created = await client().createWorkout(jane().jwt, "1234567", payload());
    expect(await client().deleteWorkout(jane().jwt, "1234567", created.workoutId)).toBe("deleted");
    expect(tp.fake.workouts()).toHaveLength(0);
  });

  it("says 'already gone' for 400 Invalid workoutId, as for a workout deleted by hand", async () => {
    const created = await client().createWorkout(jane().jwt, "1234567", payload());
    tp.fake.removeWorkout(created.workoutId);
    expect(await client().deleteWorkout(jane().jwt, "1234567", created.workoutId)).toBe("already_gone");
    expect(await client().deleteWorkout(jane().jwt, "1234567", "999")).toBe("already_gone");
  });

  it("says 'already gone' for a 404 too, and leaves a 403 to the caller", async () => {
    tp.fake.setFaults({ answerWith: { status: 404, count: 1 } });
    expect(await client().deleteWorkout(jane().jwt, "1234567", "999")).toBe("already_gone");
    tp.fake.setFaults({ answerWith: { status: 403, count: 1 } });
    expect((await failure(client().deleteWorkout(jane().jwt, "1234567", "999"))).kind).toBe("forbidden");
  });
});

describe("a create TrainingPeaks took without saying what it made", () => {
  it.each(["no_body", "no_workout_id", "no_workout_day"] as const)(
    "%s: the outcome is unknown, so the calendar is looked at before sending again",
    async (answer) => {
      tp.fake.setFaults({ thinCreates: { count: 1, answer } });
      const error = await failure(client().createWorkout(jane().jwt, "1234567", payload()));
      expect(error).toMatchObject({ kind: "bad_response", outcomeUnknown: true });
      expect(tp.fake.workouts()).toHaveLength(1); // it did land
    },
  );

  it("a 408 on a create is transient and may have landed; a 408 on a read is tried again", async () => {
    tp.fake.setFaults({ answerWith: { status: 408, count: 1 } });
    expect(await failure(client().createWorkout(jane().jwt, "1234567", payload()))).toMatchObject({
      kind: "unavailable",
      outcomeUnknown: true,
    });
    tp.fake.setFaults({ answerWith: { status: 408, count: 1 } });
    expect(await client().listWorkouts(jane().jwt, "1234567", "2027-01-01", "2027-01-31")).toEqual([]);
  });
});

describe("the fake's refusals of what the real TrainingPeaks refuses", () => {
  it("refuses a step block holding several steps, and fractional lengths, in words", async () => {
    const base = payload();
    const step = (value: number) => ({
      name: "",
      length: { value, unit: "second" },
      targets: [{ minValue: 50, maxValue: 60 }],
      intensityClass: "active",
    });
    const posted = (blocks: unknown[]) => ({
      ...base,
      structure: { structure: blocks, primaryLengthMetric: "duration", primaryIntensityMetric: "percentOfFtp" },
    });
    const twoInOne = await failure(
      client().createWorkout(
        jane().jwt,
        "1234567",
        posted([{ type: "step", length: { value: 1, unit: "repetition" }, steps: [step(60), step(60)] }]) as never,
      ),
    );
    expect(twoInOne.userMessage).toContain('a "step" block holds exactly one step');
    const fractional = await failure(
      client().createWorkout(
        jane().jwt,
        "1234567",
        posted([{ type: "step", length: { value: 1, unit: "repetition" }, steps: [step(33.3)] }]) as never,
      ),
    );
    expect(fractional.userMessage).toContain("whole number of seconds or metres");
    expect(tp.fake.workouts()).toHaveLength(0);
  });
});
