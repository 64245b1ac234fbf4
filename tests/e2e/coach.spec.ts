import { expect, test } from "@playwright/test";
import { fakeWorkouts, resetFake, tokenFor } from "./fake-control";
import { E2E_FAKE_URL } from "./ports";

test.beforeEach(async () => resetFake());

test("a coach puts one plan on three athletes' calendars from different start dates, sees progress per athlete, then undoes it", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByLabel("Plan CSV").setInputFiles("public/samples/plan-day-number.csv");
  await page.getByLabel("Bearer token").fill(await tokenFor("coach"));
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByText("Carla Coach", { exact: true })).toBeVisible();

  const athletes = page.getByLabel("Athletes", { exact: true });
  await expect(athletes).toBeVisible();
  await expect(page.getByText("Choose the athletes this plan is for.")).toBeVisible();
  await athletes.getByPlaceholder("Search athletes").fill("cy");
  await expect(athletes.getByRole("checkbox")).toHaveCount(1);
  await athletes.getByPlaceholder("Search athletes").fill("");
  for (const [name, date] of [
    ["Pat Premium", "2027-06-07"],
    ["Cy Climber", "2027-06-14"],
    ["Bea Basic", "2027-06-21"],
  ] as const) {
    await athletes.getByRole("checkbox", { name: new RegExp(name) }).check();
    await athletes.getByLabel(`Start date for ${name}`).fill(date);
  }
  await expect(page.getByRole("note")).toContainText("Bea Basic has a Basic account");
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();

  await expect(page.getByRole("status")).toContainText(
    "Import finished: 14 new workouts on 3 athletes' calendars; 7 rows not sent: TrainingPeaks refused them (see below).",
  );
  const progress = page.getByRole("table", { name: "Progress per athlete" });
  await expect(progress.getByRole("row", { name: /Pat Premium 7 0 0/ })).toBeVisible();
  await expect(progress.getByRole("row", { name: /Cy Climber 7 0 0/ })).toBeVisible();
  const days = (await fakeWorkouts())
    .filter((workout) => workout.athleteId === 6789012)
    .map((workout) => String(workout.workoutDay).slice(0, 10))
    .sort();
  expect(days[0]).toBe("2027-06-14");
  expect(await fakeWorkouts()).toHaveLength(14);

  await page.getByRole("button", { name: "Undo import" }).click();
  await page.getByRole("button", { name: "Yes, delete 14 workouts" }).click();
  await expect(page.getByRole("status")).toHaveText("Undo finished: 14 workouts deleted from TrainingPeaks.");
  expect(await fakeWorkouts()).toHaveLength(0);
});

test("rows that look like workouts already on the calendar are offered to skip, and the history lists the import", async ({ page }) => {
  const token = await tokenFor("premium");
  await fetch(`${E2E_FAKE_URL}/fitness/v6/athletes/1234567/workouts`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ workoutDay: "2027-08-02", workoutTypeValueId: 3, title: "Hill reps" }),
  });
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`history-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Import", exact: true }).click();

  await page.getByText("Or paste the CSV text").click();
  await page.getByLabel("CSV text").fill("date,sport,title\n2027-08-02,Run,Hill reps\n2027-08-03,Bike,Spin\n");
  await page.getByRole("button", { name: "Preview pasted plan" }).click();
  await page.getByLabel("Bearer token").fill(token);
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByText("Jane Doe", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByText("1 row looks like a workout already on the calendar (same day, sport and title).")).toBeVisible();
  await page.getByRole("button", { name: "Skip them" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Import finished: 1 new workout on Jane Doe's calendar; 1 row skipped as already on the calendar.",
  );
  expect(await fakeWorkouts()).toHaveLength(2);

  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Imports" }).click();
  await expect(page.getByRole("heading", { name: "Imports" })).toBeVisible();
  await expect(page).toHaveTitle(/Imports/);
  await page.getByRole("link", { name: "pasted plan.csv" }).click();
  await expect(
    page.getByRole("table", { name: "Import results" }).getByRole("cell", { name: /Skipped: already on the calendar/ }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Download results (CSV)" })).toHaveAttribute("href", /results\.csv$/);
});
