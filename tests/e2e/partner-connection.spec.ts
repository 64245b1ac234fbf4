import { expect, test } from "@playwright/test";
import { partnerRevoked, partnerWorkouts, resetPartner } from "./fake-control";

test.beforeEach(async () => resetPartner());

function inDays(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test("Settings → Connect with TrainingPeaks → consent → connected as the athlete → a structured plan lands as PascalCase workouts → Unlink revokes", async ({
  page,
}) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`oauth-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();

  await page.getByRole("button", { name: "Connect with TrainingPeaks" }).click();
  await expect(page.getByText("PlanDrop would like to access your TrainingPeaks account:")).toBeVisible();
  await page.getByRole("button", { name: "Authorize" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Connected with TrainingPeaks." })).toBeVisible();
  const status = page.getByLabel("Connection status");
  await expect(status).toContainText("Jane Doe (athlete 1234567)");
  await expect(status).toContainText("Premium");
  await expect(status).toContainText("Connect with TrainingPeaks (OAuth)");
  await expect(status).toContainText("Working");
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The connection works." })).toBeVisible();
  expect(await page.content()).not.toMatch(/gAAAA/);

  const nav = page.getByRole("navigation", { name: "Account" });
  await nav.getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imports use the connection saved in")).toBeVisible();
  const plan = `date,sport,title,duration,structure\n${inDays(5)},Bike,OAuth VO2,,"Warmup\n- 10m 50-65%\n\nMain Set 4x\n- Hard 4m 105-110% 90-100rpm\n- Easy 3m 50-55%\n\nCooldown\n- 10m 55-60%"\n${inDays(6)},Run,OAuth easy run,45,\n`;
  await page.getByLabel("Plan CSV").setInputFiles({ name: "plan.csv", mimeType: "text/csv", buffer: Buffer.from(plan) });
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 2 new workouts on Jane Doe's calendar.");

  const held = await partnerWorkouts();
  const ride = held.find((workout) => workout.Title === "OAuth VO2");
  expect(ride).toMatchObject({ AthleteId: 1234567, WorkoutType: "bike", WorkoutDay: `${inDays(5)}T00:00:00`, TotalTimePlanned: 0.8 });
  const steps = JSON.parse(String(ride?.Structure)) as Record<string, unknown>[];
  expect(steps.map((element) => element.Type)).toEqual(["Step", "Repetition", "Step"]);
  expect(steps[0]).toMatchObject({
    IntensityClass: "WarmUp",
    Length: { Unit: "Second", Value: 600 },
    IntensityTarget: { Unit: "PercentOfFtp", Value: 57.5, MinValue: 50, MaxValue: 65 },
  });
  expect(steps[1]).toMatchObject({
    Length: { Unit: "Repetition", Value: 4 },
    Steps: [
      {
        Type: "Step",
        Name: "Hard",
        Length: { Unit: "Second", Value: 240 },
        IntensityTarget: { Value: 107.5, MinValue: 105, MaxValue: 110 },
        CadenceTarget: { Unit: "rpm", MinValue: 90, MaxValue: 100 },
      },
      {
        Type: "Step",
        Name: "Easy",
        IntensityClass: "Rest",
        Length: { Unit: "Second", Value: 180 },
        IntensityTarget: { Value: 52.5, MinValue: 50, MaxValue: 55 },
      },
    ],
  });
  expect(held.find((workout) => workout.Title === "OAuth easy run")).toMatchObject({
    WorkoutType: "run",
    TotalTimePlanned: 0.75,
    Structure: null,
  });

  await nav.getByRole("link", { name: "Settings" }).click();
  const revokedBefore = await partnerRevoked();
  await page.getByRole("button", { name: "Unlink" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Unlinked" })).toHaveText(
    "Unlinked: TrainingPeaks revoked PlanDrop's access and both tokens are deleted.",
  );
  await expect(page.getByText("Not connected.")).toBeVisible();
  expect(await partnerRevoked()).toBe(revokedBefore + 1);
});
