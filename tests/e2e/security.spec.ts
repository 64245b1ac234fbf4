import { expect, test } from "@playwright/test";
import { tokenFor } from "./fake-control";
import { E2E_APP_URL } from "./ports";

async function signUp(page: import("@playwright/test").Page, email: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
}

test("after sign-in a hostile next address lands on PlanDrop, not on another site; pages carry a nonce CSP", async ({ page, context }) => {
  const email = `redirect-${Date.now()}@example.com`;
  await signUp(page, email);
  await context.clearCookies();

  const answer = await page.goto("/sign-in?next=/\\evil.example/phish");
  const csp = answer?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: "Settings" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(E2E_APP_URL);
  expect(new URL(page.url()).pathname).toBe("/");
});

test("Sign out everywhere in Settings ends the session: the old cookie no longer opens Settings", async ({ page, context, browser }) => {
  await signUp(page, `everywhere-${Date.now()}@example.com`);
  const oldCookies = await context.cookies();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const replay = await browser.newContext({ baseURL: E2E_APP_URL });
  await replay.addCookies(oldCookies);
  const other = await replay.newPage();
  await other.goto("/settings");
  await expect(other).toHaveURL(/\/sign-in\?next=/);
  await replay.close();
});

test("on a 390 px phone, Settings with a long email address fits the screen: the page does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page, `a-rather-long-address-${Date.now()}@example.com`);
  await expect(page.getByRole("button", { name: "Sign out everywhere" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the import page breaks none of its own Content Security Policy while a plan is previewed and a token checked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const seen = (window as unknown as { cspViolations?: string[] }).cspViolations ?? [];
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      (window as unknown as { cspViolations?: string[] }).cspViolations = seen;
    });
  });
  await page.goto("/");
  await page.getByLabel("Plan CSV").setInputFiles("public/samples/plan-dated.csv");
  await expect(page.getByRole("region", { name: "Plan preview" }).getByText("Ready").first()).toBeVisible();
  await page.getByLabel("Bearer token").fill(await tokenFor("premium"));
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByText("Jane Doe").first()).toBeVisible();
  violations.push(...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])));
  expect(violations).toEqual([]);
});
