import { expect, test } from "@playwright/test";
import { fakeCredentials, fakeWorkouts, resetFake, setFaults } from "./fake-control";

test.beforeEach(async () => resetFake());

test("sign up, save the TrainingPeaks cookie in Settings, import without a token, an import goes on after its tab is closed, unlink, and the import asks for a token again", async ({
  page,
  context,
}) => {
  const jane = (await fakeCredentials()).users.find((user) => user.key === "premium");
  const email = `jane-${Date.now()}@example.com`;

  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await expect(page.getByText("Not connected.")).toBeVisible();

  await page
    .getByLabel("Production_tpAuth cookie")
    .fill(`Cookie: ajs_user_id=1; Production_tpAuth=${jane?.cookie}; TPtosAgreed_Production=true`);
  await page.getByRole("button", { name: "Save connection" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Connection saved." })).toHaveText("Connection saved.");
  await expect(page.getByText("Kept only the Production_tpAuth cookie and left out 2 other cookies.")).toBeVisible();
  const status = page.getByLabel("Connection status");
  await expect(status).toContainText("Jane Doe (athlete 1234567)");
  await expect(status).toContainText("Premium");
  await expect(status).toContainText("Working");
  await expect(status).toContainText(`…${jane?.cookie.slice(-4)}`);
  expect(await page.content()).not.toContain(jane?.cookie ?? "unreachable");

  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The connection works." })).toHaveText("The connection works.");

  const nav = page.getByRole("navigation", { name: "Account" });
  await nav.getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imports use the connection saved in")).toBeVisible();
  await expect(page.getByLabel("Bearer token")).toHaveCount(0);
  const plan = `date,sport,title,duration\n2027-09-01,Run,Connection run ${Date.now()},45\n2027-09-02,Bike,Connection ride ${Date.now()},1:30\n`;
  await page.getByLabel("Plan CSV").setInputFiles({ name: "plan.csv", mimeType: "text/csv", buffer: Buffer.from(plan) });
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 2 new workouts on Jane Doe's calendar.");
  expect(await fakeWorkouts()).toHaveLength(2);

  // The import runs on the server, not in the tab: closing the tab in the middle leaves it going.
  const closing = await context.newPage();
  await closing.goto("/");
  const stamp = Date.now();
  const rows = Array.from({ length: 20 }, (_, i) => `2027-10-${String(i + 1).padStart(2, "0")},Run,Tab closed run ${stamp} ${i},45`);
  await closing.getByLabel("Plan CSV").setInputFiles({
    name: "background.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`date,sport,title,duration\n${rows.join("\n")}\n`),
  });
  await setFaults({ delayMs: 300 }); // TrainingPeaks answering slowly: the import takes a while
  await closing.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(closing.getByText(/sending…/)).toBeVisible();
  await expect.poll(async () => (await fakeWorkouts()).length).toBeGreaterThanOrEqual(4);
  await closing.close();
  expect((await fakeWorkouts()).length).toBeLessThan(22);
  await setFaults({});
  await expect.poll(async () => (await fakeWorkouts()).length, { timeout: 30_000 }).toBe(22);
  await nav.getByRole("link", { name: "Imports" }).click();
  const row = page.getByRole("row").filter({ hasText: "background.csv" });
  await expect(row).toContainText("Done");
  await row.getByRole("link", { name: "background.csv" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 20 new workouts on Jane Doe's calendar.");
  expect(new Set((await fakeWorkouts()).map((workout) => String(workout.title))).size).toBe(22);

  await nav.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("button", { name: "Unlink" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Unlinked" })).toHaveText(
    "Unlinked: the saved cookie and its tokens are deleted.",
  );
  await expect(page.getByText("Not connected.")).toBeVisible();

  await nav.getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByLabel("Bearer token")).toBeVisible();
  await page.getByLabel("Plan CSV").setInputFiles("public/samples/plan-trainingpeaks-export.csv");
  await expect(page.getByText("Paste your TrainingPeaks bearer token first.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import to TrainingPeaks" })).toBeDisabled();
});

test("a wrong password gets one sentence, and Settings needs a signed-in user", async ({ page }) => {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?next=(%2F|\/)settings$/);
  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "match" })).toHaveText("That email and password do not match an account.");
});
