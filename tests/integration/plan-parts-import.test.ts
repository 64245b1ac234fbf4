import { describe, expect, it } from "vitest";
import { pastedTokenSource } from "@/lib/imports/engine/pasted-token";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { runImport } from "@/lib/imports/engine/run-import";
import { createTrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { webCalendar } from "@/lib/trainingpeaks/web-calendar";
import { TEST_PROVIDERS, useMigratedDatabase } from "../helpers/database";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { parseOk } from "../helpers/plans";

const tp = useFakeTrainingPeaks();

// A triathlon day with Swim, Bike and Run columns: three workouts from one row, each its own import row.
const PLAN = ["date,swim,bike duration,run duration,notes", "2027-03-01,1500 m,1:30,0:45,Brick day", "2027-03-02,,1:00,,"].join("\n");

describe.each(TEST_PROVIDERS)("a plan row holding several workouts ($name)", (provider) => {
  const database = useMigratedDatabase(provider);

  it("imports each workout of the row once, and lists each with its part", async () => {
    const plan = parseOk(PLAN);
    const job = await createImportJob(database.db, {
      credential: "pasted_token",
      fileName: "tri.csv",
      athletes: [{ athleteId: "1234567", athleteName: "Jane Doe", rows: plan.rows }],
    });
    expect(job.rows.map((row) => `${row.rowNumber}.${row.part}`)).toEqual(["2.1", "2.2", "2.3", "3.1"]);
    const client = webCalendar(createTrainingPeaksClient({ baseUrl: tp.fake.url, timeoutMs: 5_000, log: () => undefined }));
    const finished = await runImport(database.db, job.id, {
      client,
      tokens: pastedTokenSource(userOf(tp.credentials, "premium").jwt),
      concurrency: 2,
    });
    expect(finished.counts.created).toBe(4);
    const sent = tp.fake
      .workouts()
      .map(
        (workout) =>
          `${String(workout.workoutDay).slice(0, 10)} ${workout.workoutTypeValueId} ${workout.totalTimePlanned ?? ""} ${workout.distancePlanned ?? ""}`,
      )
      .sort();
    expect(sent).toEqual(["2027-03-01 1  1500", "2027-03-01 2 1.5 ", "2027-03-01 3 0.75 ", "2027-03-02 2 1 "]);
  });
});
