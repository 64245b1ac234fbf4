import { expect, type Page, test } from "@playwright/test";
import { resetFake, tokenFor } from "./fake-control";

test.beforeEach(async () => resetFake());

async function pastePlan(page: Page, csv: string) {
  await page.getByText("Or paste the CSV text").click();
  await page.getByLabel("CSV text").fill(csv);
  await page.getByRole("button", { name: "Preview pasted plan" }).click();
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("a coach with three athletes sees three calendars, each on that athlete's own dates, and the hint counts every workout that will be sent", async ({
      page,
    }) => {
      await page.goto("/");
      await page.getByLabel("Plan CSV").setInputFiles("public/samples/plan-day-number.csv");
      await page.getByLabel("Bearer token").fill(await tokenFor("coach"));
      await page.getByRole("button", { name: "Check token" }).click();
      const athletes = page.getByLabel("Athletes", { exact: true });
      const starts = [
        ["Pat Premium", "2027-06-07"],
        ["Cy Climber", "2027-06-16"],
        ["Bea Basic", "2027-07-05"],
      ] as const;
      for (const [name, date] of starts) {
        await athletes.getByRole("checkbox", { name: new RegExp(name) }).check();
        await athletes.getByLabel(`Start date for ${name}`).fill(date);
      }
      await expect(page.getByText("21 workouts will go on 3 athletes' calendars.", { exact: false })).toBeVisible();

      await page.getByRole("button", { name: "Calendar", exact: true }).click();
      await expect(page.getByRole("region", { name: /^Calendar: / })).toHaveCount(3);
      const pat = page.getByRole("region", { name: "Calendar: Pat Premium" });
      const cy = page.getByRole("region", { name: "Calendar: Cy Climber" });
      const bea = page.getByRole("region", { name: "Calendar: Bea Basic" });
      await expect(pat.getByRole("list", { name: "Mon 2027-06-07" })).toContainText("Easy run");
      await expect(pat.getByRole("list", { name: "Sun 2027-06-13" })).toContainText("Long run");
      await expect(cy.getByRole("list", { name: "Wed 2027-06-16" })).toContainText("Easy run");
      await expect(cy.getByRole("list", { name: "Tue 2027-06-22" })).toContainText("Long run");
      await expect(cy.getByRole("article", { name: "Week of Mon 2027-06-21" })).toContainText("2 workouts");
      await expect(bea.getByRole("list", { name: "Mon 2027-07-05" })).toContainText("Easy run");
      await expect(bea.getByRole("list", { name: "Mon 2027-06-07" })).toHaveCount(0);
      await expect(pat.getByRole("img", { name: /^Weekly load \(TSS\)/ })).toBeVisible();

      await page.getByRole("button", { name: "Table", exact: true }).click();
      await expect(page.getByRole("region", { name: "Plan preview" })).toBeVisible();
      await expect(page.getByRole("region", { name: /^Calendar: / })).toHaveCount(0);
    });

    test("the calendar shows each workout as a card with its measures and profile, errors and warnings on the cards, and each week's totals", async ({
      page,
    }) => {
      await page.goto("/");
      await page.getByLabel("Plan CSV").setInputFiles("public/samples/plan-structured.csv");
      await page.getByRole("button", { name: "Calendar", exact: true }).click();
      const calendar = page.getByRole("region", { name: "Calendar: this plan" });
      await expect(calendar.getByRole("img", { name: "Workout profile: 4x4 VO2" })).toBeVisible();
      await expect(calendar.getByText(/^Warning: .*140w needs the athlete's FTP/)).toBeVisible();

      await page.getByRole("button", { name: "Table", exact: true }).click();
      await pastePlan(
        page,
        "date,sport,title,duration,distance,tss\n2027-06-07,Kayak,Paddle,1:00:00,,\n2027-06-08,Run,Tempo,0:45:00,10 km,55\n2027-06-10,Bike,Spin,1:30:00,40 km,70\n",
      );
      await page.getByRole("button", { name: "Calendar", exact: true }).click();
      const pasted = page.getByRole("region", { name: "Calendar: this plan" });
      const monday = pasted.getByRole("list", { name: "Mon 2027-06-07" });
      await expect(monday).toContainText("Paddle");
      await expect(monday).toContainText('Error: Unknown sport "Kayak".');
      await expect(pasted.getByRole("list", { name: "Tue 2027-06-08" })).toContainText("0:45 · 10 km · TSS 55");
      const week = pasted.getByRole("article", { name: "Week of Mon 2027-06-07" });
      await expect(week).toContainText("2 workouts · 2:15 · 50 km · TSS 125");
      await expect(week).toContainText("Run: 0:45 · 10 km · TSS 55");
      await expect(week).toContainText("1 row with problems");
    });
  });
}

test("a 10,000-row plan's calendar draws only the weeks in view and scrolls to the last one", async ({ page }) => {
  const lines = ["date,sport,title,duration"];
  for (let i = 0; i < 10_000; i++) {
    const day = new Date(Date.UTC(2027, 0, 4) + Math.floor(i / 14) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`${day},Run,Run ${i},45`);
  }
  await page.goto("/");
  await page.getByLabel("Plan CSV").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
  await page.getByRole("button", { name: "Calendar", exact: true }).click();
  const weeks = page.getByRole("region", { name: "Weeks on this plan's calendar" });
  await expect(weeks.getByText("Run 0", { exact: true })).toBeVisible();
  expect(await weeks.getByRole("article").count()).toBeLessThan(20);
  await weeks.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(weeks.getByText("Run 9999", { exact: true })).toBeVisible();
  expect(await weeks.getByRole("article").count()).toBeLessThan(20);
});
