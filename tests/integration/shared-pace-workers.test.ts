import { spawn } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { parsePlanCsv } from "@/lib/plans/parse-plan-csv";
import type { FakeRequest } from "../fakes/trainingpeaks-server";
import { TEST_PROVIDERS, type TestDatabase } from "../helpers/database";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";

// Two workers, each in its own process like two app instances, send one coach's jobs (one per
// athlete) to TrainingPeaks at once. The account's pace is kept in PostgreSQL, so together they
// start requests no faster than one worker alone, and a 429's Retry-After that one of them gets
// holds back both.

const tp = useFakeTrainingPeaks();
const INTERVAL_MS = 200;
const RETRY_AFTER_S = 2;
const ROWS = 12;
const ATHLETES = ["4567890", "6789012"];
const postgres = TEST_PROVIDERS.find((provider) => provider.name === "postgresql");

/** Starts a worker process; it sends once told to go, and its result is the job's end state. */
function startWorker(database: TestDatabase, jobId: string, token: string, accountKey: string) {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/helpers/paced-worker-process.ts", jobId, token, accountKey],
    {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        TRAININGPEAKS_API_URL: tp.fake.url,
        IMPORT_MIN_INTERVAL_MS: String(INTERVAL_MS),
        TRAININGPEAKS_TIMEOUT_MS: "10000",
      },
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  let output = "";
  const ready = new Promise<void>((resolve) =>
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.startsWith("ready\n")) resolve();
    }),
  );
  const result = new Promise<{ status: string; created: number }>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(output.trim().split("\n").pop() ?? "{}")) : reject(new Error(`worker exited with ${code}`)),
    );
  });
  return { ready, go: () => child.stdin.end("go\n"), result };
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe.skipIf(!postgres)("two workers on one PostgreSQL sending one TrainingPeaks account's jobs", () => {
  let database: TestDatabase;
  let db: Db;
  beforeEach(async () => {
    database = await (postgres as NonNullable<typeof postgres>).create();
    await applyMigrations(database.url);
    db = createDb(database.url);
  });
  afterEach(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it("start requests at one pace between them and both wait out a 429's Retry-After", async () => {
    const coach = userOf(tp.credentials, "coach");
    const jobIds: string[] = [];
    for (const athleteId of ATHLETES) {
      const csv = [
        "date,sport,title,duration",
        ...Array.from({ length: ROWS }, (_, i) => `2027-05-${String(i + 1).padStart(2, "0")},Run,Run ${i + 1} for ${athleteId},${30 + i}`),
      ].join("\n");
      const plan = parsePlanCsv(csv);
      if (!plan.ok) throw new Error(plan.fileError);
      const job = await createImportJob(db, {
        credential: "pasted_token",
        fileName: `plan-${athleteId}.csv`,
        athletes: [{ athleteId, athleteName: athleteId, rows: plan.rows }],
      });
      jobIds.push(job.id);
    }

    const account = `tp:${coach.athleteId}`;
    const workers = jobIds.map((jobId) => startWorker(database, jobId, coach.jwt, account));
    await Promise.all(workers.map((worker) => worker.ready));
    for (const worker of workers) worker.go();
    // Once both are sending, TrainingPeaks refuses the next request with a 429.
    const sentFor = (athleteId: string) => tp.fake.requests().filter((request) => request.path.includes(athleteId)).length;
    await until(() => ATHLETES.every((athleteId) => sentFor(athleteId) >= 2));
    const refusedIndex = tp.fake.requests().length;
    tp.fake.setFaults({ answerWith: { status: 429, count: 1, retryAfterSeconds: RETRY_AFTER_S } });
    const results = await Promise.all(workers.map((worker) => worker.result));

    expect(results.map((result) => result.status)).toEqual(["done", "done"]);
    expect(tp.fake.workouts()).toHaveLength(2 * ROWS);
    const requests: FakeRequest[] = tp.fake.requests();
    const times = requests.map((request) => request.at).sort((a, b) => a - b);
    // Eleven starts at one pace span ten intervals; two workers each at the pace would span five.
    // Arrival times carry each request's own delay on a loaded machine, hence the margin.
    const spans = times.slice(10).map((time, i) => time - (times[i] ?? 0));
    expect(Math.min(...spans)).toBeGreaterThanOrEqual(10 * INTERVAL_MS - 300);

    // After the 429 both wait: nothing arrives from either worker until Retry-After has passed
    // (apart from starts made before the 429's answer reached them), and both go on afterwards.
    const refusedAt = requests[refusedIndex]?.at ?? Number.NaN;
    expect(refusedAt).toBeGreaterThan(0); // the 429 was answered

    const duringPause = requests.filter((request) => request.at > refusedAt + 600 && request.at < refusedAt + RETRY_AFTER_S * 1000 - 100);
    expect(duringPause).toEqual([]);
    for (const athleteId of ATHLETES)
      expect(requests.some((request) => request.at >= refusedAt + RETRY_AFTER_S * 1000 - 100 && request.path.includes(athleteId))).toBe(
        true,
      );
  });
});
