import { expect, type Page, test } from "@playwright/test";
import { dateCell, makeWorkbook } from "../helpers/workbooks";
import { fakeWorkouts, resetFake, tokenFor } from "./fake-control";

// Plans as people keep them: an Excel workbook with a notes sheet first, and a week × weekday grid
// with no sport column whose columns the user corrects in the preview.

test.beforeEach(async () => resetFake());

async function pasteToken(page: Page) {
  await page.getByLabel("Bearer token").fill(`Authorization: Bearer ${await tokenFor("premium")}`);
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByText("Jane Doe", { exact: true })).toBeVisible();
}

test("an Excel workbook previews its plan sheet (not the notes sheet before it) like a CSV, with its date cells on their days, and imports", async ({
  page,
}) => {
  const workbook = await makeWorkbook([
    { sheet: "Read me", data: [["Spring 10K block, written by Coach Ann."], ["Paces are in the Plan sheet."]] },
    {
      sheet: "Plan",
      data: [
        ["Date", "Sport", "Title", "Duration"],
        [dateCell("2027-03-01"), "Run", "Easy run", 40],
        [dateCell("2027-03-03", "mmm d, yyyy"), "Bike", "Spin, easy", { value: 1 / 24, format: "h:mm" }],
        [dateCell("2027-03-06", "yyyy-mm-dd"), "Run", "Long run", 75],
      ],
    },
  ]);

  await page.goto("/");
  await page.getByLabel("Plan CSV").setInputFiles({
    name: "spring-10k.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(workbook),
  });
  await expect(page.getByLabel("Sheet")).toHaveValue("1"); // the notes sheet before the plan is passed over
  await page.getByLabel("Sheet").selectOption({ label: "Read me" });
  await expect(page.getByRole("alert").filter({ hasText: "No plan columns found" })).toBeVisible();

  await page.getByLabel("Sheet").selectOption({ label: "Plan" });
  const preview = page.getByRole("region", { name: "Plan preview" });
  await expect(preview.getByRole("row")).toHaveCount(4);
  await expect(preview.getByText("2027-03-03")).toBeVisible();
  await expect(preview.getByText("Spin, easy")).toBeVisible();
  await expect(page.getByLabel("Plan summary")).toContainText("Workouts3Errors0");

  await pasteToken(page);
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 3 new workouts on Jane Doe's calendar.");
  const sent = (await fakeWorkouts()).map((workout) => [String(workout.workoutDay).slice(0, 10), workout.title, workout.totalTimePlanned]);
  expect(sent.sort()).toEqual([
    ["2027-03-01", "Easy run", 40 / 60],
    ["2027-03-03", "Spin, easy", 1],
    ["2027-03-06", "Long run", 1.25],
  ]);
});

const GRID = [
  "Week,Mon,Tue,Wed,Thu,Fri,Sat,Sun",
  "1,Rest,Easy run 5 km,Intervals 6x400m,Easy 30 min,Rest,Long run 10 km,Optional: swim 30 min",
  "2,Rest,Easy run 6 km,Tempo 20 min,Easy 30 min,Rest,Long run 12 km,Optional: swim 30 min",
].join("\n");

/** Chooses a CSV file of this text; each test names its own file, so no import looks like a revision of another's. */
async function chooseCsv(page: Page, name: string, text: string) {
  await page.goto("/");
  await page.getByLabel("Plan CSV").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
}

async function previewGrid(page: Page, name: string) {
  await chooseCsv(page, name, GRID);
  await page.getByLabel("Plan start date").fill("2027-01-04");
}

test("a week × weekday grid with no sport column previews with the inferred sport; one column set to Ignore re-reads the plan, and the rest lands", async ({
  page,
}) => {
  const fileName = `grid-${Date.now()}.csv`;
  await previewGrid(page, fileName);
  const preview = page.getByRole("region", { name: "Plan preview" });
  await expect(page.getByLabel("Plan summary")).toContainText("Workouts14Errors0");
  await expect(preview.getByRole("row", { name: /Easy run 5 km/ })).toContainText("Run");
  await expect(page.getByLabel("How PlanDrop read this plan")).toContainText("read from their words");

  const sunday = page.getByLabel('Use column "Sun" as');
  await expect(sunday).toHaveValue("sun");
  await sunday.selectOption("ignore");
  await expect(page.getByLabel("Plan summary")).toContainText("Workouts12Errors0");
  await expect(preview.getByText("Optional: swim 30 min")).toHaveCount(0);

  await pasteToken(page);
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 12 new workouts on Jane Doe's calendar.");
  const sent = (await fakeWorkouts()).map((workout) => ({
    day: String(workout.workoutDay).slice(0, 10),
    title: workout.title,
    type: workout.workoutTypeValueId,
    distance: workout.distancePlanned,
    hours: workout.totalTimePlanned,
  }));
  expect(sent).toHaveLength(12);
  expect(sent.filter((workout) => workout.day === "2027-01-10" || workout.day === "2027-01-17")).toEqual([]);
  expect(sent).toContainEqual(expect.objectContaining({ day: "2027-01-05", title: "Easy run 5 km", type: 3, distance: 5000 }));
  expect(sent).toContainEqual(expect.objectContaining({ day: "2027-01-13", title: "Tempo 20 min", type: 3, hours: 20 / 60 }));
  expect(sent).toContainEqual(expect.objectContaining({ day: "2027-01-16", title: "Long run 12 km", type: 3, distance: 12_000 }));

  // The same header row next time: the choice is remembered in this browser.
  await previewGrid(page, fileName);
  await expect(page.getByLabel('Use column "Sun" as')).toHaveValue("ignore");
  await expect(page.getByText("Your earlier choices for files with these same columns are applied.")).toBeVisible();
  await expect(page.getByLabel("Plan summary")).toContainText("Workouts12Errors0");
});

test("a plan that names no sport and no distance unit asks once for each, and imports with the answers", async ({ page }) => {
  await chooseCsv(page, `no-sport-${Date.now()}.csv`, "date,title,distance\n2027-04-05,Session A,5\n2027-04-07,Session B,12\n");

  // A column choice that leaves the plan unreadable can be undone from the sentence that says so.
  await page.getByLabel('Use column "date" as').selectOption("ignore");
  await expect(page.getByRole("alert").filter({ hasText: "No date column" })).toHaveText(
    "No date column found: add a date column, a day number column, or week and day columns.",
  );
  await page.getByRole("button", { name: "Use PlanDrop's matches again" }).click();
  await expect(page.getByLabel('Use column "date" as')).toHaveValue("date");

  const sport = page.getByLabel("Sport for rows without one");
  await expect(sport).toHaveValue("run");
  await expect(page.getByText(/^PlanDrop's guess: 2 workouts name no sport/)).toBeVisible();
  await expect(page.getByText("Rows with such distances wait for this answer.", { exact: false })).toBeVisible();
  await pasteToken(page);
  await expect(page.getByText("Choose the unit of distances written without one first.")).toBeVisible();

  await sport.selectOption("bike");
  await page.getByLabel("Distances without a unit are in").selectOption("km");
  const preview = page.getByRole("region", { name: "Plan preview" });
  await expect(preview.getByRole("row", { name: /Session B/ })).toContainText("Bike");
  await expect(preview.getByRole("row", { name: /Session B/ })).toContainText("12 km");

  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 2 new workouts on Jane Doe's calendar.");
  const sent = (await fakeWorkouts()).map((workout) => [workout.title, workout.workoutTypeValueId, workout.distancePlanned]);
  expect(sent.sort()).toEqual([
    ["Session A", 2, 5000],
    ["Session B", 2, 12_000],
  ]);
});

test("a signed-in user's column choice is kept on the account and applied in another browser", async ({ page, browser }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`columns-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();

  const csv = "date,sport,title,Coach memo\n2027-05-03,Run,Easy,Relaxed\n2027-05-05,Bike,Spin,Cadence 95\n";
  await chooseCsv(page, "memo.csv", csv);
  const saved = page.waitForResponse(
    (response) => response.url().includes("/api/column-mappings") && response.request().method() === "PUT" && response.ok(),
  );
  await page.getByLabel('Use column "Coach memo" as').selectOption("ignore");
  await saved;

  const elsewhere = await browser.newContext({ storageState: { cookies: (await page.context().storageState()).cookies, origins: [] } });
  const other = await elsewhere.newPage();
  await chooseCsv(other, "memo.csv", csv);
  await expect(other.getByLabel('Use column "Coach memo" as')).toHaveValue("ignore");
  await expect(other.getByText("Your earlier choices for files with these same columns are applied.")).toBeVisible();
  await elsewhere.close();
});
