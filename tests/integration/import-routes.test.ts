import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addDays } from "@/lib/plans/calendar-date";
import { parsePlanCsv } from "@/lib/plans/parse-plan-csv";
import type { WorkoutPayload } from "@/lib/trainingpeaks/schemas";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { readSample } from "../helpers/plans";
import { checkToken, createImport, getImport, runImport } from "../helpers/routes";

const tp = useFakeTrainingPeaks();
// Rows are sent several at a time, so the fake holds them in the order they happened to land.
/** The workout the fake received with this title, read as the payload PlanDrop sends. */
const sentWorkout = (title: string) => tp.fake.workouts().find((workout) => workout.title === title) as unknown as WorkoutPayload;
const byTitle = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
const jane = () => userOf(tp.credentials, "premium");

beforeAll(() => {
  process.env.TRAININGPEAKS_API_URL = tp.fake.url;
  process.env.IMPORT_MIN_INTERVAL_MS = "0";
  process.env.IMPORT_RETRY_DELAY_MS = "10";
});

const postsTo = () => tp.fake.requests().filter((request) => request.method === "POST");
const distinctWorkouts = () => new Set(tp.fake.workouts().map((w) => `${w.workoutDay}|${String(w.title)}`)).size;

describe("checking a pasted token", () => {
  it("shows whose calendar it reaches, the account type and the expiry", async () => {
    const { status, body } = await checkToken(`Authorization: Bearer ${jane().jwt}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ athleteId: "1234567", name: "Jane Doe", accountType: "premium", isCoach: false, tokenKind: "jwt" });
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  it("asks TrainingPeaks who an opaque token belongs to", async () => {
    const { body } = await checkToken(userOf(tp.credentials, "basic").opaqueToken);
    expect(body).toMatchObject({ athleteId: "2345678", name: "Sam Basic", accountType: "basic", tokenKind: "opaque", expiresAt: null });
  });

  it("refuses an expired token before anything is sent to TrainingPeaks", async () => {
    const { status, body } = await checkToken(tp.credentials.expiredJwt);
    expect(status).toBe(401);
    expect(body.error.message).toMatch(/^This TrainingPeaks token expired at \d\d:\d\d UTC; copy a fresh one/);
    expect(tp.fake.requests()).toEqual([]);
  });

  it("says so when no token was pasted", async () => {
    const { status, body } = await checkToken(null);
    expect(status).toBe(401);
    expect(body.error.message).toBe("Paste your TrainingPeaks bearer token first.");
  });
});

describe.each(TEST_PROVIDERS)("importing a plan ($name)", (provider) => {
  useFreshAppDatabase(provider);

  it.each([
    ["plan-dated.csv", undefined],
    ["plan-day-number.csv", "2027-03-01"],
    ["plan-week-weekday.csv", "2027-01-04"],
    ["plan-trainingpeaks-export.csv", undefined],
  ])("puts every workout of %s on the calendar, with a result per row", async (file, startDate) => {
    const created = await createImport(jane().jwt, { csv: readSample(file), fileName: file, startDate });
    expect(created.status).toBe(201);
    const run = await runImport(created.job?.id ?? "", jane().jwt);
    expect(run.job?.status).toBe("done");
    expect(run.job?.rows.every((row) => row.status === "created" && row.tpWorkoutId)).toBe(true);
    expect(tp.fake.workouts()).toHaveLength(run.job?.rows.length ?? -1);
    // Following the job showed every row, each last seen with its final result.
    const lastSeen = new Map(run.events.flatMap((event) => (event.type === "row" ? [[event.row.rowNumber, event.row] as const] : [])));
    expect([...lastSeen.values()].sort((a, b) => a.rowNumber - b.rowNumber)).toEqual(run.job?.rows);
  });

  it("sends the plan's dates and units as TrainingPeaks expects them", async () => {
    const created = await createImport(jane().jwt, { csv: readSample("plan-dated.csv") });
    await runImport(created.job?.id ?? "", jane().jwt);
    const easyRun = tp.fake.workouts().find((workout) => workout.title === "Easy run");
    expect(easyRun).toMatchObject({
      athleteId: 1234567,
      workoutDay: "2027-01-04T00:00:00",
      workoutTypeValueId: 3,
      totalTimePlanned: 0.75,
      distancePlanned: 8000,
      tssPlanned: 40,
      ifPlanned: 0.72,
      description: "Conversational pace.\nKeep the heart rate in zone 2.",
    });
  });

  it("creates nothing new when the same plan is imported again, and says the rows were already imported", async () => {
    const csv = readSample("plan-dated.csv");
    const first = await createImport(jane().jwt, { csv });
    await runImport(first.job?.id ?? "", jane().jwt);
    const again = await createImport(jane().jwt, { csv });
    expect(again.job?.counts).toMatchObject({ already_imported: 7, pending: 0 });
    const run = await runImport(again.job?.id ?? "", jane().jwt);
    expect(run.job?.status).toBe("done");
    expect(tp.fake.workouts()).toHaveLength(7);
    expect(run.job?.rows.map((row) => row.tpWorkoutId)).toEqual(
      first.job ? (await getImport(first.job.id)).job?.rows.map((row) => row.tpWorkoutId) : [],
    );
  });

  it("keeps rows with errors out, with their reason, and sends the rest", async () => {
    const csv = "date,sport,title,duration\n2027-01-04,Run,Good,45\n2027-01-05,Quidditch,Bad,45\n2027-01-06,Bike,Also good,1:00\n";
    const created = await createImport(jane().jwt, { csv });
    const run = await runImport(created.job?.id ?? "", jane().jwt);
    expect(run.job?.rows.map((row) => [row.rowNumber, row.status])).toEqual([
      [2, "created"],
      [3, "invalid"],
      [4, "created"],
    ]);
    expect(run.job?.rows[1]?.error).toContain('Unknown sport "Quidditch"');
    expect(tp.fake.workouts()).toHaveLength(2);
  });

  it("keeps a row the workout schema refuses (a 150-character subtype) out with its reason, and imports the rest", async () => {
    const csv = `date,sport,subtype,title,duration\n2027-01-04,Run,Road,Good,45\n2027-01-05,Run,${"Tempo-".repeat(25)},Too long a subtype,45\n2027-01-06,Bike,Road,Also good,1:00\n`;
    const created = await createImport(jane().jwt, { csv });
    expect(created.status).toBe(201);
    const run = await runImport(created.job?.id ?? "", jane().jwt);
    expect(run.job?.rows.map((row) => [row.rowNumber, row.status])).toEqual([
      [2, "created"],
      [3, "invalid"],
      [4, "created"],
    ]);
    expect(run.job?.rows[1]?.error).toBe("The subtype is 150 characters long; TrainingPeaks takes at most 100, so shorten it.");
    expect(
      tp.fake
        .workouts()
        .map((workout) => String(workout.title))
        .sort(),
    ).toEqual(["Also good", "Good"]);
  });

  it("reads the plan with the column roles chosen in the preview", async () => {
    const csv =
      "date,sport,title,Kommentar,notes\n2027-01-04,Run,Easy,Keep it relaxed,ignore me\n2027-01-05,Run,Long,Fuel every 30 minutes,me too\n";
    const created = await createImport(jane().jwt, { csv, columnRoles: { Kommentar: "description", notes: "ignore" } });
    expect(created.status).toBe(201);
    await runImport(created.job?.id ?? "", jane().jwt);
    expect(
      tp.fake
        .workouts()
        .map((workout) => [workout.title, workout.description])
        .sort(byTitle),
    ).toEqual([
      ["Easy", "Keep it relaxed"],
      ["Long", "Fuel every 30 minutes"],
    ]);
  });

  it("gives rows without a sport the sport chosen in the preview", async () => {
    const csv = "date,title,duration\n2027-01-04,Session A,45\n2027-01-06,Session B,60\n";
    const created = await createImport(jane().jwt, { csv, defaultSport: "bike" });
    await runImport(created.job?.id ?? "", jane().jwt);
    expect(
      tp.fake
        .workouts()
        .map((workout) => [workout.title, workout.workoutTypeValueId])
        .sort(byTitle),
    ).toEqual([
      ["Session A", 2],
      ["Session B", 2],
    ]);
  });

  it("reads bare distances in the unit chosen in the preview, and asks for it in words when none was chosen", async () => {
    const csv = "date,sport,title,distance\n2027-01-04,Run,Easy,5\n2027-01-06,Run,Long,12\n";
    const unasked = await createImport(jane().jwt, { csv });
    expect(unasked.status).toBe(422);
    expect(unasked.body.error.message).toBe("Choose the unit of the distances written without one (Distances without a unit are in).");
    expect(postsTo()).toHaveLength(0);

    const created = await createImport(jane().jwt, { csv, distanceUnit: "km" });
    await runImport(created.job?.id ?? "", jane().jwt);
    expect(
      tp.fake
        .workouts()
        .map((workout) => [workout.title, workout.distancePlanned])
        .sort(byTitle),
    ).toEqual([
      ["Easy", 5000],
      ["Long", 12_000],
    ]);
  });

  it("refuses a column role that does not exist, in words, and sends nothing", async () => {
    const created = await createImport(jane().jwt, {
      csv: "date,sport,title\n2027-01-04,Run,Easy\n",
      columnRoles: { title: "breakfast" },
    } as never);
    expect(created.status).toBe(422);
    expect(postsTo()).toHaveLength(0);
  });

  it("refuses a broken file with its sentence and sends nothing", async () => {
    const created = await createImport(jane().jwt, { csv: "Dear coach,\nhere is my plan.\n" });
    expect(created.status).toBe(422);
    expect(created.body.error.message).toBe(
      "No plan columns found: the first row should name the columns, for example date, sport, title, duration.",
    );
    expect(postsTo()).toHaveLength(0);
  });

  it("asks for the start date of a plan that counts days", async () => {
    const created = await createImport(jane().jwt, { csv: readSample("plan-day-number.csv") });
    expect(created.status).toBe(422);
    expect(created.body.error.message).toBe("Choose the plan start date: this plan counts days from it.");
  });

  it("places a count-down plan so its last day lands on the race date given instead of a start date", async () => {
    const days = ["Easy 5 mi", "Tempo 7 mi", "Recovery 4 mi", "Easy 6 mi", "Long 14 mi"];
    const csv = [
      "WeeksToGoal,Event",
      ...[1, 0].flatMap((week) => days.map((day, index) => `${week},${week === 0 && index === 4 ? "Goal race 13.1 mi" : day}`)),
    ].join("\n");
    const both = await createImport(jane().jwt, { csv, startDate: "2027-04-05", raceDate: "2027-04-18" });
    expect(both.status).toBe(422);
    expect(postsTo()).toHaveLength(0);

    const created = await createImport(jane().jwt, { csv, raceDate: "2027-04-18" });
    expect(created.status).toBe(201);
    await runImport(created.job?.id ?? "", jane().jwt);
    const placed = tp.fake
      .workouts()
      .map((workout) => [workout.workoutDay, workout.title])
      .sort();
    expect(placed).toHaveLength(10);
    expect(placed.at(-1)).toEqual(["2027-04-18T00:00:00", "Goal race 13.1 mi"]);
    const preview = parsePlanCsv(csv, { raceDate: "2027-04-18" });
    const previewDays = preview.ok ? preview.rows.map((row) => `${row.workout?.date}T00:00:00`).sort() : [];
    expect(placed.map(([day]) => day)).toEqual(previewDays);
  });

  it("rides out bursts of 429 and 500 answers and ends with every row created exactly once", async () => {
    const created = await createImport(jane().jwt, { csv: readSample("plan-dated.csv") });
    tp.fake.setFaults({ rateLimit: { count: 4, retryAfterSeconds: 0 }, serverErrorEvery: 4 });
    const run = await runImport(created.job?.id ?? "", jane().jwt);
    expect(run.job?.status).toBe("done");
    expect(run.job?.counts.created).toBe(7);
    expect(tp.fake.workouts()).toHaveLength(7);
    expect(distinctWorkouts()).toBe(7);
  }, 60_000);

  it("pauses when the token expires mid-import and resumes with a fresh token without sending anything twice", async () => {
    const created = await createImport(jane().jwt, { csv: readSample("plan-dated.csv") });
    tp.fake.setFaults({ expireTokensAfter: 4 });
    const first = await runImport(created.job?.id ?? "", jane().jwt);
    expect(first.job?.status).toBe("paused");
    expect(first.job?.pausedReason).toBe("TrainingPeaks says the token has expired: paste a fresh bearer token. Press Resume to go on.");
    const sentBefore = tp.fake.workouts().length;
    expect(sentBefore).toBeGreaterThan(0);
    expect(sentBefore).toBeLessThan(7);

    tp.fake.setFaults({});
    const fresh = (await tp.fake.credentials()).users.find((user) => user.key === "premium")?.jwt ?? "";
    const resumed = await runImport(created.job?.id ?? "", fresh);
    expect(resumed.job?.status).toBe("done");
    expect(tp.fake.workouts()).toHaveLength(7);
    expect(distinctWorkouts()).toBe(7);
  });

  it("pauses with a sentence when TrainingPeaks stops answering, and Resume finishes with nothing twice", async () => {
    const created = await createImport(jane().jwt, { csv: readSample("plan-dated.csv") });
    tp.fake.setFaults({ serverErrors: 1_000 });
    const first = await runImport(created.job?.id ?? "", jane().jwt);
    expect(first.status).toBe(502);
    tp.fake.setFaults({});
    const afterOutage = await runImport(created.job?.id ?? "", jane().jwt);
    expect(afterOutage.job?.status).toBe("done");
    expect(tp.fake.workouts()).toHaveLength(7);
  }, 60_000);

  it("settles a row left in doubt by a crash by looking at the calendar instead of sending it again", async () => {
    const created = await createImport(jane().jwt, { csv: readSample("plan-dated.csv") });
    const jobId = created.job?.id ?? "";
    const db = await getDb();
    // What a crash between TrainingPeaks' answer and our record leaves: the workout exists, the row says "sending".
    const row = await db.importRow.findFirstOrThrow({ where: { jobId, rowNumber: 2 } });
    const landed = await fetch(`${tp.fake.url}/fitness/v6/athletes/1234567/workouts`, {
      method: "POST",
      headers: { authorization: `Bearer ${jane().jwt}`, "content-type": "application/json" },
      body: JSON.stringify({ workoutDay: "2027-01-04", workoutTypeValueId: 3, title: "Easy run" }),
    }).then((response) => response.json() as Promise<{ workoutId: number }>);
    await db.importRow.update({
      where: { id: row.id },
      data: { status: "sending", attempts: 1, updatedAt: new Date(Date.now() - 60_000) },
    }); // a crash a minute ago
    await db.ledgerEntry.create({ data: { id: "crash-reservation", athleteId: "1234567", contentKey: row.contentKey, rowId: row.id } });

    const run = await runImport(jobId, jane().jwt);
    expect(run.job?.status).toBe("done");
    expect(run.job?.rows[0]).toMatchObject({ status: "created", tpWorkoutId: String(landed.workoutId) });
    expect(tp.fake.workouts()).toHaveLength(7);
  });

  it("lets only one run send a job's rows at a time", async () => {
    const created = await createImport(jane().jwt, { csv: readSample("plan-dated.csv") });
    tp.fake.setFaults({ delayMs: 50 });
    const [a, b] = await Promise.all([runImport(created.job?.id ?? "", jane().jwt), runImport(created.job?.id ?? "", jane().jwt)]);
    const refused = [a, b].find((run) => run.status === 409);
    expect(refused?.body.error.message).toBe(
      "This import is already running, in another tab or window; if you closed it, wait a minute and press Resume.",
    );
    expect(tp.fake.workouts()).toHaveLength(7);
  });

  it("marks rows a Basic account cannot plan as not sent, sends the others, and does not retry them", async () => {
    const sam = userOf(tp.credentials, "basic");
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date());
    const csv = `date,sport,title\n${today},Run,Today\n${addDays(today, 60)},Run,Far future\n`;
    const created = await createImport(sam.jwt, { csv });
    const run = await runImport(created.job?.id ?? "", sam.jwt);
    expect(run.job?.rows.map((row) => row.status)).toEqual(["created", "refused"]);
    expect(run.job?.rows[1]?.error).toBe("This date needs TrainingPeaks Premium: a Basic account can only plan today and tomorrow.");
    expect(run.job?.status).toBe("done");

    const before = postsTo().length;
    const retried = await runImport(created.job?.id ?? "", sam.jwt, true);
    expect(postsTo().length - before).toBe(0);
    expect(retried.job?.rows.map((row) => row.status)).toEqual(["created", "refused"]);
  });

  it("a 400 from TrainingPeaks is not sent again by Retry; a 409 is, and lands", async () => {
    const refused = await createImport(jane().jwt, { csv: "date,sport,title,duration\n2027-05-03,Run,Validation,30\n" });
    tp.fake.setFaults({ answerWith: { status: 400, count: 1, pathPrefix: "/fitness/v6/athletes/1234567/workouts" } });
    const first = await runImport(refused.job?.id ?? "", jane().jwt);
    expect(first.job?.rows[0]).toMatchObject({ status: "refused", error: "TrainingPeaks refused this workout: Fault: 400" });
    const before = postsTo().length;
    expect((await runImport(refused.job?.id ?? "", jane().jwt, true)).job?.rows[0]?.status).toBe("refused");
    expect(postsTo().length - before).toBe(0);

    const conflict = await createImport(jane().jwt, { csv: "date,sport,title,duration\n2027-05-04,Run,Conflict,30\n" });
    tp.fake.setFaults({ answerWith: { status: 409, count: 1, pathPrefix: "/fitness/v6/athletes/1234567/workouts" } });
    expect((await runImport(conflict.job?.id ?? "", jane().jwt)).job?.rows[0]?.status).toBe("failed");
    expect((await runImport(conflict.job?.id ?? "", jane().jwt, true)).job?.rows[0]?.status).toBe("created");
  });

  it("refuses a token of another athlete on someone else's import", async () => {
    const created = await createImport(jane().jwt, { csv: readSample("plan-dated.csv") });
    const run = await runImport(created.job?.id ?? "", userOf(tp.credentials, "basic").jwt);
    expect(run.status).toBe(403);
    expect(run.body.error.message).toBe(
      "This TrainingPeaks account (Sam Basic) cannot reach Jane Doe's calendar, which this import is for.",
    );
    expect(tp.fake.workouts()).toHaveLength(0);
  });

  it("asks a coach to choose athletes, and refuses the coach's own calendar in words when TrainingPeaks does not list it", async () => {
    const coach = userOf(tp.credentials, "coach").jwt;
    const none = await createImport(coach, { csv: readSample("plan-dated.csv") });
    expect(none.status).toBe(422);
    expect(none.body.error.message).toBe("Choose the athletes this plan is for.");
    const own = await createImport(coach, { csv: readSample("plan-dated.csv"), athletes: [{ athleteId: "3456789" }] });
    expect(own.body.error.message).toBe(
      "TrainingPeaks does not list Carla Coach's own calendar among the athletes of this coach account, so this plan can only go to the athletes you coach.",
    );
  });

  it("answers 404 for an import that does not exist", async () => {
    expect((await getImport("00000000-0000-0000-0000-000000000000")).status).toBe(404);
  });
});

describe("importing structured workouts", () => {
  useFreshAppDatabase(TEST_PROVIDERS[0] as (typeof TEST_PROVIDERS)[number]);

  it("posts a structure string that reads back to the same steps, with watts converted by the athlete's TrainingPeaks FTP", async () => {
    const created = await createImport(jane().jwt, { csv: readSample("plan-structured.csv") });
    expect(created.job?.counts.invalid).toBe(0);
    const run = await runImport(created.job?.id ?? "", jane().jwt);
    expect(run.job?.counts.created).toBe(11);

    const vo2 = sentWorkout("4x4 VO2");
    expect(vo2).toMatchObject({ totalTimePlanned: 0.8, tssPlanned: 57.1, ifPlanned: 0.845 });
    expect(vo2.structure?.primaryIntensityMetric).toBe("percentOfFtp");
    expect(
      vo2.structure?.structure.map((block) => [
        block.length.value,
        block.steps.map((step) => [
          step.name,
          step.length.value,
          step.targets[0]?.minValue,
          step.targets[0]?.maxValue,
          step.intensityClass,
        ]),
      ]),
    ).toEqual([
      [1, [["", 600, 50, 65, "warmUp"]]],
      [
        4,
        [
          ["Hard", 240, 105, 110, "active"],
          ["Easy", 180, 50, 55, "rest"],
        ],
      ],
      [1, [["", 600, 55, 60, "coolDown"]]],
    ]);

    const fromSettings = sentWorkout("Watts from TrainingPeaks FTP");
    expect(fromSettings.structure?.structure[0]?.steps[0]?.targets[0]).toEqual({ minValue: 56, maxValue: 56 }); // 140 W of the fake's 250 W FTP
    expect(tp.fake.requests().filter((request) => request.path.endsWith("/settings"))).toHaveLength(1);

    const swim = sentWorkout("CSS set");
    expect(swim.structure).toMatchObject({ primaryLengthMetric: "distance", primaryIntensityMetric: "percentOfThresholdPace" });
    expect(swim.distancePlanned).toBe(1400);
  });

  it("widens single targets by the chosen band", async () => {
    const created = await createImport(jane().jwt, { csv: "date,sport,title,structure\n2027-05-01,Bike,Tempo,20m 85%\n", widenPercent: 2 });
    await runImport(created.job?.id ?? "", jane().jwt);
    const posted = sentWorkout("Tempo");
    expect(posted.structure?.structure[0]?.steps[0]?.targets[0]).toEqual({ minValue: 83, maxValue: 87 });
  });
});
