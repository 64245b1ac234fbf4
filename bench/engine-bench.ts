// The import engine's own cost: one worker process sends N workouts to the fake TrainingPeaks
// answering at once, with no pacing, as one import with 16 in flight and as a worker full of
// imports at the defaults (WORKER_IMPORTS 10 at once, IMPORT_CONCURRENCY 4 in flight each, as a
// busy deployment runs it). Reports workouts per second (target 1,000) and the worker's peak
// RSS (target < 200 MB, flat in N), on SQLite and, when BENCH_POSTGRES_URL names a server, on
// PostgreSQL. The jobs are laid down here, in the parent; the worker runs in a child process of
// its own so its memory figure is the engine's alone.
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
/** Node's flags for the worker, to see where its time goes: BENCH_WORKER_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof". */
const WORKER_FLAGS = process.env.BENCH_WORKER_FLAGS?.split(" ").filter(Boolean) ?? [];
/** The defaults of WORKER_IMPORTS and IMPORT_CONCURRENCY (lib/env.ts). */
const WORKER_IMPORTS = Number(process.env.BENCH_WORKER_IMPORTS ?? 10);
const IMPORT_CONCURRENCY = Number(process.env.BENCH_IMPORT_CONCURRENCY ?? 4);

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

/** How the worker is loaded: one import with many in flight, or a worker full of imports at the configured defaults. */
const SHAPES = [
  { imports: 1, concurrency: CONCURRENCY, label: `one import, ${CONCURRENCY} in flight` },
  {
    imports: WORKER_IMPORTS,
    concurrency: IMPORT_CONCURRENCY,
    label: `${WORKER_IMPORTS} imports at once, ${IMPORT_CONCURRENCY} in flight each (a worker full at the defaults)`,
  },
];

const providers: [string, () => Promise<Database>][] = [["SQLite", async () => sqliteDatabase()]];
if (POSTGRES) providers.push(["PostgreSQL", () => postgresDatabase(POSTGRES)]);
for (const [provider, create] of providers) {
  for (const size of SIZES) {
    for (const shape of SHAPES) {
      const fake = await startFakeProcess(PORT, 0); // a fresh one each time: it keeps every workout
      const database = await create();
      try {
        const credentials = (await (await fetch(`${fake.url}/__fake/credentials`)).json()) as { users: { key: string; jwt: string }[] };
        const token = credentials.users.find((user) => user.key === "squad")?.jwt ?? "";
        await applyMigrations(database.url);
        const db = createDb(database.url);
        const jobIds = await layDownJobs(db, size, shape.imports);
        await db.$disconnect();
        const worker = spawnSync(
          "./node_modules/.bin/tsx",
          [...WORKER_FLAGS, "bench/engine-worker.ts", database.url, jobIds.join(","), token, fake.url, String(shape.concurrency)],
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
          `Engine (${provider}), ${size.toLocaleString("en-US")} workouts, ${shape.label}, fake answering at once, no pacing: ${(size / result.seconds).toFixed(0)} workouts/s (target 1,000); worker peak RSS ${result.maxRssMb.toFixed(0)} MB (target < 200 MB)`,
        );
      } finally {
        fake.stop();
        await database.drop();
      }
    }
  }
}

/** `size` workouts in `imports` jobs, each for athletes of its own (as different coaches' imports are). */
async function layDownJobs(db: ReturnType<typeof createDb>, size: number, imports: number): Promise<string[]> {
  const perImport = size / imports;
  // One plan holds at most 20,000 rows: a larger job is a coach's plan for several athletes.
  const athletes = Math.ceil(perImport / ROWS_PER_ATHLETE);
  const plan = parsePlanCsv(makePlanCsv(perImport / athletes, Math.ceil(perImport / athletes / 700)));
  if (!plan.ok) throw new Error(plan.fileError);
  const jobIds: string[] = [];
  for (let index = 0; index < imports; index++) {
    const job = await createImportJob(db, {
      credential: "pasted_token",
      fileName: "bench.csv",
      athletes: Array.from({ length: athletes }, (_, athlete) => ({
        athleteId: String(7_000_001 + index * athletes + athlete),
        athleteName: `Squad Member ${index * athletes + athlete + 1}`,
        rows: plan.rows,
      })),
    });
    jobIds.push(job.id);
  }
  return jobIds;
}
