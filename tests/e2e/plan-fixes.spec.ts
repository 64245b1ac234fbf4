import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { fakeWorkouts, resetFake, tokenFor } from "./fake-control";

test.beforeEach(async () => resetFake());

const PLAN = [
  "date,sport,title,duration",
  "2027-07-01,Run,Easy run,45",
  "2027-07-02,Kayak,Paddle,40",
  "2027-07-03,Kayak,Paddle long,1:30",
  "2027-07-04,Run,Tempo,soon",
  "2027-07-05,Run,Not this one,30",
  "",
].join("\n");

async function pastePlan(page: Page, csv: string) {
  await page.getByText("Or paste the CSV text").click();
  await page.getByLabel("CSV text").fill(csv);
  await page.getByRole("button", { name: "Preview pasted plan" }).click();
}

async function fixPlan(page: Page) {
  const preview = page.getByRole("region", { name: "Plan preview" });
  await expect(page.getByLabel("Plan summary")).toContainText("Workouts2Errors3");

  await preview.getByRole("button", { name: "Edit duration of row 5" }).click();
  const duration = page.getByLabel("Duration of row 5");
  await expect(duration).toHaveValue("soon");
  await duration.fill("50");
  await duration.press("Enter");
  await expect(preview.getByRole("row", { name: /Tempo/ })).toContainText("Ready");
  await expect(preview.getByRole("button", { name: "Edit duration of row 5" })).toBeFocused();

  await page.getByLabel('Replace "Kayak" with').selectOption("Rowing");
  await expect(page.getByRole("region", { name: "Fix a value in several rows" })).toContainText("in 2 rows");
  await page.getByRole("button", { name: "Replace" }).click();
  await expect(preview.getByRole("row", { name: /Paddle long/ })).toContainText("Rowing");

  await preview.getByRole("button", { name: "Remove row 6" }).click();
  await expect(preview.getByText("Not this one")).toHaveCount(0);

  await preview.getByRole("button", { name: "Edit title of row 2" }).click();
  await page.getByLabel("Title of row 2").fill("Something else");
  await page.getByLabel("Title of row 2").press("Escape");
  await expect(preview.getByRole("row", { name: /Easy run/ })).toBeVisible();
  await expect(page.getByLabel("Plan summary")).toContainText("Workouts4Errors0");
}

test("an edited cell, a Replace in several rows and a removed row change what TrainingPeaks receives", async ({ page }) => {
  await page.goto("/");
  await pastePlan(page, PLAN);
  await fixPlan(page);
  const fixes = page.getByRole("region", { name: /Your fixes/ });
  await expect(fixes.getByRole("listitem")).toHaveText([
    /Row 6 removed/,
    /"Kayak" replaced with "Rowing" in sport of 2 rows/,
    /Row 5, duration: "soon" → "50"/,
  ]);
  await expect(
    page.getByRole("region", { name: "Plan preview" }).getByRole("button", { name: /Edit duration of row 5.*changed from "soon"/ }),
  ).toBeVisible();

  await page.getByLabel("Bearer token").fill(await tokenFor("premium"));
  await page.getByRole("button", { name: "Check token" }).click();
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 4 new workouts on Jane Doe's calendar.");

  const sent = (await fakeWorkouts()).map((workout) => [workout.title, workout.workoutTypeValueId, workout.totalTimePlanned]);
  expect(sent.sort()).toEqual(
    [
      ["Easy run", 3, 0.75],
      ["Paddle", 12, 40 / 60],
      ["Paddle long", 12, 1.5],
      ["Tempo", 3, 50 / 60],
    ].sort(),
  );
});

test("a fix can be undone one at a time or all at once", async ({ page }) => {
  await page.goto("/");
  await pastePlan(page, PLAN);
  await fixPlan(page);
  await page.getByRole("button", { name: "Undo: Row 6 removed" }).click();
  await expect(page.getByRole("region", { name: "Plan preview" }).getByText("Not this one")).toBeVisible();
  await expect(page.getByLabel("Plan summary")).toContainText("Workouts5Errors0");
  await page.getByRole("button", { name: "Undo all fixes" }).click();
  await expect(page.getByLabel("Plan summary")).toContainText("Workouts2Errors3");
  await expect(page.getByRole("region", { name: /Your fixes/ })).toHaveCount(0);
});

test("Download corrected CSV gives the plan with the fixes", async ({ page }) => {
  await page.goto("/");
  await pastePlan(page, PLAN);
  await fixPlan(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download corrected CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("pasted plan (corrected).csv");
  expect(readFileSync(await file.path(), "utf8")).toBe(
    [
      "date,sport,title,duration",
      "2027-07-01,Run,Easy run,45",
      "2027-07-02,Rowing,Paddle,40",
      "2027-07-03,Rowing,Paddle long,1:30",
      "2027-07-04,Run,Tempo,50",
      "",
    ].join("\n"),
  );
});

test("a week grid's workout is edited in its day's cell, and a reload keeps the start date", async ({ page }) => {
  await page.goto("/");
  await pastePlan(page, "Week,Mon,Tue,Wed\n1,Run 30 min,Bike 1h + Run 20 min,Kayak 40 min\n");
  await page.getByLabel("Plan start date").fill("2027-01-04");
  const preview = page.getByRole("region", { name: "Plan preview" });
  await preview.getByRole("button", { name: "Edit title of row 2 (Mon)" }).click();
  await expect(page.getByText('Edits the "Mon" cell of row 2.')).toBeVisible();
  await page.getByLabel("Title of row 2 (Mon)").press("Escape");
  await preview.getByRole("button", { name: "Edit duration of row 2 (Tue 1)" }).click();
  const cell = page.getByLabel("Duration of row 2 (Tue 1)");
  await expect(cell).toHaveValue("Bike 1h + Run 20 min");
  await expect(page.getByText('Edits the "Tue" cell of row 2, which 2 workouts are read from.')).toBeVisible();
  await cell.fill("Bike 1h30 + Run 20 min");
  await cell.press("Enter");
  await expect(preview.getByRole("row", { name: /^2 · Tue 1/ })).toContainText("1:30");
  await expect(preview.getByRole("row", { name: /^2 · Tue 2/ })).toContainText("0:20");
  await expect(page.getByText("Kept in this browser, with your fixes, until you clear it.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Plan start date")).toHaveValue("2027-01-04");
  await expect(preview.getByRole("row", { name: /^2 · Tue 1/ })).toContainText("2027-01-05");
});

test("a reload and the token guide keep the plan, its fixes and answers; Clear plan forgets it", async ({ page }) => {
  await page.goto("/");
  await pastePlan(page, PLAN);
  await fixPlan(page);
  await expect(page.getByText("Kept in this browser, with your fixes, until you clear it.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Preview of pasted plan" })).toBeVisible();
  await expect(page.getByLabel("Plan summary")).toContainText("Workouts4Errors0");
  await expect(page.getByRole("region", { name: /Your fixes/ }).getByRole("listitem")).toHaveCount(3);
  await expect(
    page.getByRole("region", { name: "Plan preview" }).getByRole("button", { name: /Edit duration of row 5.*changed from "soon"/ }),
  ).toBeVisible();

  await page
    .getByRole("link", { name: /bearer token/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/guides\/bearer-token/);
  await page.goto("/");
  await expect(page.getByLabel("Plan summary")).toContainText("Workouts4Errors0");

  await page.getByRole("button", { name: "Clear plan" }).click();
  await expect(page.getByRole("region", { name: "Plan preview" })).toHaveCount(0);
  await expect(page.getByText("The plan and its fixes are cleared from this browser.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "1. Your plan" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Plan preview" })).toHaveCount(0);
});

test("a plan dropped anywhere on the page is taken, and a finished import forgets it", async ({ page }) => {
  await page.goto("/");
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(["date,sport,title\n2027-07-01,Swim,Dropped swim\n"], "anywhere.csv", { type: "text/csv" }));
    return transfer;
  });
  // Dropped again until taken: a drop before the page has hydrated falls on no handler, as a person's would.
  await expect(async () => {
    await page.getByRole("heading", { name: "3. Import" }).dispatchEvent("drop", { dataTransfer });
    await expect(page.getByRole("heading", { name: "Preview of anywhere.csv" })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText("Kept in this browser, with your fixes, until you clear it.")).toBeVisible();

  await page.getByLabel("Bearer token").fill(await tokenFor("premium"));
  await page.getByRole("button", { name: "Check token" }).click();
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 1 new workout on Jane Doe's calendar.");
  await expect(page.getByText("Kept in this browser, with your fixes, until you clear it.")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("table", { name: "Import results" }).getByRole("cell", { name: "Created" })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Plan preview" })).toHaveCount(0);
});
