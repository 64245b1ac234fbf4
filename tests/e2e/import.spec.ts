import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { fakeRequests, fakeWorkouts, resetFake, tokenFor } from "./fake-control";

test.beforeEach(async () => resetFake());

async function pasteToken(page: Page, token: string) {
  await page.getByLabel("Bearer token").fill(`Authorization: Bearer ${token}`);
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByText("Jane Doe", { exact: true })).toBeVisible();
}

const SAMPLES = [
  { file: "plan-dated.csv", startDate: null, rows: 7, first: "2027-01-04", last: "2027-01-10" },
  { file: "plan-day-number.csv", startDate: "2027-03-01", rows: 7, first: "2027-03-01", last: "2027-03-07" },
  { file: "plan-week-weekday.csv", startDate: "2027-05-03", rows: 6, first: "2027-05-03", last: "2027-05-16" },
  { file: "plan-trainingpeaks-export.csv", startDate: null, rows: 6, first: "2027-02-01", last: "2027-02-07" },
];

for (const sample of SAMPLES) {
  test(`${sample.file}: the preview checks every row, and every workout lands on the calendar`, async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Plan CSV").setInputFiles(`public/samples/${sample.file}`);
    if (sample.startDate) {
      await expect(page.getByText("Choose the date of day 1")).toBeVisible();
      await page.getByLabel("Plan start date").fill(sample.startDate);
    }
    const preview = page.getByRole("region", { name: "Plan preview" });
    await expect(preview.getByRole("row")).toHaveCount(sample.rows + 1);
    await expect(preview.getByText(sample.first)).toBeVisible();
    await expect(page.getByLabel("Plan summary")).toContainText(`Workouts${sample.rows}Errors0`);

    await pasteToken(page, await tokenFor("premium"));
    await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
    await expect(page.getByRole("status")).toHaveText(`Import finished: ${sample.rows} new workouts on Jane Doe's calendar.`);

    const results = page.getByRole("table", { name: "Import results" });
    await expect(results.getByRole("columnheader", { name: "Status" })).toBeVisible();
    await expect(results.getByRole("cell", { name: "Created" })).toHaveCount(sample.rows);

    const days = (await fakeWorkouts()).map((workout) => String(workout.workoutDay).slice(0, 10)).sort();
    expect(days).toHaveLength(sample.rows);
    expect(days[0]).toBe(sample.first);
    expect(days.at(-1)).toBe(sample.last);
  });
}

test("a broken CSV shows its errors in words and sends nothing", async ({ page }) => {
  await page.goto("/");
  await pasteToken(page, await tokenFor("premium"));
  await page.getByText("Or paste the CSV text").click();
  await page
    .getByLabel("CSV text")
    .fill("date,sport,title,duration\n2027-02-30,Run,Bad date,45\n2027-01-05,Quidditch,Bad sport,45\n2027-01-06,Run,Bad duration,soon\n");
  await page.getByRole("button", { name: "Preview pasted plan" }).click();

  const preview = page.getByRole("region", { name: "Plan preview" });
  await expect(preview.getByText('"2027-02-30" is not a real calendar date.')).toBeVisible();
  await expect(
    preview.getByText('Unknown sport "Quidditch". Use Swim, Bike, Run, Strength, Day Off or another TrainingPeaks sport.'),
  ).toBeVisible();
  await expect(
    page.getByText('Row 4, duration: "soon" is not a duration we can read. Use minutes (45), h:mm (1:30) or 1h30m.'),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Import to TrainingPeaks" })).toBeDisabled();
  expect((await fakeRequests()).filter((request) => request.method === "POST")).toEqual([]);
});

test("a file that is not a plan gets one clear sentence", async ({ page }) => {
  await page.goto("/");
  await page
    .getByLabel("Plan CSV")
    .setInputFiles({ name: "plan.csv", mimeType: "text/csv", buffer: Buffer.from("PK\u0003\u0004\u0014\u0000binary") });
  await expect(page.getByRole("alert").filter({ hasText: "workbook" })).toHaveText(
    "This is a spreadsheet workbook, not a CSV: in your spreadsheet app choose Save As (or Download) → CSV, then use that file.",
  );
  await expect(page.getByRole("region", { name: "Plan preview" })).toHaveCount(0);

  await page
    .getByLabel("Plan CSV")
    .setInputFiles({ name: "plan.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK\u0003\u0004\u0014\u0000binary") });
  await expect(page.getByRole("alert").filter({ hasText: "workbook" })).toHaveText(
    "This file could not be read as an Excel workbook (.xlsx): open it in your spreadsheet app and save it again as .xlsx, or Save As (or Download) → CSV.",
  );
  await page.getByLabel("Plan CSV").setInputFiles({
    name: "plan.ods",
    mimeType: "application/vnd.oasis.opendocument.spreadsheet",
    buffer: Buffer.from("PK\u0003\u0004\u0014\u0000binary"),
  });
  await expect(page.getByRole("alert").filter({ hasText: "OpenDocument" })).toHaveText(
    "This is an OpenDocument spreadsheet (.ods), which PlanDrop does not read: save it as an Excel workbook (.xlsx) or as CSV, then use that file.",
  );
  await expect(page.getByRole("region", { name: "Plan preview" })).toHaveCount(0);
});

test("rows with errors are left out and shown as not sent; importing again shows them as already imported", async ({ page }) => {
  const title = `Tempo ${Date.now()}`;
  const csv = `date,sport,title,duration\n2027-06-01,Run,${title},45\n2027-06-02,Quidditch,Broom,30\n2027-06-03,Bike,${title} ride,1:00\n`;
  await page.goto("/");
  await page.getByText("Or paste the CSV text").click();
  await page.getByLabel("CSV text").fill(csv);
  await page.getByRole("button", { name: "Preview pasted plan" }).click();
  await pasteToken(page, await tokenFor("premium"));
  await expect(page.getByText("2 workouts will go on Jane Doe's calendar; 1 row with errors is left out.")).toBeVisible();
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  const results = page.getByRole("table", { name: "Import results" });
  await expect(results.getByRole("cell", { name: /^Created/ })).toHaveCount(2);
  await expect(results.getByRole("cell", { name: /Not sent \(CSV error\)/ })).toContainText('Unknown sport "Quidditch"');

  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toHaveText("Import finished: 0 new workouts on Jane Doe's calendar; 2 workouts already there.");
  await expect(results.getByRole("cell", { name: "Already imported" })).toHaveCount(2);
  expect(await fakeWorkouts()).toHaveLength(2);
});

test("an expired token is refused with the time it expired, before anything is sent", async ({ page }) => {
  const { expiredJwt } = await (await import("./fake-control")).fakeCredentials();
  await page.goto("/");
  await page.getByLabel("Bearer token").fill(expiredJwt);
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByText(/^This TrainingPeaks token expired at \d\d:\d\d UTC; copy a fresh one/)).toBeVisible();
  expect(await fakeRequests()).toEqual([]);
});

test("a plan dropped on the page is previewed", async ({ page }) => {
  await page.goto("/");
  const csv = readFileSync("public/samples/plan-dated.csv", "utf8");
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "dropped.csv", { type: "text/csv" }));
    return transfer;
  }, csv);
  await page.locator(".drop-zone").dispatchEvent("drop", { dataTransfer });
  await expect(page.getByRole("heading", { name: "Preview of dropped.csv" })).toBeVisible();
});

test("a 10,000-row plan previews quickly and renders only the rows in view", async ({ page }) => {
  const lines = ["date,sport,title,duration"];
  for (let i = 0; i < 10_000; i++) lines.push(`2027-01-${String((i % 28) + 1).padStart(2, "0")},Run,Run ${i},45`);
  await page.goto("/");
  await page.getByLabel("Plan CSV").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
  const preview = page.getByRole("region", { name: "Plan preview" });
  await expect(preview.getByText("Run 0", { exact: true })).toBeVisible();
  expect(await preview.locator("tbody tr").count()).toBeLessThan(60);
  await expect(preview.getByRole("table")).toHaveAttribute("aria-rowcount", "10001");
  await preview.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(preview.getByText("Run 9999", { exact: true })).toBeVisible();
});

test("after a reload the last import's results are still there", async ({ page }) => {
  await page.goto("/");
  await page.getByText("Or paste the CSV text").click();
  await page.getByLabel("CSV text").fill(`date,sport,title\n2027-07-01,Swim,Reload check ${Date.now()}\n`);
  await page.getByRole("button", { name: "Preview pasted plan" }).click();
  await pasteToken(page, await tokenFor("premium"));
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toContainText("Import finished");
  await page.reload();
  await expect(page.getByRole("table", { name: "Import results" }).getByRole("cell", { name: "Created" })).toHaveCount(1);
  await expect(page.getByText("Jane Doe").first()).toBeVisible();
});
