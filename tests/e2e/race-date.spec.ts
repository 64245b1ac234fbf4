import { expect, test } from "@playwright/test";
import { fakeWorkouts, resetFake, tokenFor } from "./fake-control";

test.beforeEach(async () => resetFake());

const days = ["Easy 5 mi", "Tempo 7 mi", "Recovery 4 mi", "Easy 6 mi", "Long 14 mi"];
const countdown = [
  "WeeksToGoal,Event",
  ...[2, 1, 0].flatMap((week) => days.map((day, index) => `${week},${week === 0 && index === 4 ? "Goal race 13.1 mi" : day}`)),
].join("\n");

test("an athlete gives a race date instead of a start date, and the count-down plan's last day lands on race day", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Plan CSV").setInputFiles({ name: "countdown.csv", mimeType: "text/csv", buffer: Buffer.from(countdown) });
  await page.getByLabel("Plan start date").fill("2027-03-01");
  await page.getByLabel("Race date").fill("2027-04-18");
  await expect(page.getByLabel("Plan start date")).toHaveValue("");
  await expect(page.getByText("the plan's last day lands on this date")).toBeVisible();

  const preview = page.getByRole("region", { name: "Plan preview" });
  await expect(preview.getByRole("row").last()).toContainText("2027-04-18");

  await page.getByLabel("Bearer token").fill(`Authorization: Bearer ${await tokenFor("premium")}`);
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByText("Jane Doe", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 15 new workouts on Jane Doe's calendar.");

  const placed = (await fakeWorkouts()).map((workout) => String(workout.workoutDay).slice(0, 10)).sort();
  expect(placed).toHaveLength(15);
  expect(placed.at(-1)).toBe("2027-04-18");
});
