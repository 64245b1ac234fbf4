import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { resultsCsv, spreadsheetSafe } from "@/lib/imports/export/results-csv";
import { parsePlanCsv } from "@/lib/plans/parse-plan-csv";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { pointAppAtFake, useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { chooseDuplicates, cancelImport, resultsCsvFor, undoImportCall } from "../helpers/job-calls";
import { readSample } from "../helpers/plans";
import { createImport, getImport, runImport } from "../helpers/routes";

const tp = useFakeTrainingPeaks();
const coach = () => userOf(tp.credentials, "coach").jwt;
const jane = () => userOf(tp.credentials, "premium").jwt;
const byAthlete = () => {
  const days = new Map<number, string[]>();
  for (const workout of tp.fake.workouts())
    days.set(workout.athleteId, [...(days.get(workout.athleteId) ?? []), workout.workoutDay.slice(0, 10)].sort());
  return days;
};

pointAppAtFake(tp);

describe.each(TEST_PROVIDERS)("coaches and durable imports ($name)", (provider) => {
  const database = useFreshAppDatabase(provider);

  it("puts one plan on three athletes' calendars, each from their own start date or race date", async () => {
    const created = await createImport(coach(), {
      csv: readSample("plan-day-number.csv"),
      athletes: [
        { athleteId: "4567890", startDate: "2027-03-01" },
        { athleteId: "6789012", startDate: "2027-03-08" },
        { athleteId: "5678901", raceDate: "2027-03-21" },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.job?.athleteName).toBe("Pat Premium and 2 more");
    tp.fake.setFaults({});
    const run = await runImport(created.job?.id ?? "", coach());
    const days = byAthlete();
    expect(days.get(4567890)).toEqual(["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05", "2027-03-06", "2027-03-07"]);
    expect(days.get(6789012)?.[0]).toBe("2027-03-08");
    // Bea is Basic: TrainingPeaks refuses her future dates; the plan's last day was to land on her race.
    expect(
      run.job?.rows
        .filter((row) => row.athleteId === "5678901")
        .map((row) => row.workoutDay)
        .at(-1),
    ).toBe("2027-03-21");
    const bea = run.job?.rows.filter((row) => row.athleteId === "5678901") ?? [];
    expect(bea.every((row) => row.status === "refused" && row.error?.includes("needs TrainingPeaks Premium"))).toBe(true);
    // After the first refusal her later rows are not sent: only those already in flight reached TrainingPeaks.
    expect(
      tp.fake.requests().filter((request) => request.method === "POST" && request.path.includes("5678901")).length,
    ).toBeLessThanOrEqual(4);
  });

  it("takes race dates alone, with no start date anywhere", async () => {
    const created = await createImport(coach(), {
      csv: readSample("plan-day-number.csv"),
      athletes: [{ athleteId: "4567890", raceDate: "2027-04-11" }],
    });
    expect(created.status).toBe(201);
    expect(created.job?.rows.map((row) => row.workoutDay)).toEqual([
      "2027-04-05",
      "2027-04-06",
      "2027-04-07",
      "2027-04-08",
      "2027-04-09",
      "2027-04-10",
      "2027-04-11",
    ]);
  });

  it("places a week-and-weekday plan on an athlete's race date exactly as the preview does", async () => {
    const csv = readSample("plan-week-weekday.csv");
    const created = await createImport(coach(), { csv, athletes: [{ athleteId: "4567890", raceDate: "2027-04-14" }] });
    expect(created.status).toBe(201);
    const preview = parsePlanCsv(csv, { raceDate: "2027-04-14" });
    if (!preview.ok) throw new Error(preview.fileError);
    const previewDays = preview.rows.flatMap((row) => (row.workout ? [row.workout.date] : []));
    expect(created.job?.rows.map((row) => row.workoutDay)).toEqual(previewDays);
  });

  it("routes rows by the plan's athlete column (id, email or name), and names an unknown athlete", async () => {
    const csv = "athlete,date,sport,title\n4567890,2027-05-01,Run,A\ncy@example.com,2027-05-01,Bike,B\nPat Premium,2027-05-02,Swim,C\n";
    const created = await createImport(coach(), { csv });
    await runImport(created.job?.id ?? "", coach());
    expect([...byAthlete().entries()].sort()).toEqual([
      [4567890, ["2027-05-01", "2027-05-02"]],
      [6789012, ["2027-05-01"]],
    ]);
    const unknown = await createImport(coach(), { csv: "athlete,date,sport,title\nNobody Here,2027-05-01,Run,A\n" });
    expect(unknown.body.error.message).toBe(
      'Row 2: No athlete "Nobody Here" in your TrainingPeaks roster; connect them in TrainingPeaks first.',
    );
  });

  it("flags rows that look like workouts already on the calendar, and skips or sends them as the user chooses", async () => {
    const existing = (await (
      await fetch(`${tp.fake.url}/fitness/v6/athletes/1234567/workouts`, {
        method: "POST",
        headers: { authorization: `Bearer ${jane()}`, "content-type": "application/json" },
        body: JSON.stringify({ workoutDay: "2027-01-04", workoutTypeValueId: 3, title: "Easy run" }),
      })
    ).json()) as { workoutId: number };
    const created = await createImport(jane(), { csv: readSample("plan-dated.csv") });
    expect(created.job?.counts).toMatchObject({ duplicate: 1, pending: 6 });
    expect(created.job?.rows[0]).toMatchObject({ status: "duplicate", duplicateOf: String(existing.workoutId) });

    await chooseDuplicates(created.job?.id ?? "", "skip", jane());
    const skipped = await runImport(created.job?.id ?? "", jane());
    expect(skipped.job?.counts).toMatchObject({ created: 6, duplicate: 1 });
    expect(tp.fake.workouts()).toHaveLength(7);

    const again = await createImport(jane(), { csv: "date,sport,title\n2027-01-04,Run,Easy run\n" });
    expect(again.job?.counts.duplicate).toBe(1);
    await chooseDuplicates(again.job?.id ?? "", "import", jane());
    const sent = await runImport(again.job?.id ?? "", jane());
    expect(sent.job?.counts.created).toBe(1);
    expect(tp.fake.workouts()).toHaveLength(8);
  });

  it("undoes exactly what the import created, and the plan can be imported again afterwards", async () => {
    const header = readSample("plan-dated.csv").split("\n")[0];
    const earlier = await createImport(jane(), {
      csv: `${header}\n2027-01-10,Running,Long run,Last 20 minutes at marathon pace,1h45m,18,km,115,0.78\n`,
    });
    await runImport(earlier.job?.id ?? "", jane());
    const created = await createImport(jane(), { csv: readSample("plan-dated.csv") });
    expect(created.job?.counts.already_imported).toBe(1);
    await runImport(created.job?.id ?? "", jane());
    expect(tp.fake.workouts()).toHaveLength(7);

    const undone = await undoImportCall(created.job?.id ?? "", jane());
    expect(undone.job?.status).toBe("undone");
    expect(undone.job?.counts).toMatchObject({ deleted: 6, already_imported: 1 });
    expect(tp.fake.workouts().map((workout) => workout.title)).toEqual(["Long run"]);

    const reimport = await createImport(jane(), { csv: readSample("plan-dated.csv") });
    expect(reimport.job?.counts).toMatchObject({ pending: 6, already_imported: 1 });
  });

  it("says which workouts could not be deleted and why", async () => {
    const created = await createImport(jane(), { csv: readSample("plan-dated.csv") });
    await runImport(created.job?.id ?? "", jane());
    tp.fake.setFaults({ failDeletes: 30 });
    const undone = await undoImportCall(created.job?.id ?? "", jane());
    expect(undone.job?.status).toBe("paused");
    expect(undone.job?.counts.delete_failed).toBeGreaterThan(0);
    expect(undone.job?.rows.find((row) => row.status === "delete_failed")?.error).toBe(
      "Not deleted: TrainingPeaks did not answer properly; try again in a few minutes.",
    );
    tp.fake.setFaults({});
    expect((await undoImportCall(created.job?.id ?? "", jane())).job?.status).toBe("undone");
    expect(tp.fake.workouts()).toHaveLength(0);
  });

  it("an undo stopped by an expired token says to paste a fresh one and press Undo import, the button on screen", async () => {
    const created = await createImport(jane(), { csv: readSample("plan-dated.csv") });
    await runImport(created.job?.id ?? "", jane());
    tp.fake.setFaults({ expireTokensAfter: 2 });
    const undone = await undoImportCall(created.job?.id ?? "", jane());
    expect(undone.job?.status).toBe("paused");
    expect(undone.job?.pausedReason).toBe(
      "TrainingPeaks says the token has expired: paste a fresh bearer token. Press Undo import to go on.",
    );
    tp.fake.setFaults({});
    expect((await undoImportCall(created.job?.id ?? "", jane())).job?.status).toBe("undone");
    expect(tp.fake.workouts()).toHaveLength(0);
  });

  it("stops when Cancel is pressed, and Resume sends the rest", async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `2027-03-${String((i % 28) + 1).padStart(2, "0")},Run,Cancel run ${i},30`);
    const created = await createImport(jane(), { csv: `date,sport,title,duration\n${rows.join("\n")}\n` });
    tp.fake.setFaults({ delayMs: 100 });
    const running = runImport(created.job?.id ?? "", jane());
    while (tp.fake.workouts().length < 4) await new Promise((resolve) => setTimeout(resolve, 10)); // the job is sending
    await cancelImport(created.job?.id ?? "");
    const cancelled = await running;
    expect(cancelled.job?.status).toBe("paused");
    expect(cancelled.job?.pausedReason).toContain("Cancelled.");
    expect(cancelled.job?.counts.created).toBeLessThan(60);
    tp.fake.setFaults({});
    expect((await runImport(created.job?.id ?? "", jane())).job?.counts.created).toBe(60);
    expect(tp.fake.workouts()).toHaveLength(60);
  });

  it("gives results as CSV whose cells a spreadsheet cannot read as formulas", async () => {
    const created = await createImport(jane(), {
      csv: 'date,sport,title\n2027-01-04,Run,"=HYPERLINK(""http://evil"")"\n2027-01-05,Run,@SUM(A1)\n',
    });
    await runImport(created.job?.id ?? "", jane());
    const csv = await resultsCsvFor(created.job?.id ?? "");
    expect(csv.type).toContain("text/csv");
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv.text).toContain(`"'@SUM(A1)"`);
    expect(spreadsheetSafe("-1+2")).toBe("'-1+2");
    expect(resultsCsv({ ...(created.job as NonNullable<typeof created.job>), rows: [] })).toMatch(
      /^"row","athlete","athlete id","date","title","result","TrainingPeaks workout","already on calendar","message"/,
    );
  });

  it("under faults (10 % of calls answer 500, bursts of 429, a 401) ends with every row created once or failed with a reason", async () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) => `2027-0${1 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, "0")},Run,Fault run ${i},30`,
    );
    const csv = `date,sport,title,duration\n${rows.join("\n")}\n`;
    const created = await createImport(jane(), { csv });
    tp.fake.setFaults({ serverErrorEvery: 10, rateLimit: { count: 6, retryAfterSeconds: 0 } });
    let run = await runImport(created.job?.id ?? "", jane());
    tp.fake.setFaults({ serverErrorEvery: 10, expireTokensAfter: 5 });
    run = await runImport(created.job?.id ?? "", jane());
    tp.fake.setFaults({ serverErrorEvery: 10 });
    const fresh = (await tp.fake.credentials()).users.find((user) => user.key === "premium")?.jwt ?? "";
    for (let attempt = 0; attempt < 5 && run.job?.status !== "done"; attempt++) run = await runImport(created.job?.id ?? "", fresh);

    const job = (await getImport(created.job?.id ?? "")).job;
    expect(job?.status).toBe("done");
    expect((job?.counts.created ?? 0) + (job?.counts.failed ?? 0)).toBe(40);
    expect(job?.rows.filter((row) => row.status === "failed").every((row) => row.error)).toBe(true);
    const titles = tp.fake.workouts().map((workout) => String(workout.title));
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.length).toBe(job?.counts.created);
  }, 60_000);

  it("survives the server being killed in the middle of a job: after a restart every row lands exactly once", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `2027-02-${String((i % 28) + 1).padStart(2, "0")},Bike,Crash ride ${i},45`);
    const created = await createImport(jane(), { csv: `date,sport,title,duration\n${rows.join("\n")}\n` });
    tp.fake.setFaults({ delayMs: 60 });
    // node itself (not the tsx wrapper), so that SIGKILL really kills the process doing the work
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "tests/helpers/run-import-process.ts", created.job?.id ?? "", jane()],
      {
        env: { ...process.env, DATABASE_URL: database.current.url, TRAININGPEAKS_API_URL: tp.fake.url },
        stdio: "ignore",
      },
    );
    const exited = new Promise((resolve) => child.on("exit", resolve));
    while (tp.fake.workouts().length < 8) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill("SIGKILL"); // mid-send: rows in flight are left "sending", the lease is left held
    await exited;
    tp.fake.setFaults({});
    const beforeRestart = (await getImport(created.job?.id ?? "")).job;
    expect(beforeRestart?.counts.pending).toBeGreaterThan(0);

    await (await getDb()).importJob.update({ where: { id: created.job?.id ?? "" }, data: { leaseUntil: new Date(Date.now() - 1) } }); // the dead run's lease lapses
    const restarted = await runImport(created.job?.id ?? "", jane());
    expect(restarted.job?.status).toBe("done");
    expect(restarted.job?.counts.created).toBe(30);
    const titles = tp.fake.workouts().map((workout) => String(workout.title));
    expect(titles).toHaveLength(30);
    expect(new Set(titles).size).toBe(30);
  }, 60_000);
});
