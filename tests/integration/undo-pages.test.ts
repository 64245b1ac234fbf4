import { describe, expect, it } from "vitest";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { createUndoableRowReader } from "@/lib/imports/data/undo-rows";
import { pastedTokenSource } from "@/lib/imports/engine/pasted-token";
import { runImport } from "@/lib/imports/engine/run-import";
import { undoImport } from "@/lib/imports/engine/undo-import";
import { createTrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { webCalendar } from "@/lib/trainingpeaks/web-calendar";
import { TEST_PROVIDERS, useMigratedDatabase } from "../helpers/database";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { parseOk } from "../helpers/plans";

// Undo reads what it takes back a page at a time (its memory does not grow with the job): a job
// longer than a page is undone whole, each workout deleted once.

const tp = useFakeTrainingPeaks();

const planOf = (days: number) =>
  parseOk(
    [
      "date,sport,title,duration",
      ...Array.from(
        { length: days },
        (_, day) => `2027-0${1 + Math.floor(day / 28)}-${String(1 + (day % 28)).padStart(2, "0")},Run,Run ${day + 1},${30 + (day % 40)}`,
      ),
    ].join("\n"),
  );

describe.each(TEST_PROVIDERS)("undoing a long import ($name)", (provider) => {
  const database = useMigratedDatabase(provider);
  const client = () => webCalendar(createTrainingPeaksClient({ baseUrl: tp.fake.url, timeoutMs: 2_000, log: () => undefined }));
  const tokens = () => pastedTokenSource(userOf(tp.credentials, "premium").jwt);

  async function imported(days: number) {
    const job = await createImportJob(database.db, {
      credential: "pasted_token",
      fileName: "plan.csv",
      athletes: [{ athleteId: "1234567", athleteName: "Jane Doe", rows: planOf(days).rows }],
    });
    const finished = await runImport(database.db, job.id, { client: client(), tokens: tokens(), concurrency: 4 });
    expect(finished.counts.created).toBe(days);
    return job.id;
  }

  it("takes every workout of an import longer than a page off the calendar, each once", async () => {
    const jobId = await imported(130);
    const undone = await undoImport(database.db, jobId, { client: client(), tokens: tokens(), concurrency: 4 });
    expect(undone.status).toBe("undone");
    expect(undone.counts.deleted).toBe(130);
    expect(tp.fake.workouts()).toEqual([]);
    const deletes = tp.fake.requests().filter((request) => request.method === "DELETE");
    expect(deletes).toHaveLength(130);
    expect(new Set(deletes.map((request) => request.path)).size).toBe(130);
  });

  it("hands out each row still to undo once, in plan order, page after page, while the rows before it finish", async () => {
    const jobId = await imported(5);
    const next = createUndoableRowReader(database.db, jobId, undefined, 2);
    const handedOut: number[] = [];
    for (let row = await next(); row; row = await next()) {
      handedOut.push(row.rowNumber);
      // Undone as it goes, as the worker pool does; the second row's delete fails and stays undoable.
      await database.db.importRow.update({ where: { id: row.id }, data: { status: row.rowNumber === 3 ? "delete_failed" : "deleted" } });
    }
    expect(handedOut).toEqual([2, 3, 4, 5, 6]);
  });
});
