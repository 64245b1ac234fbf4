import { expect, test } from "@playwright/test";
import { fakeWorkouts, resetFake, tokenFor } from "./fake-control";

test.beforeEach(async () => resetFake());

test("a structured plan shows each workout's profile and steps, imports, and TrainingPeaks holds the same steps", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Plan CSV").setInputFiles("public/samples/plan-structured.csv");
  const preview = page.getByRole("region", { name: "Plan preview" });
  await expect(preview.getByRole("img", { name: "Workout profile: 4x4 VO2" })).toBeVisible();
  await expect(preview.getByRole("img", { name: "Workout profile: CSS set" })).toBeVisible();
  await expect(
    preview.getByText("140w needs the athlete's FTP; PlanDrop reads it from TrainingPeaks when importing, or add it to the plan."),
  ).toBeVisible();

  await preview.getByRole("button", { name: "Workout profile: 4x4 VO2" }).click();
  const steps = page.getByRole("region", { name: "Steps of 4x4 VO2" });
  await expect(steps.getByRole("img", { name: "Workout profile: 4x4 VO2 (large)" })).toBeVisible();
  await expect(steps.getByRole("listitem").nth(1)).toHaveText(
    "4 × Active “Hard”: 4 min 105–110 % FTP at 90–100 rpm; Recovery “Easy”: 3 min 50–55 % FTP",
  );
  await expect(preview.getByRole("row", { name: /4x4 VO2/ })).toContainText("0:48");
  const download = page.waitForEvent("download");
  await steps.getByRole("button", { name: "Download this workout (.zwo)" }).click();
  expect((await download).suggestedFilename()).toBe("2027-04-05-4x4-vo2.zwo");

  await page.getByLabel("Bearer token").fill(await tokenFor("premium"));
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByText("Jane Doe", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 11 new workouts on Jane Doe's calendar.");

  const vo2 = (await fakeWorkouts()).find((workout) => workout.title === "4x4 VO2") as {
    structure: {
      structure: { length: { value: number }; steps: { length: { value: number }; targets: { minValue: number; maxValue: number }[] }[] }[];
    };
  };
  expect(
    vo2.structure.structure.map((block) => [
      block.length.value,
      block.steps.map((step) => [step.length.value, step.targets[0]?.minValue, step.targets[0]?.maxValue]),
    ]),
  ).toEqual([
    [1, [[600, 50, 65]]],
    [
      4,
      [
        [240, 105, 110],
        [180, 50, 55],
      ],
    ],
    [1, [[600, 55, 60]]],
  ]);
});

test("a structure with a mistake points at its line and column, and the row stays out", async ({ page }) => {
  await page.goto("/");
  await page.getByText("Or paste the CSV text").click();
  await page
    .getByLabel("CSV text")
    .fill('date,sport,title,structure\n2027-06-01,Bike,Broken,"Warmup\n- 10m 50%\n- 5m 60% 70%"\n2027-06-02,Bike,Fine,20m 85%\n');
  await page.getByRole("button", { name: "Preview pasted plan" }).click();
  await expect(
    page
      .getByRole("region", { name: "Plan preview" })
      .getByText('Line 3, column 10: "70%" is a second target; a step has one (add cadence with rpm).'),
  ).toBeVisible();
  await expect(page.getByLabel("Plan summary")).toContainText("Workouts1Errors1");
});

test("workout text as people write it previews with a warning where PlanDrop decided, and TrainingPeaks holds one metric", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByText("Or paste the CSV text").click();
  const cruise = "Warmup\n- 15m Z2 HR\n\nMain Set 4x\n- 5m 95-100% Pace\n- 90s Z1 HR\n\nCooldown\n- 10m Z2 HR";
  const swim = "Warmup\n- 300m easy\n- 4x 50m 85% Pace\n\nMain Set 5x\n- 200m 95% Pace 30s rest";
  await page
    .getByLabel("CSV text")
    .fill(`date,sport,title,structure\n2027-06-01,Run,Cruise intervals,"${cruise}"\n2027-06-02,Swim,CSS,"${swim}"\n`);
  await page.getByRole("button", { name: "Preview pasted plan" }).click();
  const preview = page.getByRole("region", { name: "Plan preview" });
  await expect(
    preview.getByText(
      "Line 2, column 3: The steps at lines 2, 6 and 9 are written in threshold heart rate (Z2 HR, Z1 HR); TrainingPeaks takes one kind of target per workout, so they are sent as the same zones of pace (Z2 Pace 78–88 %, Z1 Pace 60–77 %).",
    ),
  ).toBeVisible();
  await expect(
    preview.getByText(/"300m" and the other distances written with a bare m \(lines 3 and 6\) are read as metres/),
  ).toBeVisible();
  await expect(page.getByLabel("Plan summary")).toContainText("Workouts2Errors0");

  await page.getByLabel("Bearer token").fill(await tokenFor("premium"));
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByText("Jane Doe", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 2 new workouts on Jane Doe's calendar.");

  const workouts = (await fakeWorkouts()) as {
    title: string;
    structure: { primaryIntensityMetric: string; primaryLengthMetric: string };
  }[];
  expect(workouts.find((workout) => workout.title === "Cruise intervals")?.structure.primaryIntensityMetric).toBe("percentOfThresholdPace");
  expect(workouts.find((workout) => workout.title === "CSS")?.structure).toMatchObject({
    primaryIntensityMetric: "percentOfThresholdPace",
    primaryLengthMetric: "distance",
  });
});
