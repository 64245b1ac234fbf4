import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as accountRoute } from "@/app/api/trainingpeaks/account/route";
import { getDb } from "@/lib/db/client";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { undoImportCall } from "../helpers/job-calls";
import { readSample } from "../helpers/plans";
import { createImport, runImport } from "../helpers/routes";
import { endOf, Visitor } from "../helpers/visitor";

// Imports and undos meeting TrainingPeaks as it really answers (issue 9), on both databases.

const tp = useFakeTrainingPeaks();
const janeCookie = () => userOf(tp.credentials, "premium").cookie;
const jane = () => userOf(tp.credentials, "premium").jwt;
const olga = () => userOf(tp.credentials, "club").jwt;
const RECONNECT = "TrainingPeaks no longer accepts the saved connection: paste a fresh Production_tpAuth cookie in Settings.";

beforeAll(() => {
  process.env.TRAININGPEAKS_API_URL = tp.fake.url;
  process.env.IMPORT_MIN_INTERVAL_MS = "0";
  process.env.IMPORT_RETRY_DELAY_MS = "10";
  process.env.TRAININGPEAKS_TIMEOUT_MS = "1000";
  process.env.PLANDROP_SECRETS_FILE = path.join(os.tmpdir(), `plandrop-test-secrets-${randomUUID()}.json`);
});

describe.each(TEST_PROVIDERS)("TrainingPeaks as it really answers ($name)", (provider) => {
  useFreshAppDatabase(provider);
  let visitor: Visitor;
  beforeEach(async () => {
    visitor = new Visitor();
    await visitor.signUp("jane@example.com");
  });

  it.each([[401], [403], [500], ["success_false"]] as const)(
    "an expired cookie answered with %s pauses the import, says to reconnect, and marks the connection",
    async (cookieFailure) => {
      await visitor.saveConnection(janeCookie());
      const created = await visitor.createImport({ csv: readSample("plan-dated.csv") });
      tp.fake.setFaults({ expireTokensAfter: 3, cookieFailure });
      const job = endOf((await visitor.runImport(created.body.id)).events);
      expect(job?.status).toBe("paused");
      expect(job?.pausedReason).toBe(`${RECONNECT} Press Resume to go on.`);
      expect((await visitor.connection()).body.connection.status).toBe("needs_reconnecting");
      expect(tp.fake.workouts()).toHaveLength(job?.counts.created ?? -1);

      const again = await visitor.runImport(created.body.id);
      expect(again.status).toBe(409);
      expect(again.body.error.message).toBe(RECONNECT);
      expect((await visitor.testConnection()).body.problem).toBe(RECONNECT);
    },
  );

  it("TrainingPeaks answering 503 with Retry-After to the cookie exchange pauses the import but keeps the connection", async () => {
    await visitor.saveConnection(janeCookie());
    const created = await visitor.createImport({ csv: readSample("plan-dated.csv") });
    await (await getDb()).trainingPeaksConnection.updateMany({ data: { tokenExpiresAt: new Date(0) } }); // the next call mints
    tp.fake.setFaults({ answerWith: { status: 503, count: 100, pathPrefix: "/users/v3/token", retryAfterSeconds: 60 } });
    const run = await visitor.runImport(created.body.id);
    expect(run.body?.error?.message ?? endOf(run.events)?.pausedReason).toContain("TrainingPeaks did not answer properly");
    expect((await visitor.connection()).body.connection.status).toBe("connected");
  });

  it("a 403 on a create gets one fresh token from the saved cookie, and the import goes on", async () => {
    await visitor.saveConnection(janeCookie());
    const created = await visitor.createImport({ csv: readSample("plan-dated.csv") });
    tp.fake.setFaults({ answerWith: { status: 403, count: 1, pathPrefix: "/fitness/v6/athletes/1234567/workouts" } });
    const job = endOf((await visitor.runImport(created.body.id)).events);
    expect(job?.status).toBe("done");
    expect(job?.counts.created).toBe(7);
    expect(tp.fake.requests().filter((request) => request.path === "/users/v3/token")).toHaveLength(2);
  });

  it("a 403 that a fresh token gets too is the row's reason for not being sent, and the connection stays connected", async () => {
    await visitor.saveConnection(janeCookie());
    const created = await visitor.createImport({ csv: "date,sport,title,duration\n2027-05-03,Run,Easy,30\n" });
    tp.fake.setFaults({ answerWith: { status: 403, count: 2, pathPrefix: "/fitness/v6/athletes/1234567/workouts" } });
    const job = endOf((await visitor.runImport(created.body.id)).events);
    expect(job?.rows[0]).toMatchObject({ status: "refused", error: "TrainingPeaks refused access to this athlete's calendar." });
    expect((await visitor.connection()).body.connection.status).toBe("connected");
  });

  it("a create that lands without TrainingPeaks saying what it made is found on the calendar, not sent twice", async () => {
    const created = await createImport(jane(), { csv: readSample("plan-dated.csv") });
    tp.fake.setFaults({ thinCreates: { count: 3, answer: "no_body" } });
    const { job } = await runImport(created.job?.id ?? "", jane());
    expect(job?.status).toBe("done");
    expect(job?.counts.created).toBe(7);
    expect(tp.fake.workouts()).toHaveLength(7);
    expect(new Set(job?.rows.map((row) => row.tpWorkoutId)).size).toBe(7);
  });

  it("Undo of an import in which the athlete deleted a workout by hand finishes, and the row says it was already gone", async () => {
    const created = await createImport(jane(), { csv: readSample("plan-dated.csv") });
    const { job } = await runImport(created.job?.id ?? "", jane());
    const byHand = job?.rows[2];
    tp.fake.removeWorkout(byHand?.tpWorkoutId ?? "");
    const undone = await undoImportCall(created.job?.id ?? "", jane());
    expect(undone.job?.status).toBe("undone");
    expect(undone.job?.counts.deleted).toBe(7);
    expect(undone.job?.rows.find((row) => row.rowNumber === byHand?.rowNumber)?.error).toBe(
      "Already gone from TrainingPeaks (deleted there), so there was nothing to delete.",
    );
    expect(undone.job?.rows.filter((row) => row.error !== null)).toHaveLength(1);
    expect(tp.fake.workouts()).toHaveLength(0);
  });

  it("a coach's own calendar is offered as '<name> (you)' and takes the plan; only the lapsed athlete is called Basic", async () => {
    const answer = await accountRoute(
      new Request("http://plandrop.test/api/trainingpeaks/account", { headers: { authorization: `Bearer ${olga()}` } }),
      { params: Promise.resolve({}) },
    );
    const account = await answer.json();
    expect(account.roster.map((athlete: { name: string; accountType: string }) => `${athlete.name}: ${athlete.accountType}`)).toEqual([
      "Olga Owner (you): premium",
      "Dora Selfpaid: premium",
      "Cora Coachpaid: premium",
      "Tia Trial: premium",
      "Ed Lapsed: basic",
    ]);
    const created = await createImport(olga(), {
      csv: readSample("plan-dated.csv"),
      athletes: [{ athleteId: "8100000" }, { athleteId: "8100002" }],
    });
    expect(created.status).toBe(201);
    expect((await runImport(created.job?.id ?? "", olga())).job?.counts.created).toBe(14);
    expect(new Set(tp.fake.workouts().map((workout) => workout.athleteId))).toEqual(new Set([8100000, 8100002]));
  });

  it("a ramp and a group run once reach TrainingPeaks as single steps and a repetition of 1", async () => {
    const csv = 'date,sport,title,structure\n2027-05-04,Bike,Shapes,"10m 50%; 100s ramp 50-80%; 1x(5m 90%; 5m 60%); 10m 50%"\n';
    const created = await createImport(jane(), { csv });
    expect((await runImport(created.job?.id ?? "", jane())).job?.counts.created).toBe(1);
    const [workout] = tp.fake.workouts() as unknown as {
      structure: { structure: { type: string; length: { value: number }; steps: { length: { value: number } }[] }[] };
    }[];
    expect(
      workout?.structure.structure.map((block) => [block.type, block.length.value, block.steps.map((step) => step.length.value)]),
    ).toEqual([
      ["step", 1, [600]],
      ["step", 1, [33]],
      ["step", 1, [34]],
      ["step", 1, [33]],
      ["repetition", 1, [300, 300]],
      ["step", 1, [600]],
    ]);
  });
});
