import { expect, type Page, test } from "@playwright/test";
import { fakeRequests, fakeWorkouts, resetFake, tokenFor } from "./fake-control";

test.beforeEach(async () => resetFake());

const FIRST =
  "date,sport,title,duration\n2027-09-06,Run,Easy run,45\n2027-09-07,Bike,Endurance ride,90\n2027-09-08,Swim,Technique swim,40\n2027-09-09,Run,Tempo run,50\n";
const REVISED =
  "date,sport,title,duration\n2027-09-06,Run,Easy run,45\n2027-09-07,Bike,Endurance ride,120\n2027-09-09,Run,Tempo run,55\n2027-09-10,Run,Long run,90\n";

async function choosePlan(page: Page, name: string, csv: string) {
  await page.getByLabel("Plan CSV").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByRole("heading", { name: `Preview of ${name}` })).toBeVisible();
}
const ride = async () => (await fakeWorkouts()).find((workout) => String(workout.workoutDay).startsWith("2027-09-07"));

test("a revised plan shows what changed since the earlier import, updates and removes as chosen, and Undo puts the earlier versions back", async ({
  page,
}) => {
  await page.goto("/");
  await choosePlan(page, "base plan.csv", FIRST);
  await page.getByLabel("Bearer token").fill(await tokenFor("premium"));
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByText("Jane Doe", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 4 new workouts on Jane Doe's calendar.");
  const rideId = (await ride())?.workoutId;

  await choosePlan(page, "base plan v2.csv", REVISED);
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  const changes = page.getByRole("region", { name: "Changes since the earlier import" });
  await expect(changes).toContainText(
    "This plan was imported before. Compared with that import: 1 unchanged row, 2 changed rows, 1 new row, 1 workout no longer in the plan.",
  );
  const results = page.getByRole("table", { name: "Import results" });
  await expect(results.getByRole("row", { name: /Endurance ride.*Changed since the earlier import.*Duration 1:30 → 2:00/ })).toBeVisible();
  await expect(results.getByRole("row", { name: /earlier.*Technique swim.*No longer in the plan/ })).toBeVisible();
  // Nothing is sent before the user has chosen.
  expect((await fakeRequests()).filter((request) => request.method !== "GET")).toHaveLength(4);

  await changes.getByRole("group", { name: "Changed workouts" }).getByRole("button", { name: "Update them" }).click();
  const remove = changes.getByRole("group", { name: "Workouts no longer in the plan" }).getByRole("button", { name: "Remove them" });
  // Readable: white on the red fill (red text on the blue fill was not).
  await expect(remove).toHaveCSS("color", "rgb(255, 255, 255)");
  await expect(remove).toHaveCSS("background-color", "rgb(179, 38, 30)");
  await remove.click();
  await expect(page.getByRole("status")).toHaveText(
    "Import finished: 1 new workout on Jane Doe's calendar; 2 workouts updated; 1 workout removed; 1 workout already there.",
  );
  expect((await fakeWorkouts()).map((workout) => String(workout.workoutDay).slice(0, 10)).sort()).toEqual([
    "2027-09-06",
    "2027-09-07",
    "2027-09-09",
    "2027-09-10",
  ]);
  expect(await ride()).toMatchObject({ workoutId: rideId, totalTimePlanned: 2 });

  await page.getByRole("button", { name: "Undo import" }).click();
  // The confirmation's way back is named apart from the revision choice "Keep them".
  await page.getByRole("group", { name: "Confirm undo" }).getByRole("button", { name: "Don't undo" }).click();
  await expect(page.getByRole("group", { name: "Confirm undo" })).toBeHidden();
  await page.getByRole("button", { name: "Undo import" }).click();
  await expect(
    page.getByText("Delete the 1 workout this import added and put back the earlier version of the 2 workouts it updated?"),
  ).toBeVisible();
  await page.getByRole("button", { name: "Yes, undo the import" }).click();
  await expect(page.getByRole("status")).toHaveText("Undo finished: 1 workout deleted from TrainingPeaks; 2 workouts put back as before.");
  expect(await ride()).toMatchObject({ workoutId: rideId, totalTimePlanned: 1.5 });
  await expect(results.getByRole("row", { name: /Endurance ride.*Put back by undo/ })).toBeVisible();
});

test("keeping the earlier workouts and adding the changed ones as new leaves the earlier ones untouched", async ({ page }) => {
  await page.goto("/");
  // Other dates than the first test's: the app's database (and so its ledger) lives for the whole run.
  const inOctober = (csv: string) => csv.replaceAll("2027-09-", "2027-10-");
  await choosePlan(page, "build plan.csv", inOctober(FIRST));
  await page.getByLabel("Bearer token").fill(await tokenFor("premium"));
  await page.getByRole("button", { name: "Check token" }).click();
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 4 new workouts on Jane Doe's calendar.");
  const before = await fakeWorkouts();

  await choosePlan(page, "build plan (1).csv", inOctober(REVISED));
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  const changes = page.getByRole("region", { name: "Changes since the earlier import" });
  await changes.getByRole("group", { name: "Workouts no longer in the plan" }).getByRole("button", { name: "Keep them" }).click();
  await expect(changes.getByRole("group", { name: "Workouts no longer in the plan" })).toBeHidden();
  await changes.getByRole("group", { name: "Changed workouts" }).getByRole("button", { name: "Add as new" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 3 new workouts on Jane Doe's calendar; 1 workout already there.");
  const after = await fakeWorkouts();
  expect(after).toHaveLength(7);
  for (const workout of before) expect(after).toContainEqual(workout);
});
