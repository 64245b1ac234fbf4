import { expect, type Page, test } from "@playwright/test";
import { fakeRequests, fakeWorkouts, resetFake, setFaults, tokenFor } from "./fake-control";

// Following an import (issue 12 items 4–7), at a desktop's size and a phone's.

const SIZES = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

test.beforeEach(async () => resetFake());

async function pastePlan(page: Page, csv: string) {
  await page.getByText("Or paste the CSV text").click();
  await page.getByLabel("CSV text").fill(csv);
  await page.getByRole("button", { name: "Preview pasted plan" }).click();
}

async function pasteToken(page: Page, token: string, name: string) {
  await page.getByLabel("Bearer token").fill(token);
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByText(name, { exact: true })).toBeVisible();
}

async function pickAthletes(page: Page, names: [string, string][]) {
  const athletes = page.getByLabel("Athletes", { exact: true });
  for (const [name, date] of names) {
    await athletes.getByRole("checkbox", { name: new RegExp(name) }).check();
    await athletes.getByLabel(`Start date for ${name}`).fill(date);
  }
}

/**
 * One account for this file (the e2e server's one address may sign up 10 times an hour, shared by
 * every spec): the first test that needs it signs up, the others sign in. Ends on `next`.
 */
let account: string | null = null;
async function signInOrUp(page: Page, next: string) {
  const password = "a long enough password";
  if (account) {
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  } else {
    account = `follow-${Date.now()}@example.com`;
    await page.goto(`/sign-up?next=${encodeURIComponent(next)}`);
  }
  await page.getByLabel("Email").fill(account);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: /^Sign (in|up)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-")); // sign-up always lands on Settings
  if (new URL(page.url()).pathname !== next) await page.goto(next);
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    // The ledger remembers what each size's run put on a calendar: each size plans its own workouts.
    const tag = `${size.name} ${Date.now()}`;

    test("after Import the progress comes into view with focus, says the time left, and each created row links to the athlete's calendar", async ({
      page,
    }) => {
      await page.goto("/");
      await pastePlan(page, `date,sport,title,duration\n2027-01-04,Run,Easy ${tag},45\n2027-01-05,Bike,Spin ${tag},60\n`);
      await page.getByLabel("Bearer token").fill(await tokenFor("premium"));
      await page.keyboard.press("Tab"); // leaving the field checks the token
      await expect(page.getByText("Jane Doe", { exact: true })).toBeVisible();
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");

      await setFaults({ delayMs: 1_500 }); // slow enough to read the estimate while the rows are on their way
      await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
      const heading = page.getByRole("heading", { name: "Import for Jane Doe" });
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      await expect(page.getByText("Less than a minute left (2 rows to send)")).toBeVisible();
      await expect(page.getByRole("status")).toHaveText("Import finished: 2 new workouts on Jane Doe's calendar.");
      const results = page.getByRole("table", { name: "Import results" });
      const link = results.getByRole("link", { name: /open Jane Doe's TrainingPeaks calendar \(go to Mon 2027-01-04\)/ });
      await expect(link).toHaveAttribute("href", "https://app.trainingpeaks.com/#calendar/athletes/1234567");
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });

    test("a row TrainingPeaks refuses for good reads Not sent with its reason, Retry is offered only for rows it can help, and results filter by status", async ({
      page,
    }) => {
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date());
      await page.goto("/");
      await pastePlan(page, `date,sport,title,duration\n${today},Run,Today ${tag},30\n2027-09-01,Run,Far ${tag},30\n`);
      await pasteToken(page, await tokenFor("basic"), "Sam Basic");
      await setFaults({ answerWith: { status: 409, count: 2, pathPrefix: "/fitness/v6/athletes/2345678/workouts", method: "POST" } });
      await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
      await expect(page.getByRole("status")).toContainText("2 rows failed (see below)");

      const postsBefore = (await fakeRequests()).filter((request) => request.method === "POST").length;
      await page.getByRole("button", { name: "Retry failed rows" }).click();
      await expect(page.getByRole("status")).toHaveText(
        "Import finished: 1 new workout on Sam Basic's calendar; 1 row not sent: TrainingPeaks refused it (see below).",
      );
      expect((await fakeRequests()).filter((request) => request.method === "POST").length - postsBefore).toBe(2);
      const results = page.getByRole("table", { name: "Import results" });
      await expect(results.getByText("Not sent")).toBeVisible();
      await expect(
        results.getByText("This date needs TrainingPeaks Premium: a Basic account can only plan today and tomorrow."),
      ).toBeVisible();
      await expect(page.getByRole("button", { name: "Retry failed rows" })).toHaveCount(0);

      await page.getByLabel("Show").selectOption({ label: "Not sent (1)" });
      await expect(results.getByRole("row")).toHaveCount(2); // the header and the one row
      await expect(results.getByText(`Far ${tag}`)).toBeVisible();
      await expect(results.getByText(`Today ${tag}`)).toHaveCount(0);
      await page.getByLabel("Show").selectOption({ label: "Every row" });
      await expect(results.getByRole("row")).toHaveCount(3);
    });

    test("a coach leaves a Basic athlete out from the warning, sees a bar per athlete, and undoes one athlete's workouts", async ({
      page,
    }) => {
      await page.goto("/");
      await page.getByLabel("Plan CSV").setInputFiles("public/samples/plan-day-number.csv");
      await pasteToken(page, await tokenFor("coach"), "Carla Coach");
      const [pat, cy] = size.name === "desktop" ? ["2027-06-07", "2027-06-14"] : ["2027-07-05", "2027-07-12"];
      await pickAthletes(page, [
        ["Pat Premium", pat],
        ["Cy Climber", cy],
        ["Bea Basic", "2027-06-21"],
      ]);
      await expect(page.getByRole("note")).toContainText("Bea Basic has a Basic account");
      await page.getByRole("button", { name: "Leave Bea Basic out" }).click();
      await expect(page.getByRole("note")).toHaveCount(0);
      await expect(page.getByLabel("Athletes", { exact: true }).getByRole("checkbox", { name: /Bea Basic/ })).not.toBeChecked();

      await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
      await expect(page.getByRole("status")).toHaveText("Import finished: 14 new workouts on 2 athletes' calendars.");
      await expect(page.getByRole("progressbar", { name: "Pat Premium: 7 of 7 rows done" })).toBeVisible();
      await expect(page.getByRole("progressbar", { name: "Cy Climber: 7 of 7 rows done" })).toBeVisible();

      await page.getByRole("button", { name: /Undo for Cy Climber/ }).click();
      await page.getByRole("button", { name: "Yes, undo for Cy Climber" }).click();
      await expect(page.getByRole("button", { name: /Undo for Cy Climber/ })).toHaveCount(0);
      await expect(page.getByRole("button", { name: /Undo for Pat Premium/ })).toBeVisible();
      const left = await fakeWorkouts();
      expect(left).toHaveLength(7);
      expect(new Set(left.map((workout) => workout.athleteId))).toEqual(new Set([4567890]));
      await page.getByLabel("Athlete", { exact: true }).selectOption({ label: "Cy Climber" });
      await expect(page.getByRole("table", { name: "Import results" }).getByText("Deleted by undo")).toHaveCount(7);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });

    test("an import made without an account is kept in this browser after a reload, and joins the account that signs in here", async ({
      page,
    }) => {
      await page.goto("/");
      const fileName = `kept-${size.name}.csv`;
      await page.getByLabel("Plan CSV").setInputFiles({
        name: fileName,
        mimeType: "text/csv",
        buffer: Buffer.from(`date,sport,title,duration\n2027-10-04,Run,Kept ${tag},30\n2027-10-05,Bike,Kept ride ${tag},60\n`),
      });
      await pasteToken(page, await tokenFor("premium"), "Jane Doe");
      await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
      await expect(page.getByRole("status")).toHaveText("Import finished: 2 new workouts on Jane Doe's calendar.");

      await page.goto("/imports");
      await page.reload();
      const kept = page.getByRole("region", { name: "Imports in this browser" });
      await kept.getByRole("link", { name: fileName }).click();
      await expect(page.getByRole("table", { name: "Import results" }).getByRole("cell", { name: "Created" })).toHaveCount(2);
      await expect(page.getByRole("button", { name: "Undo import" })).toBeEnabled();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

      await signInOrUp(page, "/imports");
      await page.getByRole("button", { name: "Add it to my Imports" }).click();
      await expect(page.getByText("The import was added to your Imports.")).toBeVisible();
      await expect(page.getByRole("table").getByRole("link", { name: fileName })).toBeVisible();
      await expect(page.getByRole("region", { name: "Imports in this browser" })).toHaveCount(0);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("no page scrolls sideways, the signed-in header folds into a menu that reaches Settings, and the preview reads as cards", async ({
    page,
  }) => {
    for (const path of ["/", "/imports", "/sign-in", "/sign-up", "/guides/bearer-token", "/guides/trainingpeaks-cookie"]) {
      await page.goto(path);
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    }
    await page.goto("/");
    await expect(page.getByText("On a phone? Copying the token needs a computer")).toBeVisible();
    await page.getByLabel("Plan CSV").setInputFiles("public/samples/plan-dated.csv");
    const preview = page.getByRole("region", { name: "Plan preview" });
    await expect(preview.getByText("Ready").first()).toBeVisible();
    expect(await preview.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    const smallTargets = await page.locator("main").evaluate((main) =>
      [...main.querySelectorAll("button, select, a, summary")]
        .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden")
        .filter((element) => element.getBoundingClientRect().height < 44)
        .map((element) => element.textContent?.trim().slice(0, 40)),
    );
    expect(smallTargets).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await signInOrUp(page, "/settings");
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
    for (const path of ["/settings", "/imports", "/"]) {
      await page.goto(path);
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    }
    const menu = page.getByRole("button", { name: "Menu" });
    // Measured until drawn: boundingBox() does not wait, and the header's button is replaced once its menu code loads.
    await expect.poll(async () => (await menu.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await menu.click();
    await page.getByRole("menuitem", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  });
});
