import { describe, expect, it } from "vitest";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { pointAppAtFake, useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { chooseDuplicates, undoImportCall } from "../helpers/job-calls";
import { createImport, runImport } from "../helpers/routes";

const tp = useFakeTrainingPeaks();
const jane = () => userOf(tp.credentials, "premium").jwt;

pointAppAtFake(tp);

describe.each(TEST_PROVIDERS)("a row sent anyway next to the athlete's own look-alike workout ($name)", (provider) => {
  useFreshAppDatabase(provider);

  it("is still sent after a failed create, and Undo leaves the athlete's own workout on the calendar", async () => {
    const own = (await (
      await fetch(`${tp.fake.url}/fitness/v6/athletes/1234567/workouts`, {
        method: "POST",
        headers: { authorization: `Bearer ${jane()}`, "content-type": "application/json" },
        body: JSON.stringify({ workoutDay: "2027-01-04", workoutTypeValueId: 3, title: "Easy run" }),
      })
    ).json()) as { workoutId: number };
    const created = await createImport(jane(), { csv: "date,sport,title,duration\n2027-01-04,Run,Easy run,45\n" });
    expect(created.job?.rows[0]).toMatchObject({ status: "duplicate", duplicateOf: String(own.workoutId) });
    const id = created.job?.id ?? "";
    await chooseDuplicates(id, "import", jane());

    // The create answers 500 without making anything: its outcome is unknown to PlanDrop.
    tp.fake.setFaults({ answerWith: { status: 500, count: 1, pathPrefix: "/fitness/v6/athletes/1234567/workouts" } });
    const run = await runImport(id, jane());
    expect(run.job?.counts).toMatchObject({ created: 1, failed: 0 });
    expect(tp.fake.workouts()).toHaveLength(2);
    const sent = run.job?.rows[0]?.tpWorkoutId;
    expect(sent).not.toBe(String(own.workoutId));

    expect((await undoImportCall(id, jane())).job?.status).toBe("undone");
    expect(tp.fake.workouts().map((workout) => workout.workoutId)).toEqual([own.workoutId]);
  });
});
