import { beforeAll, describe, expect, it } from "vitest";
import { POST as createImportRoute } from "@/app/api/imports/route";
import { getDb } from "@/lib/db/client";
import { addDays } from "@/lib/plans/calendar-date";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { createImport } from "../helpers/routes";

const tp = useFakeTrainingPeaks();
const coach = () => userOf(tp.credentials, "coach").jwt;
const calendarReads = () =>
  tp.fake.requests().filter((request) => request.method === "GET" && /\/workouts\/\d{4}-\d\d-\d\d\/\d{4}-\d\d-\d\d$/.test(request.path));

beforeAll(() => {
  process.env.TRAININGPEAKS_API_URL = tp.fake.url;
  process.env.IMPORT_MIN_INTERVAL_MS = "0";
});

/** A plan of `rows` runs, one a day from `start`. */
function dailyPlan(rows: number, start = "2027-01-04"): string {
  const lines = ["date,sport,title,duration"];
  for (let i = 0; i < rows; i++) lines.push(`${addDays(start, i % 700)},Run,Run ${i + 1},30`);
  return `${lines.join("\n")}\n`;
}

describe.each(TEST_PROVIDERS)("work bounded per request and per job ($name)", (provider) => {
  useFreshAppDatabase(provider);

  it("refuses a plan dated 1900 and 2200 in one sentence, before any calendar is read", async () => {
    const csv = "date,sport,title,duration\n1900-01-01,Run,Old,30\n2200-01-01,Run,Far,30\n";
    expect(csv.length).toBeLessThan(80);
    const answer = await createImport(userOf(tp.credentials, "premium").jwt, { csv });
    expect(answer.status).toBe(422);
    expect(answer.body.error.message).toBe(
      "The plan's workouts run from 1900-01-01 to 2200-01-01, more than two years; check the dates (a wrong year?) or split the plan into parts of at most two years.",
    );
    expect(calendarReads()).toHaveLength(0);
  });

  it("refuses a coach import over 50,000 rows across its athletes in one sentence, before any calendar is read", async () => {
    const athletes = [{ athleteId: "4567890" }, { athleteId: "5678901" }, { athleteId: "6789012" }];
    const answer = await createImport(coach(), { csv: dailyPlan(20_000), athletes });
    expect(answer.status).toBe(422);
    expect(answer.body.error.message).toBe(
      "This import would lay down 60,000 rows (20,000 rows for each of 3 athletes); one import takes at most 50,000: pick fewer athletes or split the plan.",
    );
    expect(calendarReads()).toHaveLength(0);
    expect(await (await getDb()).importJob.count()).toBe(0);
  }, 60_000);

  it("stops reading a request body once it passes the cap, and says so in one sentence", async () => {
    let pulled = 0;
    const megabyte = new Uint8Array(1024 * 1024).fill(32);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 100) controller.close();
        else controller.enqueue(megabyte);
      },
    });
    const request = new Request("http://plandrop.test/api/imports", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${coach()}` },
      body,
      duplex: "half",
    } as RequestInit);
    const response = await createImportRoute(request, {});
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toBe("The request is larger than PlanDrop accepts here (16 MB); send a smaller file.");
    expect(pulled).toBeLessThan(25);
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const request = new Request("http://plandrop.test/api/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(10 * 1024 * 1024) },
      body: "{}",
    });
    const response = await (await import("@/app/api/auth/sign-in/route")).POST(request, {});
    expect(response.status).toBe(413);
  });

  it("stops reading calendars when the browser leaves while the job is laid down", async () => {
    tp.fake.setFaults({ delayMs: 150 });
    const leave = new AbortController();
    const csv = dailyPlan(700);
    const request = new Request("http://plandrop.test/api/imports", {
      method: "POST",
      signal: leave.signal,
      headers: { "content-type": "application/json", authorization: `Bearer ${coach()}` },
      body: JSON.stringify({ csv, athletes: [{ athleteId: "4567890" }, { athleteId: "5678901" }, { athleteId: "6789012" }] }),
    });
    setTimeout(() => leave.abort(), 1_500);
    const response = await createImportRoute(request, {});
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(response.status).toBe(400);
    expect(calendarReads().length).toBeLessThan(16 * 3);
    expect(await (await getDb()).importJob.count()).toBe(0);
  }, 60_000);
});
