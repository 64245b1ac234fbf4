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

test("an Excel workbook's plan sheet previews like a CSV, with its date cells on their days, and imports", async ({ page }) => {
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
  await page.getByLabel("Plan CSV").setInputFiles({ name: "spring-10k.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(workbook) });
  await expect(page.getByLabel("Sheet")).toHaveValue("0");
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
  expect(sent.sort()).toEqual([["2027-03-01", "Easy run", 40 / 60], ["2027-03-03", "Spin, easy", 1], ["2027-03-06", "Long run", 1.25]]);
});
