import { describe, expect, it } from "vitest";
import { accountFromProfile } from "@/lib/trainingpeaks/account";
import { createTrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";
import { toWorkoutPayload } from "@/lib/trainingpeaks/map-workout";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";

const tp = useFakeTrainingPeaks();
const client = (timeoutMs = 5_000) => createTrainingPeaksClient({ baseUrl: tp.fake.url, timeoutMs, backoffMs: 10, log: () => undefined });
const payload = (athleteId: string, date = "2027-01-04") =>
  toWorkoutPayload({ rowNumber: 2, date, sport: "run", title: "Easy", durationSeconds: 2700 }, athleteId);

async function failure(promise: Promise<unknown>): Promise<TrainingPeaksError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TrainingPeaksError)) throw new Error(`expected a TrainingPeaksError, got ${String(error)}`);
  return error;
}

describe("the TrainingPeaks client against the fake", () => {
  it("exchanges the saved cookie for a short-lived token, and refuses a dead one", async () => {
    const minted = await client().exchangeCookie(userOf(tp.credentials, "premium").cookie);
    expect(minted.accessToken).toMatch(/^gAAAA/);
    expect(minted.expiresAt.getTime()).toBeGreaterThan(Date.now() + 3500_000);
    expect((await failure(client().exchangeCookie("expired-cookie"))).kind).toBe("cookie_rejected");
  });

  it("reads who a token belongs to: an athlete, a Basic athlete, a coach with a roster", async () => {
    const jane = accountFromProfile(await client().getUser(userOf(tp.credentials, "premium").jwt), null);
    expect(jane).toMatchObject({ athleteId: "1234567", name: "Jane Doe", isPremium: true, isCoach: false });
    const sam = accountFromProfile(await client().getUser(userOf(tp.credentials, "basic").opaqueToken), null);
    expect(sam).toMatchObject({ athleteId: "2345678", isPremium: false });
    const carla = accountFromProfile(await client().getUser(userOf(tp.credentials, "coach").jwt), null);
    expect(carla).toMatchObject({ athleteId: null, isCoach: true });
    expect(carla.roster).toEqual([
      { athleteId: "4567890", name: "Pat Premium", email: "pat@example.com", isPremium: true, isSelf: false },
      { athleteId: "5678901", name: "Bea Basic", email: "bea@example.com", isPremium: false, isSelf: false },
      { athleteId: "6789012", name: "Cy Climber", email: "cy@example.com", isPremium: true, isSelf: false },
    ]);
  });

  it("reads a club coach's roster with the account type TrainingPeaks shows for each, the coach's own calendar first", async () => {
    const olga = accountFromProfile(await client().getUser(userOf(tp.credentials, "club").jwt), null);
    expect(olga).toMatchObject({ isCoach: true, athleteId: null, isPremium: true });
    expect(olga.roster.map((athlete) => [athlete.name, athlete.isPremium, athlete.isSelf])).toEqual([
      ["Olga Owner", true, true],
      ["Dora Selfpaid", true, false],
      ["Cora Coachpaid", true, false],
      ["Tia Trial", true, false],
      ["Ed Lapsed", false, false],
    ]);
  });

  it("creates, lists and deletes a workout, with an id above 2^31 kept exact", async () => {
    const token = userOf(tp.credentials, "premium").jwt;
    const created = await client().createWorkout(token, "1234567", payload("1234567"));
    expect(Number(created.workoutId)).toBeGreaterThan(2 ** 31);
    expect(await client().listWorkouts(token, "1234567", "2027-01-04", "2027-01-04")).toHaveLength(1);
    await client().deleteWorkout(token, "1234567", created.workoutId);
    await client().deleteWorkout(token, "1234567", created.workoutId); // already gone is fine
    expect(tp.fake.workouts()).toHaveLength(0);
  });

  it("says an expired or unknown token has expired, in words", async () => {
    const error = await failure(client().getUser(tp.credentials.expiredJwt));
    expect(error.kind).toBe("unauthorized");
    expect(error.userMessage).toBe(
      "TrainingPeaks says the token has expired or is not valid: copy a fresh one from the TrainingPeaks web app.",
    );
  });

  it("waits out a 429 for as long as Retry-After says, then goes on", async () => {
    tp.fake.setFaults({ rateLimit: { count: 2, retryAfterSeconds: 1 } });
    const started = Date.now();
    await client().getUser(userOf(tp.credentials, "premium").jwt);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(tp.fake.requests()).toHaveLength(3);
  });

  it("retries reads after a 500, but never repeats a create blindly", async () => {
    const token = userOf(tp.credentials, "premium").jwt;
    tp.fake.setFaults({ serverErrors: 2 });
    await expect(client().getUser(token)).resolves.toBeTruthy();
    tp.fake.setFaults({ serverErrors: 1 });
    const error = await failure(client().createWorkout(token, "1234567", payload("1234567")));
    expect(error).toMatchObject({ kind: "unavailable", outcomeUnknown: true });
    expect(tp.fake.requests().filter((request) => request.method === "POST")).toHaveLength(1);
  });

  it("gives up on a call that takes longer than the timeout", async () => {
    tp.fake.setFaults({ delayMs: 600 });
    const error = await failure(client(200).createWorkout(userOf(tp.credentials, "premium").jwt, "1234567", payload("1234567")));
    expect(error).toMatchObject({ kind: "unavailable", outcomeUnknown: true });
  });

  it("turns TrainingPeaks' refusals into a sentence per row", async () => {
    const sam = userOf(tp.credentials, "basic");
    const premium = await failure(client().createWorkout(sam.jwt, "2345678", payload("2345678", "2099-01-01")));
    expect(premium.userMessage).toBe("This date needs TrainingPeaks Premium: a Basic account can only plan today and tomorrow.");
    const coach = userOf(tp.credentials, "coach");
    const own = await failure(client().createWorkout(coach.jwt, "3456789", payload("3456789")));
    expect(own.kind).toBe("forbidden");
  });
});
