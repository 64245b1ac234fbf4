import { expect, test } from "@playwright/test";
import { fakeCredentials, fakeWorkouts, resetFake, setFaults } from "./fake-control";

test.beforeEach(async () => resetFake());

test("an import on the saved connection goes on after its tab is closed, and Imports shows it finished", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const jane = (await fakeCredentials()).users.find((user) => user.key === "premium");
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`jane-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.getByLabel("Production_tpAuth cookie").fill(jane?.cookie ?? "");
  await page.getByRole("button", { name: "Save connection" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Connection saved." })).toHaveText("Connection saved.");

  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Import", exact: true }).click();
  const stamp = Date.now();
  const rows = Array.from({ length: 20 }, (_, i) => `2027-10-${String(i + 1).padStart(2, "0")},Run,Tab closed run ${stamp} ${i},45`);
  await page.getByLabel("Plan CSV").setInputFiles({ name: "background.csv", mimeType: "text/csv", buffer: Buffer.from(`date,sport,title,duration\n${rows.join("\n")}\n`) });
  await setFaults({ delayMs: 300 }); // TrainingPeaks answering slowly: the import takes a while
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByText(/sending…/)).toBeVisible();
  await expect.poll(async () => (await fakeWorkouts()).length).toBeGreaterThanOrEqual(2);

  await page.close(); // the tab goes away in the middle of the import
  expect((await fakeWorkouts()).length).toBeLessThan(20);
  await setFaults({});

  const later = await context.newPage();
  await expect.poll(async () => (await fakeWorkouts()).length, { timeout: 30_000 }).toBe(20);
  await later.goto("/imports");
  const row = later.getByRole("row").filter({ hasText: "background.csv" });
  await expect(row).toContainText("Done");
  await expect(row).toContainText("20");
  await row.getByRole("link", { name: "background.csv" }).click();
  await expect(later.getByRole("status")).toHaveText("Import finished: 20 new workouts on Jane Doe's calendar.");
  const titles = (await fakeWorkouts()).map((workout) => String(workout.title));
  expect(new Set(titles).size).toBe(20);
  await context.close();
});
