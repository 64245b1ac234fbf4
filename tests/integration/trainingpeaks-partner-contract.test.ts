import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/plans/calendar-date";
import type { PlannedWorkout } from "@/lib/plans/workout";
import type { TrainingPeaksCalendar } from "@/lib/trainingpeaks/calendar";
import { createPartnerClient } from "@/lib/trainingpeaks/partner/client";
import { exchangeCode, type PartnerOAuthConfig, refreshTokens, startAuthorization } from "@/lib/trainingpeaks/partner/oauth";
import { partnerCalendar } from "@/lib/trainingpeaks/partner/partner-calendar";
import { todayIn } from "@/lib/trainingpeaks/partner/rules";
import { parseWorkoutText } from "@/lib/workouts/parse-notation";
import { type FakePartner, startFakePartner } from "../fakes/trainingpeaks-partner-server";
import { PARTNER_CLIENT } from "../fakes/partner-fixtures";
import { consentAs } from "../helpers/partner";

// The Partner API client's contract, step by step: the same tests run against the fake Partner API
// in CI and against TrainingPeaks' sandbox when a maintainer sets TP_PARTNER_SANDBOX_CLIENT_ID,
// TP_PARTNER_SANDBOX_CLIENT_SECRET and TP_PARTNER_SANDBOX_REFRESH_TOKEN (from one consent of a
// sandbox athlete, scopes "athlete:profile workouts:plan workouts:read"). Sandbox, it makes one
// workout about a month ahead, titled so it can be recognised, and deletes it.

const SANDBOX = {
  clientId: process.env.TP_PARTNER_SANDBOX_CLIENT_ID?.trim() || null,
  clientSecret: process.env.TP_PARTNER_SANDBOX_CLIENT_SECRET?.trim() || null,
  refreshToken: process.env.TP_PARTNER_SANDBOX_REFRESH_TOKEN?.trim() || null,
};
const STRUCTURE_TEXT = "10m ramp 50-75%; 1x(5m 90%; 5m 60%); 3x(3m 105-110% 90-100rpm; 2m 50%)";

type Target = { config: PartnerOAuthConfig; apiUrl: string; accessToken: string; refreshToken: string | null; fake?: FakePartner };

function contractSuite(describeTarget: () => Promise<Target>) {
  const context = {} as {
    target: Target;
    calendar: TrainingPeaksCalendar;
    athleteId: string;
    day: string;
    workoutId: string | null;
    planned: PlannedWorkout;
  };

  beforeAll(async () => {
    context.target = await describeTarget();
    context.calendar = partnerCalendar(
      createPartnerClient({ baseUrl: context.target.apiUrl, timeoutMs: 30_000, userAgent: "PlanDrop-contract/1", log: () => undefined }),
      { role: "athlete" },
    );
    context.workoutId = null;
  });
  afterAll(async () => {
    if (context.workoutId)
      await context.calendar.deleteWorkout(context.target.accessToken, context.athleteId, context.workoutId).catch(() => undefined);
    await context.target?.fake?.close();
  });

  it("refreshes the access token with the refresh token (form-encoded, secret in the body)", async () => {
    if (!context.target.refreshToken) throw new Error("no refresh token was issued");
    const fresh = await refreshTokens(context.target.config, context.target.refreshToken);
    expect(fresh.accessToken.length).toBeGreaterThan(10);
    expect(fresh.expiresAt.getTime()).toBeGreaterThan(Date.now() + 60_000);
    context.target.accessToken = fresh.accessToken;
  });

  it("reads the athlete's profile: id, name and Premium flag", async () => {
    const account = await context.calendar.describeAccount(context.target.accessToken);
    expect(account.athleteId).toMatch(/^\d+$/);
    expect(account.isCoach).toBe(false);
    expect(typeof account.isPremium === "boolean" || account.isPremium === null).toBe(true);
    if (account.isPremium === false)
      throw new Error("The sandbox athlete is Basic: future days are refused (403); use a Premium sandbox athlete.");
    context.athleteId = account.athleteId as string;
    context.day = addDays(todayIn(account.timeZone), 30);
  });

  it("creates one structured workout a month ahead and learns its id", async () => {
    const structure = parseWorkoutText(STRUCTURE_TEXT, "bike").structure;
    if (!structure) throw new Error("the contract structure did not parse");
    context.planned = {
      rowNumber: 2,
      date: context.day,
      sport: "bike",
      title: "PlanDrop contract test (safe to delete)",
      description: "Made and deleted by PlanDrop's contract tests.",
      durationSeconds: 3000,
      structure,
    };
    const created = await context.calendar.createWorkout(context.target.accessToken, context.athleteId, context.planned);
    expect(created.workoutId).toMatch(/^\d+$/);
    context.workoutId = created.workoutId;
    const structureSent = context.target.fake?.structureOf(created.workoutId) as { Type: string }[] | undefined;
    if (context.target.fake) expect(structureSent?.map((element) => element.Type).slice(0, 2)).toEqual(["Step", "Step"]); // a ramp goes as steady steps
  });

  it("lists the day and finds it as a bike workout with its title", async () => {
    const listed = await context.calendar.listWorkouts(context.target.accessToken, context.athleteId, context.day, context.day);
    expect(listed.find((found) => found.workoutId === context.workoutId)).toMatchObject({
      workoutDay: context.day,
      title: context.planned.title,
      sports: ["bike"],
    });
  });

  it("updates it in place with the whole object, and the list shows the change", async () => {
    const revised = { ...context.planned, title: "PlanDrop contract test, revised (safe to delete)" };
    expect(await context.calendar.updateWorkout(context.target.accessToken, context.athleteId, context.workoutId as string, revised)).toBe(
      "done",
    );
    const listed = await context.calendar.listWorkouts(context.target.accessToken, context.athleteId, context.day, context.day);
    expect(listed.find((found) => found.workoutId === context.workoutId)?.title).toBe(revised.title);
  });

  it("deletes it; deleting it again says it is gone", async () => {
    const id = context.workoutId as string;
    expect(await context.calendar.deleteWorkout(context.target.accessToken, context.athleteId, id)).toBe("done");
    context.workoutId = null;
    expect(await context.calendar.deleteWorkout(context.target.accessToken, context.athleteId, id)).toBe("gone");
  });
}

describe("the TrainingPeaks Partner API contract, against the fake", () => {
  contractSuite(async () => {
    const redirectUri = "http://127.0.0.1:3999/api/trainingpeaks/oauth/callback";
    const fake = await startFakePartner({ redirectUris: [redirectUri] });
    const config = {
      oauthUrl: fake.url,
      clientId: PARTNER_CLIENT.id,
      clientSecret: PARTNER_CLIENT.secret,
      redirectUri,
      usePkce: false,
      timeoutMs: 5_000,
    };
    const started = await startAuthorization(config, "athlete");
    const tokens = await exchangeCode(config, await consentAs(started.url, "premium"), started);
    return { config, apiUrl: fake.url, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, fake };
  });
});

describe.skipIf(!SANDBOX.clientId || !SANDBOX.clientSecret || !SANDBOX.refreshToken)(
  "the TrainingPeaks Partner API contract, against the sandbox (set TP_PARTNER_SANDBOX_CLIENT_ID, _CLIENT_SECRET and _REFRESH_TOKEN to run)",
  () => {
    contractSuite(async () => ({
      config: {
        oauthUrl: "https://oauth.sandbox.trainingpeaks.com",
        clientId: SANDBOX.clientId ?? "",
        clientSecret: SANDBOX.clientSecret ?? "",
        redirectUri: "",
        usePkce: false,
        timeoutMs: 30_000,
      },
      apiUrl: "https://api.sandbox.trainingpeaks.com",
      accessToken: "",
      refreshToken: SANDBOX.refreshToken,
    }));
  },
);
