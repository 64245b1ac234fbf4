import { describe, expect, it } from "vitest";
import { takeJobLease } from "@/lib/imports/engine/job-lease";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { getImportJobView } from "@/lib/imports/data/job-views";
import { markJobStarted } from "@/lib/imports/data/job-records";
import type { JobQueue } from "@/lib/jobs/job-queue";
import { sweepStoppedJobs, TOKEN_LOST } from "@/lib/jobs/resume-sweep";
import { TEST_PROVIDERS, useMigratedDatabase } from "../helpers/database";
import { parseOk, readSample } from "../helpers/plans";

/** A queue that only notes which imports were handed to it. */
function notingQueue(): JobQueue & { handed: string[] } {
  const handed: string[] = [];
  return {
    handed,
    enqueue: async (id) => {
      handed.push(id);
    },
    work: async () => {},
    stop: async () => {},
  };
}

describe.each(TEST_PROVIDERS)("the sweep for imports whose run died ($name)", (provider) => {
  const database = useMigratedDatabase(provider);
  const newJob = (credential: "pasted_token" | "connection") =>
    createImportJob(database.db, {
      credential,
      userId: null,
      fileName: "plan.csv",
      athletes: [{ athleteId: "1234567", athleteName: "Jane Doe", rows: parseOk(readSample("plan-dated.csv")).rows }],
    });
  const diedRunning = (id: string, status: "running" | "undoing") =>
    database.db.importJob.update({
      where: { id },
      data: { status, runnerId: "a run that died", leaseUntil: new Date(Date.now() - 1_000) },
    });

  it("hands a saved-connection import whose run died back to the queue, and leaves one with a live run alone", async () => {
    const died = await newJob("connection");
    await diedRunning(died.id, "running");
    const live = await newJob("connection");
    await markJobStarted(database.db, live.id, "running", "connection");
    const lease = await takeJobLease(database.db, live.id, 30_000);
    const queue = notingQueue();
    await sweepStoppedJobs(database.db, queue);
    await lease.release();
    expect(queue.handed).toEqual([died.id]);
    expect((await getImportJobView(database.db, died.id))?.status).toBe("running"); // waiting for a worker, not for a click
  });

  it("pauses a pasted-token import whose process died and asks for a fresh token, naming the button that goes on", async () => {
    const sending = await newJob("pasted_token");
    await diedRunning(sending.id, "running");
    const undoing = await newJob("pasted_token");
    await diedRunning(undoing.id, "undoing");
    const queue = notingQueue();
    await sweepStoppedJobs(database.db, queue);
    expect(queue.handed).toEqual([]);
    expect(await getImportJobView(database.db, sending.id)).toMatchObject({
      status: "paused",
      stuck: false,
      pausedReason: TOKEN_LOST.send,
    });
    expect(await getImportJobView(database.db, undoing.id)).toMatchObject({ status: "paused", pausedReason: TOKEN_LOST.undo });
    expect(TOKEN_LOST.send).toContain("press Resume");
    expect(TOKEN_LOST.undo).toContain("press Undo import");
  });
});
