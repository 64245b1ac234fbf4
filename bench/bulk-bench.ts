// A coach's squad: 50 athletes × 84 workouts (4,200) into the fake TrainingPeaks answering in
// 100 ms, as a deployment runs it: the job is laid down (the Import click's request, timed too),
// then one worker process sends it at the configured pace. Wall time against the ideal, and the
// worker's peak RSS. The fake runs in its own process.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { createDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { addDays } from "../lib/plans/calendar-date";
import { parsePlanCsv } from "../lib/plans/parse-plan-csv";
import { startFakeProcess } from "./fake-process";

const ATHLETES = 50;
const WORKOUTS = 84;
const LATENCY_MS = 100;
const CONCURRENCY = Number(process.env.IMPORT_CONCURRENCY ?? 4);
// The configured pace (IMPORT_MIN_INTERVAL_MS, 150 ms unless set): 4,200 × 0.15 s, about ten
// minutes. BENCH_INTERVAL_MS measures another (25 ms is as fast as 4 in flight at 100 ms go).
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? process.env.IMPORT_MIN_INTERVAL_MS ?? 150);
const PORT = 4398;

const plan = [
  "day,sport,title,duration_minutes",
  ...Array.from({ length: WORKOUTS }, (_, i) => `${i + 1},${["Run", "Bike", "Swim"][i % 3]},Session ${i + 1},${30 + (i % 60)}`),
].join("\n");
const fake = await startFakeProcess(PORT, LATENCY_MS);
const file = path.join(os.tmpdir(), `plandrop-bulk-${Date.now()}.db`);
const url = process.env.BENCH_DATABASE_URL ?? `file:${file}`;
try {
  const credentials = (await (await fetch(`${fake.url}/__fake/credentials`)).json()) as { users: { key: string; jwt: string }[] };
  const token = credentials.users.find((user) => user.key === "squad")?.jwt ?? "";
  await applyMigrations(url);
  const db = createDb(url);
  const athletes = Array.from({ length: ATHLETES }, (_, index) => {
    const parsed = parsePlanCsv(plan, { startDate: addDays("2027-01-04", 7 * (index % 4)) });
    if (!parsed.ok) throw new Error(parsed.fileError);
    return { athleteId: String(7_000_001 + index), athleteName: `Squad Member ${index + 1}`, rows: parsed.rows };
  });

  const started = performance.now();
  const job = await createImportJob(db, { credential: "pasted_token", fileName: "squad.csv", athletes });
  const madeIn = (performance.now() - started) / 1000;
  await db.$disconnect();
  const worker = spawnSync(
    "./node_modules/.bin/tsx",
    ["bench/engine-worker.ts", url, job.id, token, fake.url, String(CONCURRENCY), String(INTERVAL_MS)],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  if (worker.status !== 0) throw new Error(`the worker failed (${worker.status})`);
  const result = JSON.parse(worker.stdout.trim().split("\n").pop() ?? "{}") as {
    counts: { created: number };
    pausedReason: string | null;
    maxRssMb: number;
  };
  const seconds = (performance.now() - started) / 1000;

  const total = ATHLETES * WORKOUTS;
  const ideal = Math.max((total * LATENCY_MS) / 1000 / CONCURRENCY, (total * INTERVAL_MS) / 1000);
  if (result.counts.created !== total)
    console.log(`Not every row was created: ${JSON.stringify(result.counts)} ${result.pausedReason ?? ""}`);
  console.log(
    `Squad, ${ATHLETES} athletes × ${WORKOUTS} workouts (${total.toLocaleString("en-US")}), fake answering in ${LATENCY_MS} ms, ${CONCURRENCY} in flight, ${INTERVAL_MS} ms between starts: ${result.counts.created} created in ${seconds.toFixed(1)} s (the job laid down in ${madeIn.toFixed(1)} s of it); ideal ${ideal.toFixed(1)} s; ratio ${(seconds / ideal).toFixed(2)}× (target ≤ 1.1×)`,
  );
  console.log(
    `Worker's peak RSS during the squad import (${url.startsWith("file:") ? "SQLite" : "PostgreSQL"}): ${result.maxRssMb.toFixed(0)} MB`,
  );
} finally {
  fake.stop();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}
