import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { markJobStarted } from "@/lib/imports/data/job-records";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { pointAppAtFake, useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { Visitor } from "../helpers/visitor";

// The worker is a process of its own (`npm run worker`), as in a deployment: it is killed with
// SIGKILL in the middle of a saved-connection import, and a fresh one finishes it with no click.

const tp = useFakeTrainingPeaks();
pointAppAtFake(tp);
beforeAll(() => {
  process.env.PLANDROP_SECRETS_FILE = path.join(os.tmpdir(), `plandrop-test-secrets-${randomUUID()}.json`);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startWorker(databaseUrl: string): { child: ChildProcess; exited: Promise<unknown> } {
  // node itself (not the tsx wrapper), so that SIGKILL really kills the process doing the work
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TRAININGPEAKS_API_URL: tp.fake.url,
      JOB_QUEUE: "",
      JOB_LEASE_MS: "3000",
      TRAININGPEAKS_TIMEOUT_MS: "1000",
      IMPORT_MIN_INTERVAL_MS: "0",
      IMPORT_RETRY_DELAY_MS: "10",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { child, exited: new Promise((resolve) => child.on("exit", resolve)) };
}

describe.each(TEST_PROVIDERS)("a saved-connection import outlives its worker ($name)", (provider) => {
  const database = useFreshAppDatabase(provider);

  it("finishes with no click after its worker is killed mid-import, every workout sent once", async () => {
    const visitor = new Visitor();
    await visitor.signUp("jane@example.com");
    expect((await visitor.saveConnection(userOf(tp.credentials, "premium").cookie)).status).toBe(200);
    const rows = Array.from({ length: 30 }, (_, i) => `2027-02-${String((i % 28) + 1).padStart(2, "0")},Bike,Crash ride ${i},45`);
    const created = await visitor.createImport({ csv: `date,sport,title,duration\n${rows.join("\n")}\n` });
    expect(created.status).toBe(201);
    const jobId: string = created.body.id;
    const db = await getDb();
    tp.fake.setFaults({ delayMs: 60 });

    // Started as the run route starts it; no request runs it: the worker's sweep finds it and runs it.
    await markJobStarted(db, jobId, "running", "connection");
    const first = startWorker(database.current.url);
    const workers: ChildProcess[] = [first.child];
    try {
      while (tp.fake.workouts().length < 8) await sleep(20);
      first.child.kill("SIGKILL"); // mid-send: rows in flight are left "sending", the lease is left held
      await first.exited;
      tp.fake.setFaults({});
      const killed = await db.importJob.findUniqueOrThrow({ where: { id: jobId } });
      expect(killed.status).toBe("running");
      expect(await db.importRow.count({ where: { jobId, status: "pending" } })).toBeGreaterThan(0);

      const second = startWorker(database.current.url);
      workers.push(second.child);
      let job = killed;
      while (job.status === "running") {
        await sleep(100);
        job = await db.importJob.findUniqueOrThrow({ where: { id: jobId } });
      }
      expect(job.status).toBe("done");
      expect(await db.importRow.count({ where: { jobId, status: "created" } })).toBe(30);
      const titles = tp.fake.workouts().map((workout) => String(workout.title));
      expect(titles).toHaveLength(30);
      expect(new Set(titles).size).toBe(30);
    } finally {
      for (const worker of workers) worker.kill("SIGKILL");
    }
  }, 60_000);
});
