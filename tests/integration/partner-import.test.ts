import { describe, expect, it } from "vitest";
import { TEST_PROVIDERS, useMigratedDatabase } from "../helpers/database";
import { CALLBACK, consentAs, useFakePartner } from "../helpers/partner";
import { parseOk } from "../helpers/plans";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { runImport } from "@/lib/imports/engine/run-import";
import { undoImport } from "@/lib/imports/engine/undo-import";
import type { TokenSource } from "@/lib/imports/engine/token-source";
import { createPartnerClient } from "@/lib/trainingpeaks/partner/client";
import { exchangeCode, startAuthorization } from "@/lib/trainingpeaks/partner/oauth";
import { partnerCalendar } from "@/lib/trainingpeaks/partner/partner-calendar";

const partner = useFakePartner();
void CALLBACK;

async function tokenFor(user: "premium" | "basic" | "coach"): Promise<TokenSource> {
  const started = await startAuthorization(partner.config, user === "coach" ? "coach" : "athlete");
  const { accessToken } = await exchangeCode(partner.config, await consentAs(started.url, user), started);
  return { token: async () => accessToken, renewAfterUnauthorized: async () => false, expiredReason: "expired" };
}

function calendar(role: "athlete" | "coach") {
  return partnerCalendar(
    createPartnerClient({ baseUrl: partner.fake.url, timeoutMs: 5_000, userAgent: "PlanDrop-test/1", log: () => undefined }),
    { role },
  );
}

function soon(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe.each(TEST_PROVIDERS)("an import over the official Partner API ($name)", (provider) => {
  const database = useMigratedDatabase(provider);

  it("puts PascalCase workouts with whole lengths, midpoint targets and decimal hours on the fake, and Undo removes them", async () => {
    const csv = `date,sport,title,duration,structure\n${soon(3)},Bike,VO2,,"Warmup\n- 10m 55-65%\n\nMain Set 4x\n- Hard 4m 105-110% 90-100rpm\n- Easy 3m 50-55%\n\nCooldown\n- 10m 55-60%"\n${soon(4)},Run,Easy run,45,\n${soon(5)},Brick,Bike + run,90,\n${soon(6)},Bike,Ramp,,10m ramp 45-75%\n`;
    const plan = parseOk(csv);
    const job = await createImportJob(database.db, {
      credential: "connection",
      fileName: "plan.csv",
      athletes: [{ athleteId: "1234567", athleteName: "Jane Doe", rows: plan.rows }],
    });
    const tokens = await tokenFor("premium");
    const finished = await runImport(database.db, job.id, { client: calendar("athlete"), tokens, concurrency: 2 });
    expect(finished.counts.created).toBe(4);

    const stored = partner.fake.workouts();
    const ride = stored.find((workout) => workout.Title === "VO2");
    expect(ride).toMatchObject({ AthleteId: 1234567, WorkoutType: "bike", WorkoutDay: `${soon(3)}T00:00:00`, Tags: ["PlanDrop"] });
    expect(ride?.TotalTimePlanned).toBeCloseTo((48 * 60) / 3600, 5); // recomputed by the fake from the steps
    const steps = partner.fake.structureOf(ride?.Id as number) as Record<string, unknown>[];
    expect(steps[0]).toMatchObject({
      Type: "Step",
      IntensityClass: "WarmUp",
      Length: { Unit: "Second", Value: 600 },
      IntensityTarget: { Unit: "PercentOfFtp", Value: 60, MinValue: 55, MaxValue: 65 },
    });
    expect(steps[1]).toMatchObject({ Type: "Repetition", Length: { Unit: "Repetition", Value: 4 } });
    expect((steps[1] as { Steps: unknown[] }).Steps[0]).toMatchObject({
      Length: { Unit: "Second", Value: 240 },
      IntensityTarget: { Value: 107.5, MinValue: 105, MaxValue: 110 },
      CadenceTarget: { Unit: "rpm", MinValue: 90, MaxValue: 100 },
    });
    expect(stored.find((workout) => workout.Title === "Easy run")).toMatchObject({ WorkoutType: "run", TotalTimePlanned: 0.75 });
    expect(stored.find((workout) => workout.Title === "Bike + run")).toMatchObject({ WorkoutType: "other" });

    const ramp = partner.fake.structureOf(stored.find((workout) => workout.Title === "Ramp")?.Id as number) as {
      Length: { Value: number };
      IntensityTarget: { MinValue: number };
    }[];
    expect(ramp.length).toBeGreaterThan(1); // a ramp goes as steady steps, the Partner API has none
    expect(ramp.every((step) => Number.isInteger(step.Length.Value))).toBe(true);
    expect(ramp.reduce((sum, step) => sum + step.Length.Value, 0)).toBe(600);

    const undone = await undoImport(database.db, job.id, { client: calendar("athlete"), tokens, concurrency: 2 });
    expect(undone.status).toBe("undone");
    expect(partner.fake.workouts()).toEqual([]);
  });

  it("finds the workout it made when the create answers without an Id, and a coach plans a Basic athlete's future day", async () => {
    partner.fake.settings({ createReturnsWorkout: false });
    const plan = parseOk(`date,sport,title,duration\n${soon(10)},Swim,Drills,40\n`);
    const job = await createImportJob(database.db, {
      credential: "connection",
      fileName: "swim.csv",
      athletes: [{ athleteId: "2345678", athleteName: "Sam Basic", rows: plan.rows }],
    });
    const finished = await runImport(database.db, job.id, { client: calendar("coach"), tokens: await tokenFor("coach"), concurrency: 1 });
    expect(finished.rows[0]).toMatchObject({ status: "created", tpWorkoutId: String(partner.fake.workouts()[0]?.Id) });
  });

  it("reports TrainingPeaks' 403 for a Basic athlete's future day as the Premium limit, in a sentence, and sends nothing later for that athlete", async () => {
    const plan = parseOk(`date,sport,title,duration\n${soon(3)},Run,Future one,30\n${soon(4)},Run,Future two,30\n`);
    const job = await createImportJob(database.db, {
      credential: "connection",
      fileName: "basic.csv",
      athletes: [{ athleteId: "2345678", athleteName: "Sam Basic", rows: plan.rows }],
    });
    const finished = await runImport(database.db, job.id, { client: calendar("athlete"), tokens: await tokenFor("basic"), concurrency: 1 });
    expect(finished.rows.map((row) => row.error)).toEqual([
      "TrainingPeaks refused this future date: a Basic athlete's future days need Premium, or a coach allowed to plan for them.",
      "This date needs TrainingPeaks Premium: TrainingPeaks refused an earlier date for this athlete, so later ones were not sent.",
    ]);
    expect(partner.fake.requests().filter((request) => request.path === "/v2/workouts/plan")).toHaveLength(1);
  });
});
