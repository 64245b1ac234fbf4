import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NOT_ANSWERING, PREMIUM_CASCADE, SENDING_ELSEWHERE } from "@/lib/imports/engine/decide";
import { pastedTokenSource } from "@/lib/imports/engine/pasted-token";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { runImport } from "@/lib/imports/engine/run-import";
import { createTrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { webCalendar } from "@/lib/trainingpeaks/web-calendar";
import { TEST_PROVIDERS, useMigratedDatabase } from "../helpers/database";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { parseOk } from "../helpers/plans";

// Each branch of the send engine that keeps a workout from being sent twice or in vain, through
// the real engine and the fake TrainingPeaks: removing the branch turns its test red.

const tp = useFakeTrainingPeaks();
const WORKOUTS = "/fitness/v6/athletes/1234567/workouts";

describe.each(TEST_PROVIDERS)("the send engine's branches ($name)", (provider) => {
  const database = useMigratedDatabase(provider);
  const jobOf = (csv: string, athleteId = "1234567") =>
    createImportJob(database.db, {
      credential: "pasted_token",
      fileName: "plan.csv",
      athletes: [{ athleteId, athleteName: "Jane Doe", rows: parseOk(csv).rows }],
    });
  const run = (jobId: string, key: "premium" | "basic" = "premium", clientOptions: { maxRateLimitWaits?: number } = {}) =>
    runImport(database.db, jobId, {
      client: webCalendar(
        createTrainingPeaksClient({
          baseUrl: tp.fake.url,
          timeoutMs: 2_000,
          log: () => undefined,
          maxRetryAfterMs: 0,
          backoffMs: 1,
          ...clientOptions,
        }),
      ),
      tokens: pastedTokenSource(userOf(tp.credentials, key).jwt),
      concurrency: 2,
      retryDelayMs: 1,
      inFlightMs: 0,
    });

  it("does not send a workout another import is sending right now, and says so on the row", async () => {
    const job = await jobOf("date,sport,title,duration\n2027-05-01,Run,Shared run,45\n2027-05-02,Bike,Own ride,60\n");
    const shared = await database.db.importRow.findFirstOrThrow({ where: { jobId: job.id, rowNumber: 2 } });
    // Another import's row holds the reservation of this very workout and has not heard back yet.
    await database.db.ledgerEntry.create({
      data: { id: randomUUID(), athleteId: "1234567", contentKey: shared.contentKey, rowId: "a row of another import" },
    });
    const finished = await run(job.id);
    expect(finished.rows.map((row) => [row.title, row.status, row.error])).toEqual([
      ["Shared run", "failed", SENDING_ELSEWHERE],
      ["Own ride", "created", null],
    ]);
    expect(tp.fake.workouts().map((workout) => workout.title)).toEqual(["Own ride"]);
  });

  it("keeps a row in doubt and pauses when the calendar cannot be read after a create whose outcome is unknown; Resume sends it once", async () => {
    const job = await jobOf("date,sport,title,duration\n2027-05-03,Run,Doubtful run,45\n");
    tp.fake.setFaults({ answerWith: { status: 500, count: 50, pathPrefix: WORKOUTS } }); // the create and every look at the calendar fail
    const paused = await run(job.id);
    expect(paused.status).toBe("paused");
    expect(paused.pausedReason).toBe(NOT_ANSWERING);
    expect(paused.rows[0]?.status).toBe("sending");

    tp.fake.setFaults({});
    const resumed = await run(job.id);
    expect(resumed.status).toBe("done");
    expect(resumed.rows[0]?.status).toBe("created");
    expect(tp.fake.workouts()).toHaveLength(1);
  });

  it("pauses the whole run on a 429 that does not clear, naming Resume, with the rows waiting and nothing failed", async () => {
    const job = await jobOf("date,sport,title,duration\n2027-05-04,Run,A,45\n2027-05-05,Run,B,45\n2027-05-06,Run,C,45\n");
    tp.fake.setFaults({ rateLimit: { count: 1_000, retryAfterSeconds: 0 } });
    const paused = await run(job.id, "premium", { maxRateLimitWaits: 1 });
    expect(paused.status).toBe("paused");
    expect(paused.pausedReason).toMatch(/ Press Resume to go on\.$/);
    expect(paused.counts).toMatchObject({ pending: 3, failed: 0 });
    expect(tp.fake.workouts()).toHaveLength(0);
  });

  it("after TrainingPeaks refuses a Basic athlete's date, fails the later dates with the cascade's own sentence without sending them", async () => {
    const dates = ["2031-01-05", "2031-01-06", "2031-01-07", "2031-01-08", "2031-01-09", "2031-01-10"];
    const job = await jobOf(`date,sport,title,duration\n${dates.map((date, i) => `${date},Run,Far ${i},45`).join("\n")}\n`, "2345678");
    const finished = await runImport(database.db, job.id, {
      client: webCalendar(createTrainingPeaksClient({ baseUrl: tp.fake.url, timeoutMs: 2_000, log: () => undefined })),
      tokens: pastedTokenSource(userOf(tp.credentials, "basic").jwt),
      concurrency: 1,
      retryDelayMs: 1,
      inFlightMs: 0,
    });
    expect(finished.rows[0]?.error).toBe("This date needs TrainingPeaks Premium: a Basic account can only plan today and tomorrow.");
    expect(finished.rows.slice(1).map((row) => row.error)).toEqual(Array(5).fill(PREMIUM_CASCADE));
    expect(tp.fake.requests().filter((request) => request.method === "POST")).toHaveLength(1);
  });
});
