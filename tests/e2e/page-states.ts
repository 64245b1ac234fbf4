import { expect, type Page } from "@playwright/test";
import { tokenFor } from "./fake-control";

// Every state a page can be in that a person sees, for the accessibility scan
// (accessibility.spec.ts runs axe on each, at 1280×800 and 390×844). Add a state in one line:
// a name and how to reach it from a fresh tab; `signedIn` states start with an account's cookie.

export type PageState = { name: string; signedIn?: boolean; reach: (page: Page) => Promise<void> };

const PLAN_WITH_PROBLEMS =
  "date,sport,title,duration,tss\n2027-06-07,Run,Easy,45,40\n2027-06-08,Kayak,Paddle,1:00:00,\n2027-06-09,Bike,Spin,soon,\n2027-06-10,Run,Tempo,50,60\n";

export const PAGE_STATES: PageState[] = [
  { name: "import page, nothing chosen", reach: (page) => visit(page, "/", "Import a training plan") },
  { name: "preview of a plan with errors, as a table", reach: (page) => pastePlan(page, PLAN_WITH_PROBLEMS) },
  {
    name: "preview of a plan with errors, as a calendar",
    reach: async (page) => {
      await pastePlan(page, PLAN_WITH_PROBLEMS);
      await showCalendar(page);
    },
  },
  {
    name: "a file that is not a plan",
    reach: async (page) => {
      await pastePlan(page, "name,email\nAda,ada@example.com\n");
      await expect(page.getByRole("alert").first()).toBeVisible();
    },
  },
  { name: "structured workouts with a workout's steps open", reach: openSteps },
  {
    name: "a relative plan asking for its start date",
    reach: async (page) => {
      await page.goto("/");
      await page.getByLabel("Plan CSV").setInputFiles("public/samples/plan-day-number.csv");
      await expect(page.getByText("Choose the date of day 1")).toBeVisible();
    },
  },
  {
    name: "token checked, ready to import",
    reach: async (page) => {
      await pastePlan(page, PLAN_WITH_PROBLEMS);
      await checkToken(page, "premium", "Jane Doe");
    },
  },
  { name: "a coach's three athletes, each with a calendar", reach: coachCalendars },
  { name: "import finished with its results", reach: importPlan },
  {
    name: "undo asking for confirmation",
    reach: async (page) => {
      await importPlan(page);
      await page.getByRole("button", { name: "Undo import" }).click();
      await expect(page.getByRole("button", { name: /^Yes, delete/ })).toBeVisible();
    },
  },
  {
    name: "an import's own page",
    signedIn: true,
    reach: async (page) => {
      await importPlan(page);
      await page.goto(`/imports/${await page.evaluate(() => localStorage.getItem("plandrop.lastImport"))}`);
      await expect(page.getByRole("table", { name: "Import results" })).toBeVisible();
    },
  },
  { name: "sign in", reach: (page) => visit(page, "/sign-in", "Sign in") },
  { name: "sign in with a wrong password", reach: wrongPassword },
  { name: "sign up", reach: (page) => visit(page, "/sign-up", "Sign up") },
  { name: "guide: bearer token", reach: (page) => visit(page, "/guides/bearer-token") },
  { name: "guide: TrainingPeaks cookie", reach: (page) => visit(page, "/guides/trainingpeaks-cookie") },
  { name: "page not found", reach: (page) => visit(page, "/no-such-page", "Page not found") },
  { name: "signed in: import page", signedIn: true, reach: (page) => visit(page, "/", "Import a training plan") },
  { name: "signed in: imports list", signedIn: true, reach: (page) => visit(page, "/imports", "Imports") },
  { name: "signed in: settings", signedIn: true, reach: (page) => visit(page, "/settings", "Settings") },
];

async function visit(page: Page, path: string, heading?: string) {
  await page.goto(path);
  await expect(heading ? page.getByRole("heading", { name: heading, exact: true }) : page.getByRole("heading", { level: 1 })).toBeVisible();
}

async function pastePlan(page: Page, csv: string) {
  await page.goto("/");
  await page.getByText("Or paste the CSV text").click();
  await page.getByLabel("CSV text").fill(csv);
  await page.getByRole("button", { name: "Preview pasted plan" }).click();
  if (csv.startsWith("date,")) await expect(page.getByRole("region", { name: "Plan preview" })).toBeVisible();
}

async function showCalendar(page: Page) {
  await page.getByRole("button", { name: "Calendar", exact: true }).click();
  await expect(page.getByRole("region", { name: /^Weeks on / }).first()).toBeVisible();
}

async function checkToken(page: Page, who: "premium" | "coach", name: string) {
  await page.getByLabel("Bearer token").fill(await tokenFor(who));
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByText(name, { exact: true })).toBeVisible();
}

async function openSteps(page: Page) {
  await page.goto("/");
  await page.getByLabel("Plan CSV").setInputFiles("public/samples/plan-structured.csv");
  await page.getByRole("region", { name: "Plan preview" }).getByRole("button", { name: "Workout profile: 4x4 VO2" }).click();
  await expect(page.getByRole("region", { name: "Steps of 4x4 VO2" })).toBeVisible();
}

async function coachCalendars(page: Page) {
  await page.goto("/");
  await page.getByLabel("Plan CSV").setInputFiles("public/samples/plan-day-number.csv");
  await checkToken(page, "coach", "Carla Coach");
  const athletes = page.getByLabel("Athletes", { exact: true });
  for (const [name, date] of [
    ["Pat Premium", "2027-06-07"],
    ["Cy Climber", "2027-06-16"],
    ["Bea Basic", "2027-07-05"],
  ] as const) {
    await athletes.getByRole("checkbox", { name: new RegExp(name) }).check();
    await athletes.getByLabel(`Start date for ${name}`).fill(date);
  }
  await showCalendar(page);
  await expect(page.getByRole("region", { name: /^Weeks on / })).toHaveCount(3);
}

async function importPlan(page: Page) {
  await pastePlan(page, PLAN_WITH_PROBLEMS.replaceAll(/,(Easy|Tempo),/g, `,$1 ${Date.now()},`));
  await checkToken(page, "premium", "Jane Doe");
  await page.getByRole("button", { name: "Import to TrainingPeaks" }).click();
  await expect(page.getByRole("status")).toContainText("Import finished");
}

async function wrongPassword(page: Page) {
  await visit(page, "/sign-in", "Sign in");
  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
}
