import { describe, expect, it } from "vitest";
import { pastedTokenSource } from "@/lib/imports/engine/pasted-token";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { createRowClaimer } from "@/lib/imports/data/row-claims";
import { returnToQueue } from "@/lib/imports/data/row-outcomes";
import { runImport } from "@/lib/imports/engine/run-import";
import { createTrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { webCalendar } from "@/lib/trainingpeaks/web-calendar";
import { TEST_PROVIDERS, useMigratedDatabase } from "../helpers/database";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { parseOk, readSample } from "../helpers/plans";

const tp = useFakeTrainingPeaks();

describe.each(TEST_PROVIDERS)("the import engine on its own ($name)", (provider) => {
  const database = useMigratedDatabase(provider);

  it("sends every row when nobody listens for progress", async () => {
    const plan = parseOk(readSample("plan-dated.csv"));
    const job = await createImportJob(database.db, {
      credential: "pasted_token",
      fileName: "plan.csv",
      athletes: [{ athleteId: "1234567", athleteName: "Jane Doe", rows: plan.rows }],
    });
    const client = webCalendar(createTrainingPeaksClient({ baseUrl: tp.fake.url, timeoutMs: 5_000, log: () => undefined }));
    const finished = await runImport(database.db, job.id, {
      client,
      tokens: pastedTokenSource(userOf(tp.credentials, "premium").jwt),
      concurrency: 3,
    });
    expect(finished.status).toBe("done");
    expect(finished.counts.created).toBe(7);
    expect(tp.fake.workouts()).toHaveLength(7);
  });

  it("still sends a row put back for a retry while another sender was reading the queue, instead of pausing with it waiting", async () => {
    const plan = parseOk(readSample("plan-dated.csv"));
    const job = await createImportJob(database.db, {
      credential: "pasted_token",
      fileName: "plan.csv",
      athletes: [{ athleteId: "1234567", athleteName: "Jane Doe", rows: plan.rows }],
    });
    // The queue's read is held after it has run, as a busy database answers late.
    let hold: { queried: () => void; release: Promise<void> } | null = null;
    const rows = database.db.importRow;
    const slowRows = new Proxy(rows, {
      get(target, key) {
        if (key !== "findMany") return Reflect.get(target, key);
        return async (args: Parameters<typeof rows.findMany>[0]) => {
          const found = await rows.findMany(args);
          const held = hold;
          hold = null;
          if (held) {
            held.queried();
            await held.release;
          }
          return found;
        };
      },
    });
    const slowDb = new Proxy(database.db, { get: (target, key) => (key === "importRow" ? slowRows : Reflect.get(target, key)) });
    const claimNextRow = createRowClaimer(slowDb, job.id);
    const claimed = [];
    for (let row = await claimNextRow(); row; row = await claimNextRow()) claimed.push(row);
    expect(claimed).toHaveLength(7);

    let queried = () => {};
    let release = () => {};
    const readDone = new Promise<void>((resolve) => {
      queried = resolve;
    });
    hold = {
      queried,
      release: new Promise<void>((resolve) => {
        release = resolve;
      }),
    };
    const firstSender = claimNextRow(); // finds nothing waiting: every row is being sent
    await readDone;
    const retried = claimed[3] as (typeof claimed)[number];
    await returnToQueue(database.db, retried); // a second sender's row failed without an answer and goes back for a retry
    const secondSender = claimNextRow();
    release();
    expect(await firstSender).toBeNull();
    expect((await secondSender)?.id).toBe(retried.id);
  });

  it("reports each row's result to a listener as it lands", async () => {
    const plan = parseOk(readSample("plan-trainingpeaks-export.csv"));
    const job = await createImportJob(database.db, {
      credential: "pasted_token",
      fileName: "plan.csv",
      athletes: [{ athleteId: "1234567", athleteName: "Jane Doe", rows: plan.rows }],
    });
    const client = webCalendar(createTrainingPeaksClient({ baseUrl: tp.fake.url, timeoutMs: 5_000, log: () => undefined }));
    const seen: string[] = [];
    await runImport(database.db, job.id, {
      client,
      tokens: pastedTokenSource(userOf(tp.credentials, "premium").jwt),
      concurrency: 2,
      onRow: (row) => seen.push(`${row.rowNumber}:${row.status}`),
    });
    expect(seen.sort()).toEqual(["2:created", "3:created", "4:created", "5:created", "6:created", "7:created"]);
  });
});
