import { expect, test } from "@playwright/test";
import { fakeWorkouts, resetFake, tokenFor } from "./fake-control";

test.beforeEach(async () => resetFake());

test("a coach sees their own calendar as '(you)' among the athletes, Basic only where it is true, and plans on it", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Plan CSV").setInputFiles("public/samples/plan-day-number.csv");
  await page.getByLabel("Bearer token").fill(await tokenFor("club"));
  await page.getByRole("button", { name: "Check token" }).click();

  const athletes = page.getByLabel("Athletes", { exact: true });
  await expect(athletes.getByRole("checkbox")).toHaveCount(5);
  await expect(athletes).toContainText("Olga Owner (you) (Premium)");
  await expect(athletes).toContainText("Cora Coachpaid (Premium)");
  await expect(athletes).toContainText("Tia Trial (Premium)");
  await expect(athletes).toContainText("Ed Lapsed (Basic)");

  for (const [name, date] of [
    ["Olga Owner", "2027-06-07"],
    ["Cora Coachpaid", "2027-06-07"],
    ["Tia Trial", "2027-06-07"],
  ] as const) {
    await athletes.getByRole("checkbox", { name: new RegExp(name) }).check();
    await athletes.getByLabel(new RegExp(`Start date for ${name}`)).fill(date);
  }
  await expect(page.getByRole("note")).toHaveCount(0); // no Basic warning: all three are Premium
  await athletes.getByRole("checkbox", { name: /Ed Lapsed/ }).check();
  await expect(page.getByRole("note")).toContainText("Ed Lapsed has a Basic account");
  await athletes.getByRole("checkbox", { name: /Ed Lapsed/ }).uncheck();
  await expect(page.getByRole("note")).toHaveCount(0);
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toContainText("Import finished: 21 new workouts on 3 athletes' calendars");
  const owners = new Set((await fakeWorkouts()).map((workout) => workout.athleteId));
  expect(owners).toEqual(new Set([8100000, 8100002, 8100003]));
});
