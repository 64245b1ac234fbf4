import { describe, expect, it } from "vitest";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { pointAppAtFake, useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { undoImportCall } from "../helpers/job-calls";
import { getDb } from "@/lib/db/client";
import { createImport, getImport, runImport } from "../helpers/routes";

const tp = useFakeTrainingPeaks();
const jane = () => userOf(tp.credentials, "premium").jwt;

pointAppAtFake(tp);

describe.each(TEST_PROVIDERS)("undoing an import after the athlete did one of its workouts ($name)", (provider) => {
  useFreshAppDatabase(provider);

  it("deletes the others and leaves the completed workout on the calendar, saying why", async () => {
    const created = await createImport(jane(), {
      csv: "date,sport,title,duration\n2027-04-01,Run,Easy run,45\n2027-04-02,Run,Tempo run,50\n",
    });
    const id = created.job?.id ?? "";
    const run = await runImport(id, jane());
    const done = run.job?.rows.find((row) => row.title === "Easy run")?.tpWorkoutId;
    tp.fake.completeWorkout(Number(done));

    const undone = await undoImportCall(id, jane());
    expect(undone.job?.status).toBe("undone");
    expect(tp.fake.workouts().map((workout) => String(workout.workoutId))).toEqual([done]);
    expect(undone.job?.rows.find((row) => row.title === "Easy run")).toMatchObject({
      status: "kept",
      error: "The athlete has completed this workout; PlanDrop does not change completed workouts.",
    });
    expect(undone.job?.rows.find((row) => row.title === "Tempo run")?.status).toBe("deleted");
  });

  it("an undo whose run died says to press Undo import, the button on screen, and pressing it finishes the undo", async () => {
    const created = await createImport(jane(), { csv: "date,sport,title,duration\n2027-04-01,Run,Easy run,45\n" });
    const id = created.job?.id ?? "";
    await runImport(id, jane());
    const db = await getDb();
    await db.importJob.update({
      where: { id },
      data: { status: "undoing", runnerId: "an undo that died", leaseUntil: new Date(Date.now() - 60_000) },
    });

    const stuck = await getImport(id);
    expect(stuck.job).toMatchObject({ status: "paused", stuck: true, counts: { pending: 0, created: 1 } });
    expect(stuck.job?.pausedReason).toBe("This undo stopped unexpectedly (PlanDrop restarted while it ran). Press Undo import to go on.");
    expect((await undoImportCall(id, jane())).job?.status).toBe("undone");
    expect(tp.fake.workouts()).toHaveLength(0);
  });
});
