import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { partnerConnectionCredentials } from "@/lib/connections/partner-credentials";
import { savePartnerConnection } from "@/lib/connections/partner-connections";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { runImport } from "@/lib/imports/engine/run-import";
import { parseOk } from "../helpers/plans";
import { createPartnerClient } from "@/lib/trainingpeaks/partner/client";
import { exchangeCode, startAuthorization } from "@/lib/trainingpeaks/partner/oauth";
import { partnerCalendar } from "@/lib/trainingpeaks/partner/partner-calendar";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { consentAs, useFakePartner } from "../helpers/partner";
import { PARTNER_CLIENT } from "../fakes/partner-fixtures";
import { endOf, Visitor } from "../helpers/visitor";

const partner = useFakePartner();

beforeAll(() => {
  process.env.TRAININGPEAKS_CLIENT_ID = PARTNER_CLIENT.id;
  process.env.TRAININGPEAKS_CLIENT_SECRET = PARTNER_CLIENT.secret;
  process.env.TRAININGPEAKS_OAUTH_URL = partner.fake.url;
  process.env.TRAININGPEAKS_PARTNER_API_URL = partner.fake.url;
  process.env.IMPORT_MIN_INTERVAL_MS = "0";
  process.env.IMPORT_RETRY_DELAY_MS = "10";
  process.env.PLANDROP_SECRETS_FILE = path.join(os.tmpdir(), `plandrop-test-secrets-${randomUUID()}.json`);
});

function inDays(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe.each(TEST_PROVIDERS)("importing over a Connect with TrainingPeaks connection ($name)", (provider) => {
  useFreshAppDatabase(provider);
  let visitor: Visitor;

  async function connectAs(user: "premium" | "basic") {
    const db = await getDb();
    const { id } = await db.user.findUniqueOrThrow({ where: { email: "jane@example.com" } });
    const started = await startAuthorization(partner.config, "athlete");
    const tokens = await exchangeCode(partner.config, await consentAs(started.url, user), started);
    const client = createPartnerClient({ baseUrl: partner.fake.url, timeoutMs: 5_000, userAgent: "PlanDrop-test/1", log: () => undefined });
    await savePartnerConnection(
      db,
      { config: partner.config, calendar: (role) => partnerCalendar(client, { role }) },
      id,
      "athlete",
      tokens,
    );
  }

  beforeEach(async () => {
    visitor = new Visitor();
    await visitor.signUp("jane@example.com");
  });

  it("refuses rows outside 7 days back to a year ahead with a sentence before anything is sent, notes a Brick going as Other, and sends the rest", async () => {
    await connectAs("premium");
    const csv = `date,sport,title,duration\n${inDays(-20)},Run,Too early,30\n${inDays(400)},Run,Too late,30\n${inDays(3)},Brick,Bike + run,90\n${inDays(4)},Run,Easy,45\n`;
    const created = await visitor.createImport({ csv });
    expect(created.status).toBe(201);
    expect(partner.fake.requests().some((request) => request.method === "POST" && request.path === "/v2/workouts/plan")).toBe(false);
    const rows = created.body.rows as { title: string; status: string; error: string | null }[];
    expect(rows.find((row) => row.title === "Too early")).toMatchObject({
      status: "invalid",
      error: expect.stringContaining("at most 7 days back"),
    });
    expect(rows.find((row) => row.title === "Too late")).toMatchObject({
      status: "invalid",
      error: expect.stringContaining("at most a year ahead"),
    });
    expect(rows.find((row) => row.title === "Bike + run")).toMatchObject({
      status: "pending",
      error: "TrainingPeaks' official API has no Brick workout type, so this workout goes on the calendar as Other.",
    });

    const run = await visitor.runImport(created.body.id);
    expect(endOf(run.events)?.counts.created).toBe(2);
    expect(
      partner.fake
        .workouts()
        .map((workout) => `${workout.WorkoutType} ${workout.Title}`)
        .sort(),
    ).toEqual(["other Bike + run", "run Easy"]);
  });

  it("refuses a Basic athlete's future days in the job, and sends today's", async () => {
    await connectAs("basic");
    const today = new Intl.DateTimeFormat("en-CA", {
      timeZone: "America/Denver",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(new Date());
    const created = await visitor.createImport({
      csv: `date,sport,title,duration\n${today},Run,Today,30\n${inDays(5)},Run,Next week,30\n`,
    });
    const rows = created.body.rows as { title: string; status: string; error: string | null }[];
    expect(rows.find((row) => row.title === "Next week")).toMatchObject({
      status: "invalid",
      error: expect.stringContaining("needs Premium"),
    });
    expect(rows.find((row) => row.title === "Today")?.status).toBe("pending");
    const run = await visitor.runImport(created.body.id);
    expect(endOf(run.events)?.counts.created).toBe(1);
  });

  it("Unlink through the connection route revokes at TrainingPeaks and deletes both tokens", async () => {
    await connectAs("premium");
    expect((await visitor.connection()).body.connection).toMatchObject({ method: "oauth", name: "Jane Doe" });
    const revoked = partner.fake.revoked();
    expect((await visitor.unlink()).status).toBe(200);
    expect(partner.fake.revoked()).toBe(revoked + 1);
    expect(await (await getDb()).partnerConnection.count()).toBe(0);
  });

  it("gives a job run without a request (a background worker) the Partner calendar and refreshing tokens of the saved connection", async () => {
    await connectAs("premium");
    const db = await getDb();
    const { id } = await db.user.findUniqueOrThrow({ where: { email: "jane@example.com" } });
    const credentials = await partnerConnectionCredentials(db, id);
    if (!credentials) throw new Error("no credentials for the OAuth connection");
    expect(credentials.client.api).toBe("partner");
    partner.fake.expireAccessTokens();
    const job = await createImportJob(db, {
      userId: id,
      credential: "connection",
      fileName: "plan.csv",
      athletes: [
        {
          athleteId: "1234567",
          athleteName: "Jane Doe",
          rows: parseOk(`date,sport,title,duration\n${inDays(2)},Run,Worker run,30\n`).rows,
        },
      ],
    });
    const finished = await runImport(db, job.id, { ...credentials, concurrency: 1 });
    expect(finished.counts.created).toBe(1);
    expect(partner.fake.workouts().map((workout) => workout.Title)).toEqual(["Worker run"]);
  });
});
