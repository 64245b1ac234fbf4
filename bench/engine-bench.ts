// The import engine's own cost: one worker process sends a job of N workouts to the fake
// TrainingPeaks answering at once, with no pacing, 16 in flight. Reports workouts per second
// (target 1,000) and the worker's peak RSS (target < 200 MB, flat in N), on SQLite and, when
// BENCH_POSTGRES_URL names a server, on PostgreSQL. The job is laid down here, in the parent;
// the worker runs in a child process of its own so its memory figure is the engine's alone.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { parsePlanCsv } from "../lib/plans/parse-plan-csv";
import { startFakeProcess } from "./fake-process";
import { makePlanCsv } from "./plan-csv";

const SIZES = (process.env.BENCH_ENGINE_SIZES ?? "4000,40000").split(",").map(Number);
const CONCURRENCY = Number(process.env.BENCH_ENGINE_CONCURRENCY ?? 16);
const PORT = 4397;
const POSTGRES = process.env.BENCH_POSTGRES_URL;
const ROWS_PER_ATHLETE = 10_000;

type Database = { url: string; drop(): Promise<void> };

function sqliteDatabase(): Database {
  const file = path.join(os.tmpdir(), `plandrop-engine-bench-${randomUUID()}.db`);
  return {
    url: `file:${file}`,
    drop: async () => {
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

async function postgresDatabase(serverUrl: string): Promise<Database> {
  const name = `plandrop_bench_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

const providers: [string, () => Promise<Database>][] = [["SQLite", async () => sqliteDatabase()]];
if (POSTGRES) providers.push(["PostgreSQL", () => postgresDatabase(POSTGRES)]);
for (const [provider, create] of providers) {
  for (const size of SIZES) {
    const fake = await startFakeProcess(PORT, 0); // a fresh one each time: it keeps every workout
    const database = await create();
    try {
      const credentials = (await (await fetch(`${fake.url}/__fake/credentials`)).json()) as { users: { key: string; jwt: string }[] };
      const token = credentials.users.find((user) => user.key === "squad")?.jwt ?? "";
      await applyMigrations(database.url);
      const db = createDb(database.url);
      // One plan holds at most 20,000 rows: a larger job is a coach's plan for several athletes.
      const athletes = Math.ceil(size / ROWS_PER_ATHLETE);
      const plan = parsePlanCsv(makePlanCsv(size / athletes, Math.ceil(size / athletes / 700)));
      if (!plan.ok) throw new Error(plan.fileError);
      const rows = plan.rows;
      const job = await createImportJob(db, {
        credential: "pasted_token",
        fileName: "bench.csv",
        athletes: Array.from({ length: athletes }, (_, index) => ({
          athleteId: String(7_000_001 + index),
          athleteName: `Squad Member ${index + 1}`,
          rows,
        })),
      });
      await db.$disconnect();
      const worker = spawnSync(
        "./node_modules/.bin/tsx",
        ["bench/engine-worker.ts", database.url, job.id, token, fake.url, String(CONCURRENCY)],
        { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
      );
      if (worker.status !== 0) throw new Error(`the worker failed (${worker.status})`);
      const result = JSON.parse(worker.stdout.trim().split("\n").pop() ?? "{}") as {
        seconds: number;
        rows: number;
        counts: { created: number };
        pausedReason: string | null;
        maxRssMb: number;
      };
      if (result.counts.created !== size)
        console.log(`Not every row was created: ${JSON.stringify(result.counts)} ${result.pausedReason ?? ""}`);
      console.log(
        `Engine (${provider}), ${size.toLocaleString("en-US")} workouts, fake answering at once, no pacing, ${CONCURRENCY} in flight: ${(size / result.seconds).toFixed(0)} workouts/s (target 1,000); worker peak RSS ${result.maxRssMb.toFixed(0)} MB (target < 200 MB)`,
      );
    } finally {
      fake.stop();
      await database.drop();
    }
  }
}
