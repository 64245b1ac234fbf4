import { describe, expect, it } from "vitest";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { pointAppAtFake, useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { chooseRevision, undoImportCall } from "../helpers/job-calls";
import { readSample } from "../helpers/plans";
import { createImport, runImport } from "../helpers/routes";

const tp = useFakeTrainingPeaks();
const jane = () => userOf(tp.credentials, "premium").jwt;

const FIRST = `date,sport,title,duration
2027-02-01,Run,Easy run,45
2027-02-02,Bike,Endurance ride,90
2027-02-03,Swim,Technique swim,40
2027-02-04,Run,Tempo run,50
`;
// The coach's revision: the ride and the tempo run get longer, the swim goes, a long run comes.
const REVISED = `date,sport,title,duration
2027-02-01,Run,Easy run,45
2027-02-02,Bike,Endurance ride,120
2027-02-04,Run,Tempo run,55
2027-02-05,Run,Long run,90
`;

const byDay = () => new Map(tp.fake.workouts().map((workout) => [workout.workoutDay.slice(0, 10), workout]));
const writes = () => tp.fake.requests().filter((request) => request.method !== "GET");

async function importAndRun(csv: string, fileName: string) {
  const created = await createImport(jane(), { csv, fileName });
  const id = created.job?.id ?? "";
  return { created: created.job, id, run: async () => (await runImport(id, jane())).job };
}

pointAppAtFake(tp);

describe.each(TEST_PROVIDERS)("re-importing a revised plan ($name)", (provider) => {
  useFreshAppDatabase(provider);

  it("shows which rows are unchanged, changed, new and no longer in the plan, and sends nothing before the user chooses", async () => {
    await (await importAndRun(FIRST, "base plan.csv")).run();
    const before = writes().length;

    const { created, id, run } = await importAndRun(REVISED, "Base plan v2.csv");
    expect(created?.counts).toMatchObject({ already_imported: 1, changed: 2, pending: 1, missing: 1 });
    const ride = created?.rows.find((row) => row.workoutDay === "2027-02-02");
    expect(ride).toMatchObject({
      status: "changed",
      tpWorkoutId: String(byDay().get("2027-02-02")?.workoutId),
      change: "Duration 1:30 → 2:00",
    });
    expect(created?.rows.find((row) => row.status === "missing")).toMatchObject({
      rowNumber: -1,
      workoutDay: "2027-02-03",
      title: "Technique swim",
    });

    // Running before choosing sends only the new row and says what is left to choose.
    const job = await run();
    expect(job?.status).toBe("paused");
    expect(job?.pausedReason).toBe("Choose what to do with the workouts of the earlier import first.");
    expect(
      writes()
        .slice(before)
        .map((request) => request.method),
    ).toEqual(["POST"]);
    expect(await chooseRevision(id, "missing", "delete-all", jane())).toMatchObject({ status: 422 });
  });

  it("updates the changed workouts in place, adds the new one and removes the one the plan no longer has; the same revision again changes nothing", async () => {
    await (await importAndRun(FIRST, "base plan.csv")).run();
    const earlier = byDay();

    const revised = await importAndRun(REVISED, "Base plan v2.csv");
    await chooseRevision(revised.id, "changed", "update", jane());
    await chooseRevision(revised.id, "missing", "remove", jane());
    const job = await revised.run();
    expect(job?.status).toBe("done");
    expect(job?.counts).toMatchObject({ already_imported: 1, updated: 2, created: 1, removed: 1, failed: 0 });

    const now = byDay();
    expect([...now.keys()].sort()).toEqual(["2027-02-01", "2027-02-02", "2027-02-04", "2027-02-05"]);
    const ride = now.get("2027-02-02");
    expect(ride?.workoutId).toBe(earlier.get("2027-02-02")?.workoutId);
    expect(ride?.totalTimePlanned).toBe(2);
    // The whole object went back (GET, merge, PUT): what TrainingPeaks set on create is still there.
    expect(ride).toMatchObject({ publicSettingValue: 2, orderOnDay: 1, workoutComments: [], title: "Endurance ride" });
    expect(
      tp.fake
        .requests()
        .filter((request) => request.path.endsWith(`/workouts/${ride?.workoutId}`))
        .map((request) => request.method),
    ).toEqual(["GET", "PUT"]);

    const before = writes().length;
    const again = await importAndRun(REVISED, "Base plan v2.csv");
    expect(again.created?.status).toBe("done");
    expect(again.created?.counts).toMatchObject({ already_imported: 4, changed: 0, missing: 0, pending: 0 });
    expect(writes().length).toBe(before);
  });

  it("undo of the update puts the earlier versions back and removes the added workout", async () => {
    await (await importAndRun(FIRST, "base plan.csv")).run();
    const revised = await importAndRun(REVISED, "Base plan v2.csv");
    await chooseRevision(revised.id, "changed", "update", jane());
    await chooseRevision(revised.id, "missing", "keep", jane());
    await revised.run();

    const undone = await undoImportCall(revised.id, jane());
    expect(undone.job?.status).toBe("undone");
    expect(undone.job?.counts).toMatchObject({ reverted: 2, deleted: 1, kept: 1 });
    const now = byDay();
    expect([...now.keys()].sort()).toEqual(["2027-02-01", "2027-02-02", "2027-02-03", "2027-02-04"]);
    expect(now.get("2027-02-02")?.totalTimePlanned).toBe(1.5);
    expect(now.get("2027-02-04")?.totalTimePlanned).toBeCloseTo(50 / 60);

    // The ledger is true again: the first version (with the swim the user kept) is on the calendar as it was.
    const first = await importAndRun(FIRST, "base plan.csv");
    expect(first.created?.status).toBe("done");
    expect(first.created?.counts).toMatchObject({ already_imported: 4, pending: 0, changed: 0, missing: 0 });
  });

  it("adds changed rows as new and keeps the earlier workouts when the user says so; the revision then asks nothing", async () => {
    await (await importAndRun(FIRST, "base plan.csv")).run();
    const revised = await importAndRun(REVISED, "base-plan (1).csv");
    await chooseRevision(revised.id, "changed", "add", jane());
    await chooseRevision(revised.id, "missing", "keep", jane());
    const job = await revised.run();
    expect(job?.counts).toMatchObject({ created: 3, kept: 1, already_imported: 1 });
    expect(tp.fake.workouts()).toHaveLength(7);

    const again = await importAndRun(REVISED, "base plan.csv");
    expect(again.created?.counts).toMatchObject({ already_imported: 4, changed: 0, missing: 0 });
  });

  it("skipping leaves the earlier workouts as they are", async () => {
    await (await importAndRun(FIRST, "base plan.csv")).run();
    const earlier = tp.fake.workouts().map((workout) => ({ ...workout }));
    const revised = await importAndRun(REVISED, "base plan.csv");
    await chooseRevision(revised.id, "changed", "skip", jane());
    await chooseRevision(revised.id, "missing", "keep", jane());
    const job = await revised.run();
    expect(job?.counts).toMatchObject({ skipped: 2, kept: 1, created: 1 });
    expect(tp.fake.workouts().filter((workout) => workout.workoutDay !== "2027-02-05T00:00:00")).toEqual(earlier);
  });

  it("never changes or removes a workout the athlete completed", async () => {
    await (await importAndRun(FIRST, "base plan.csv")).run();
    const earlier = byDay();
    tp.fake.completeWorkout(earlier.get("2027-02-02")?.workoutId ?? 0);
    tp.fake.completeWorkout(earlier.get("2027-02-03")?.workoutId ?? 0);

    const revised = await importAndRun(REVISED, "base plan.csv");
    await chooseRevision(revised.id, "changed", "update", jane());
    await chooseRevision(revised.id, "missing", "remove", jane());
    const job = await revised.run();
    expect(job?.counts).toMatchObject({ updated: 1, kept: 2, created: 1 });
    const kept = job?.rows.filter((row) => row.status === "kept") ?? [];
    expect(kept.map((row) => row.error)).toEqual(
      Array(2).fill("The athlete has completed this workout; PlanDrop does not change completed workouts."),
    );
    expect(byDay().get("2027-02-02")).toEqual(earlier.get("2027-02-02"));
    expect(byDay().get("2027-02-03")?.workoutId).toBe(earlier.get("2027-02-03")?.workoutId);
    expect(tp.fake.requests().filter((request) => request.method === "PUT" || request.method === "DELETE")).toHaveLength(1);
  });

  it("takes a plan of the same name on other dates as a new plan, not as a revision", async () => {
    await (await importAndRun(FIRST, "base plan.csv")).run();
    const later = await importAndRun(FIRST.replaceAll("2027-02-", "2027-03-"), "base plan.csv");
    expect(later.created?.counts).toMatchObject({ pending: 4, changed: 0, missing: 0 });
  });

  it("the demo's revised sample is taken as a revision of plan-dated.csv", async () => {
    await (await importAndRun(readSample("plan-dated.csv"), "plan-dated.csv")).run();
    const revised = await importAndRun(readSample("plan-dated-v2.csv"), "plan-dated-v2.csv");
    expect(revised.created?.counts).toMatchObject({ already_imported: 4, changed: 2, pending: 1, missing: 1 });
    expect(revised.created?.rows.find((row) => row.title === "Sweet spot")?.change).toBe(
      "Duration 1:15 → 1:30; TSS 78 → 92; IF 0.83 → 0.84; and 1 more",
    );
  });

  it("a changed title in a revision is still a change, but another plan on the same days is not a revision", async () => {
    await (await importAndRun(FIRST, "base plan.csv")).run();
    const retitled = await importAndRun(FIRST.replace("Tempo run,50", "Threshold run,50"), "base plan.csv");
    expect(retitled.created?.rows.find((row) => row.workoutDay === "2027-02-04")).toMatchObject({
      status: "changed",
      change: "Title Tempo run → Threshold run",
    });
    expect(retitled.created?.counts).toMatchObject({ already_imported: 3, changed: 1, missing: 0 });

    const other = await importAndRun(
      "date,sport,title,duration\n2027-02-01,Run,Hill repeats,60\n2027-02-02,Bike,Spin,45\n",
      "base plan.csv",
    );
    expect(other.created?.counts).toMatchObject({ pending: 2, changed: 0, missing: 0 });
  });

  it("an earlier workout deleted by hand in TrainingPeaks is said so, and a retry adds it as new", async () => {
    await (await importAndRun(FIRST, "base plan.csv")).run();
    const ride = byDay().get("2027-02-02")?.workoutId;
    await fetch(`${tp.fake.url}/fitness/v6/athletes/1234567/workouts/${ride}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${jane()}` },
    });

    const revised = await importAndRun(REVISED, "base plan.csv");
    await chooseRevision(revised.id, "changed", "update", jane());
    await chooseRevision(revised.id, "missing", "keep", jane());
    const job = await revised.run();
    expect(job?.rows.find((row) => row.workoutDay === "2027-02-02")).toMatchObject({
      status: "failed",
      error: "The earlier workout is no longer on TrainingPeaks (deleted there?); press Retry failed rows to add this one as new.",
    });
    const retried = (await runImport(revised.id, jane(), true)).job;
    expect(retried?.rows.find((row) => row.workoutDay === "2027-02-02")?.status).toBe("created");
    expect(byDay().get("2027-02-02")?.totalTimePlanned).toBe(2);
  });
});
