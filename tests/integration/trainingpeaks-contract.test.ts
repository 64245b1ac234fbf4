import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { addDays } from "@/lib/plans/calendar-date";
import type { PlannedWorkout } from "@/lib/plans/workout";
import { accountFromProfile } from "@/lib/trainingpeaks/account";
import { updatePlannedWorkout } from "@/lib/trainingpeaks/change-planned-workout";
import { createTrainingPeaksClient, type TrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { isWorkoutGone } from "@/lib/trainingpeaks/errors";
import { toWorkoutPayload } from "@/lib/trainingpeaks/map-workout";
import { parseWorkoutText } from "@/lib/workouts/parse-notation";
import { resolveStructure } from "@/lib/workouts/resolve-structure";
import { type FakeTrainingPeaks, startFakeTrainingPeaks } from "../fakes/trainingpeaks-server";

// The client's contract with TrainingPeaks, step by step: the same tests run against the fake in
// CI and against the real TrainingPeaks when a maintainer sets TRAININGPEAKS_LIVE_COOKIE (a
// Production_tpAuth value) and, for a coach, TRAININGPEAKS_LIVE_ATHLETE_ID. Run them first when
// TrainingPeaks changes: `TRAININGPEAKS_LIVE_COOKIE=… npx vitest run tests/integration/trainingpeaks-contract.test.ts`.
// Live, it makes one workout about half a year ahead, titled so it can be recognised, and deletes it.

const LIVE_COOKIE = process.env.TRAININGPEAKS_LIVE_COOKIE?.trim() || null;
const LIVE_ATHLETE_ID = process.env.TRAININGPEAKS_LIVE_ATHLETE_ID?.trim() || null;
const LIVE_URL = process.env.TRAININGPEAKS_LIVE_API_URL?.trim() || "https://tpapi.trainingpeaks.com";

/** A ramp, a group run once, a repeat with cadence, and a ramp whose pieces are not whole seconds. */
const STRUCTURE_TEXT = "10m ramp 50-75%; 1x(5m 90%; 5m 60%); 3x(3m 105-110% 90-100rpm; 2m 50%); 100s ramp 70-45%";

/** What a workout read back must hold, in TrainingPeaks' units (API doc §5, §7, §8.2). */
const readBackSchema = z.object({
  workoutId: z.union([z.number(), z.string()]),
  workoutDay: z.string().regex(/^\d{4}-\d{2}-\d{2}T00:00:00$/),
  workoutTypeValueId: z.number(),
  title: z.string(),
  description: z.string().nullable(),
  totalTimePlanned: z.number(),
  tssPlanned: z.number().nullable(),
  ifPlanned: z.number().nullable(),
  structure: z.object({
    structure: z.array(
      z.object({
        type: z.string(),
        length: z.object({ value: z.number(), unit: z.literal("repetition") }),
        steps: z.array(
          z.object({ length: z.object({ value: z.number(), unit: z.string() }), targets: z.array(z.object({ minValue: z.number() })) }),
        ),
      }),
    ),
    primaryIntensityMetric: z.string(),
    primaryLengthMetric: z.string(),
  }),
});

type Target = { name: string; url: string; cookie: string; athleteId: string | null; fake?: FakeTrainingPeaks };

function contractSuite(describeTarget: () => Promise<Target>) {
  const context = {} as {
    target: Target;
    client: TrainingPeaksClient;
    token: string;
    athleteId: string;
    day: string;
    workoutId: string | null;
    planned: PlannedWorkout;
  };

  beforeAll(async () => {
    context.target = await describeTarget();
    context.client = createTrainingPeaksClient({ baseUrl: context.target.url, timeoutMs: 30_000, log: () => undefined });
    context.workoutId = null;
  });
  afterAll(async () => {
    if (context.workoutId && context.token)
      await context.client.deleteWorkout(context.token, context.athleteId, context.workoutId).catch(() => undefined);
    await context.target?.fake?.close();
  });

  it("exchanges the cookie for a bearer token that lasts about an hour", async () => {
    const minted = await context.client.exchangeCookie(context.target.cookie);
    expect(minted.accessToken.length).toBeGreaterThan(20);
    const minutesLeft = (minted.expiresAt.getTime() - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(5);
    expect(minutesLeft).toBeLessThan(24 * 60);
    context.token = minted.accessToken;
  });

  it("reads the profile: who it is, the calendar to use, and the account type", async () => {
    const account = accountFromProfile(await context.client.getUser(context.token), null);
    expect(account.userId).toMatch(/^\d+$/);
    expect(account.name.length).toBeGreaterThan(0);
    const athleteId = context.target.athleteId ?? account.athleteId;
    if (!athleteId) throw new Error("This is a coach account: set TRAININGPEAKS_LIVE_ATHLETE_ID to an athlete of its roster.");
    if (account.isCoach) expect(account.roster.map((athlete) => athlete.athleteId)).toContain(athleteId);
    context.athleteId = athleteId;
    const today = new Intl.DateTimeFormat("en-CA", {
      timeZone: account.timeZone ?? "UTC",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(new Date());
    context.day = addDays(today, 180);
  });

  it("creates one structured workout far in the future and gets its id back", async () => {
    const resolution = resolveStructure(parseWorkoutText(STRUCTURE_TEXT, "bike").structure ?? { blocks: [] });
    if ("error" in resolution) throw new Error(resolution.error);
    context.planned = {
      rowNumber: 2,
      date: context.day,
      sport: "bike",
      title: "PlanDrop contract test (safe to delete)",
      description: "Made and deleted by PlanDrop's contract tests.",
      durationSeconds: 3000,
      tss: 55.5,
      intensityFactor: 0.81,
      structure: { blocks: resolution.structure.blocks },
    };
    const created = await context.client.createWorkout(
      context.token,
      context.athleteId,
      toWorkoutPayload(context.planned, context.athleteId),
    );
    expect(created.workoutId).toMatch(/^\d+$/);
    expect(created.workoutDay).toBe(`${context.day}T00:00:00`);
    context.workoutId = created.workoutId;
  });

  it("reads it back with every field in TrainingPeaks' units, and the structure as sent", async () => {
    const sent = toWorkoutPayload(context.planned, context.athleteId);
    const read = readBackSchema.parse(await context.client.getWorkout(context.token, context.athleteId, context.workoutId as string));
    expect(read).toMatchObject({
      workoutDay: `${context.day}T00:00:00`,
      workoutTypeValueId: 2,
      title: sent.title,
      description: sent.description,
    });
    expect(read.totalTimePlanned).toBeCloseTo(3000 / 3600, 6); // hours
    expect(read.ifPlanned).toBeCloseTo(0.81, 6); // a fraction
    expect(read.tssPlanned).toBeCloseTo(55.5, 6);
    const shape = (blocks: { type: string; length: { value: number }; steps: { length: { value: number; unit: string } }[] }[]) =>
      blocks.map(
        (block) => `${block.type}×${block.length.value}[${block.steps.map((step) => `${step.length.value}${step.length.unit}`).join(",")}]`,
      );
    expect(shape(read.structure.structure)).toEqual(shape(sent.structure?.structure ?? []));
    expect(read.structure.primaryIntensityMetric).toBe("percentOfFtp");
    const listed = await context.client.listWorkouts(context.token, context.athleteId, context.day, context.day);
    expect(listed.map((workout) => workout.workoutId)).toContain(context.workoutId);
  });

  it("updates it in place with the full object, and reads the change back", async () => {
    const revised = { ...context.planned, title: "PlanDrop contract test, revised (safe to delete)", durationSeconds: 3600 };
    const outcome = await updatePlannedWorkout(
      context.client,
      context.token,
      context.athleteId,
      context.workoutId as string,
      toWorkoutPayload(revised, context.athleteId),
    );
    expect(outcome).toBe("done");
    const read = readBackSchema.parse(await context.client.getWorkout(context.token, context.athleteId, context.workoutId as string));
    expect(read.title).toBe(revised.title);
    expect(read.totalTimePlanned).toBeCloseTo(1, 6);
    expect(read.workoutDay).toBe(`${context.day}T00:00:00`);
  });

  it("deletes it; deleting it again, or reading it, says it is gone", async () => {
    const id = context.workoutId as string;
    expect(await context.client.deleteWorkout(context.token, context.athleteId, id)).toBe("deleted");
    context.workoutId = null;
    expect(await context.client.deleteWorkout(context.token, context.athleteId, id)).toBe("already_gone");
    const read = await context.client.getWorkout(context.token, context.athleteId, id).then(
      () => "still there",
      (error: unknown) => error,
    );
    expect(isWorkoutGone(read)).toBe(true);
  });
}

describe("the TrainingPeaks contract, against the fake", () => {
  contractSuite(async () => {
    const fake = await startFakeTrainingPeaks();
    const jane = (await fake.credentials()).users.find((user) => user.key === "premium");
    return { name: "fake", url: fake.url, cookie: jane?.cookie ?? "", athleteId: null, fake };
  });
});

describe.skipIf(!LIVE_COOKIE)("the TrainingPeaks contract, against the real TrainingPeaks (set TRAININGPEAKS_LIVE_COOKIE to run)", () => {
  contractSuite(async () => ({ name: "live", url: LIVE_URL, cookie: LIVE_COOKIE ?? "", athleteId: LIVE_ATHLETE_ID }));
});
