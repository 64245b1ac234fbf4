// Lays down the largest import PlanDrop allows (MAX_JOB_ROWS rows: a coach's plan for three
// athletes) through the server's own path (parse per athlete, structures, calendar duplicate
// check against the fake, rows into the database), and reports peak RSS (target < 400 MB).
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { MAX_JOB_ROWS } from "@/lib/imports/create/job-limits";
import { createImportFromPlan, type ImportSetup } from "@/lib/imports/create/start-import";
import { createTrainingPeaksClient } from "../lib/trainingpeaks/client";
import { webCalendar } from "../lib/trainingpeaks/web-calendar";
import { startFakeProcess } from "./fake-process";
import { makePlanCsv } from "./plan-csv";

const ATHLETES = 3;
const ROWS = Math.floor(MAX_JOB_ROWS / ATHLETES);
const FAKE_PORT = 4398;
const FAKE_URL = `http://127.0.0.1:${FAKE_PORT}`;

const fake = await startFakeProcess(FAKE_PORT, 0);
const file = path.join(os.tmpdir(), `plandrop-create-bench-${Date.now()}.db`);
const url = process.env.BENCH_DATABASE_URL ?? `file:${file}`;
try {
  const credentials = (await (await fetch(`${FAKE_URL}/__fake/credentials`)).json()) as { users: { key: string; jwt: string }[] };
  const token = credentials.users.find((user) => user.key === "coach")?.jwt ?? "";
  await applyMigrations(url);
  const db = createDb(url);
  const client = webCalendar(createTrainingPeaksClient({ baseUrl: FAKE_URL, timeoutMs: 30_000 }));
  const account = await client.describeAccount(token);
  const setup: ImportSetup = {
    account,
    credential: "pasted_token",
    userId: null,
    loadThresholds: (athleteId) => async (sport) => client.athleteThresholds(token, athleteId, sport),
    readCalendar: (athleteId, start, end) => client.listWorkouts(token, athleteId, start, end),
  };
  const csv = planWithinTwoYears(ROWS);
  const before = process.memoryUsage().rss;
  let peakRss = before;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const job = await createImportFromPlan(db, setup, {
    csv,
    fileName: "bench.csv",
    options: {},
    athletes: account.roster.slice(0, ATHLETES).map((athlete) => ({ athleteId: athlete.athleteId })),
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const rows = Object.values(job.counts).reduce((sum, count) => sum + count, 0);
  console.log(
    `Largest allowed import laid down (${url.startsWith("file:") ? "SQLite" : "PostgreSQL"}): ${rows.toLocaleString("en-US")} rows for ${ATHLETES} athletes in ${seconds.toFixed(1)} s; RSS ${(before / 1048576).toFixed(0)} MB before, peak ${(peakRss / 1048576).toFixed(0)} MB (target < 400 MB)`,
  );
  await db.$disconnect();
} finally {
  fake.stop();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}

/** A realistic dated plan of N rows whose days fit in two years (the most a plan may span). */
function planWithinTwoYears(rows: number): string {
  return makePlanCsv(rows, Math.ceil(rows / 700));
}
