import { describe, expect, it } from "vitest";
import { pastedTokenSource } from "@/lib/imports/engine/pasted-token";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { runImport } from "@/lib/imports/engine/run-import";
import { undoImport } from "@/lib/imports/engine/undo-import";
import { createTrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { webCalendar } from "@/lib/trainingpeaks/web-calendar";
import { TEST_PROVIDERS, useMigratedDatabase } from "../helpers/database";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { parseOk, readSample } from "../helpers/plans";

const tp = useFakeTrainingPeaks();
const TIMEOUT_MS = 1_000;

describe.each(TEST_PROVIDERS)("a TrainingPeaks that answers creates after the timeout ($name)", (provider) => {
  const database = useMigratedDatabase(provider);

  async function importPlan(inFlightMs: number) {
    const plan = parseOk(readSample("plan-dated.csv"));
    const job = await createImportJob(database.db, {
      credential: "pasted_token",
      fileName: "plan.csv",
      athletes: [{ athleteId: "1234567", athleteName: "Jane Doe", rows: plan.rows }],
    });
    const client = webCalendar(createTrainingPeaksClient({ baseUrl: tp.fake.url, timeoutMs: TIMEOUT_MS, log: () => undefined }));
    const tokens = pastedTokenSource(userOf(tp.credentials, "premium").jwt);
    const finished = await runImport(database.db, job.id, { client, tokens, concurrency: 3, retryDelayMs: 600, inFlightMs });
    return { job: finished, undo: () => undoImport(database.db, job.id, { client, tokens, concurrency: 3 }) };
  }

  it("leaves no extra workout: a create that timed out is looked for only once it can no longer land", async () => {
    tp.fake.setFaults({ slowCreates: { count: 3, delayMs: 1_300 } });
    const { job, undo } = await importPlan(2 * TIMEOUT_MS);
    expect(job.status).toBe("done");
    expect(job.counts.created).toBe(7);
    expect(tp.fake.workouts()).toHaveLength(7);
    expect(new Set(tp.fake.workouts().map((workout) => workout.workoutId)).size).toBe(7);

    expect((await undo()).status).toBe("undone");
    expect(tp.fake.workouts()).toHaveLength(0);
  }, 30_000);

  it("when a create lands later still, the last look records the extra copy on its row, says so, and Undo removes it too", async () => {
    tp.fake.setFaults({ slowCreates: { count: 1, delayMs: 1_500 } });
    const { job, undo } = await importPlan(0); // looks as soon as the request gave up: too early, on purpose
    expect(job.status).toBe("done");
    expect(tp.fake.workouts()).toHaveLength(8);
    const flagged = job.rows.filter((row) => row.error?.startsWith("TrainingPeaks made this workout 2 times after answering too slowly"));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.status).toBe("created");

    const undone = await undo();
    expect(undone.status).toBe("undone");
    expect(tp.fake.workouts()).toHaveLength(0);
  }, 30_000);

  it("Undo still deletes a workout whose extra copy TrainingPeaks will not let it delete (403)", async () => {
    tp.fake.setFaults({ slowCreates: { count: 1, delayMs: 1_500 } });
    const { job, undo } = await importPlan(0);
    const flagged = job.rows.find((row) => row.error?.startsWith("TrainingPeaks made this workout 2 times"));
    const copy = tp.fake
      .workouts()
      .find((workout) => workout.title === flagged?.title && String(workout.workoutId) !== flagged?.tpWorkoutId);
    expect(copy).toBeDefined();
    tp.fake.setFaults({
      answerWith: { status: 403, count: 1, method: "DELETE", pathPrefix: `/fitness/v6/athletes/1234567/workouts/${copy?.workoutId}` },
    });

    const undone = await undo();
    expect(undone.status).toBe("undone");
    expect(undone.rows.find((row) => row.rowNumber === flagged?.rowNumber)?.status).toBe("deleted");
    expect(tp.fake.workouts().map((workout) => workout.workoutId)).toEqual([copy?.workoutId]);
  }, 30_000);
});
