// Import N workouts (default 1,000) into the fake TrainingPeaks answering in 100 ms: wall time
// against the ideal (N × 0.1 s ÷ concurrency, or the pacing when that is slower) and peak memory.
// The fake runs in its own process so the memory figure is PlanDrop's alone.
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { pastedTokenSource } from "@/lib/imports/engine/pasted-token";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { runImport } from "@/lib/imports/engine/run-import";
import { parsePlanCsv } from "../lib/plans/parse-plan-csv";
import { createTrainingPeaksClient } from "../lib/trainingpeaks/client";
import { webCalendar } from "../lib/trainingpeaks/web-calendar";
import { Pacer } from "../lib/trainingpeaks/pacer";
import { startFakeProcess } from "./fake-process";
import { makePlanCsv } from "./plan-csv";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000);
const LATENCY_MS = 100;
const CONCURRENCY = Number(process.env.IMPORT_CONCURRENCY ?? 4);
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 0);
const FAKE_PORT = 4399;
const FAKE_URL = `http://127.0.0.1:${FAKE_PORT}`;

const fake = await startFakeProcess(FAKE_PORT, LATENCY_MS);
const file = path.join(os.tmpdir(), `plandrop-bench-${Date.now()}.db`);
const url = process.env.BENCH_DATABASE_URL ?? `file:${file}`;
try {
  const credentials = (await (await fetch(`${FAKE_URL}/__fake/credentials`)).json()) as { users: { key: string; jwt: string }[] };
  const token = credentials.users.find((user) => user.key === "premium")?.jwt ?? "";
  await applyMigrations(url);
  const db = createDb(url);
  const plan = parsePlanCsv(makePlanCsv(ROWS));
  if (!plan.ok) throw new Error(plan.fileError);

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const job = await createImportJob(db, {
    credential: "pasted_token",
    fileName: "bench.csv",
    athletes: [{ athleteId: "1234567", athleteName: "Jane Doe", rows: plan.rows }],
  });
  const client = webCalendar(createTrainingPeaksClient({ baseUrl: FAKE_URL, timeoutMs: 30_000, pacer: new Pacer(INTERVAL_MS) }));
  const finished = await runImport(db, job.id, { client, tokens: pastedTokenSource(token), concurrency: CONCURRENCY });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);

  const ideal = Math.max((ROWS * LATENCY_MS) / 1000 / CONCURRENCY, (ROWS * INTERVAL_MS) / 1000);
  if (finished.counts.created !== ROWS)
    console.log(`Not every row was created: ${JSON.stringify(finished.counts)} ${finished.pausedReason ?? ""}`);
  console.log(
    `Import, ${ROWS.toLocaleString("en-US")} workouts, fake answering in ${LATENCY_MS} ms, ${CONCURRENCY} in flight, ${INTERVAL_MS} ms between starts: ${finished.counts.created} created in ${seconds.toFixed(1)} s; ideal ${ideal.toFixed(1)} s; ratio ${(seconds / ideal).toFixed(2)}× (target ≤ 1.3×)`,
  );
  console.log(`Peak RSS during the import: ${(peakRss / 1024 / 1024).toFixed(0)} MB (target < 300 MB)`);
  await db.$disconnect();
} finally {
  fake.stop();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}
