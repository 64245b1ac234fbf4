import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { resetFake } from "./fake-control";
import { PAGE_STATES } from "./page-states";
import { E2E_APP_URL } from "./ports";

// axe-core on every page state (page-states.ts): each state is reached once, then scanned at
// 1280×800 and 390×844, in light and in dark. No violations.

test.beforeEach(async () => resetFake());

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const COLOR_SCHEMES = ["light", "dark"] as const;
type StorageState = Awaited<ReturnType<Awaited<ReturnType<Browser["newContext"]>>["storageState"]>>;
let signedInState: StorageState | null = null;

/** One account for every signed-in state of this run, signed up from an address of its own (sign-ups are limited per address). */
async function signedIn(browser: Browser): Promise<StorageState> {
  if (signedInState) return signedInState;
  const context = await browser.newContext({ baseURL: E2E_APP_URL, extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.12" } });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`axe-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  signedInState = await context.storageState();
  await context.close();
  return signedInState;
}

async function violationsOf(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (violation) =>
      `${where}: ${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
        .slice(0, 5)
        .map((node) => `  ${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1, 2).join("")}`)
        .join("\n")}`,
  );
}

for (const state of PAGE_STATES) {
  test(`${state.name}: no accessibility violations at 1280×800 and 390×844, light and dark`, async ({ browser }) => {
    const context = await browser.newContext({
      baseURL: E2E_APP_URL,
      viewport: VIEWPORTS[0],
      ...(state.signedIn ? { storageState: await signedIn(browser) } : {}),
    });
    const page = await context.newPage();
    await state.reach(page);
    const found: string[] = [];
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const colorScheme of COLOR_SCHEMES) {
        await page.emulateMedia({ colorScheme });
        found.push(...(await violationsOf(page, `${viewport.width}×${viewport.height} ${colorScheme}`)));
      }
    }
    expect(found, found.join("\n")).toEqual([]);
    await context.close();
  });
}
