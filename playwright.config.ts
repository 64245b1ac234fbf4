import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { E2E_APP_URL, E2E_FAKE_PORT, E2E_FAKE_URL, E2E_PARTNER_PORT, E2E_PARTNER_URL } from "./tests/e2e/ports";
import { PARTNER_CLIENT } from "./tests/fakes/partner-fixtures";

// Browser tests drive Debian's Chromium against the built app (`next build` first), which talks
// to the fake TrainingPeaks. Each run gets its own fresh SQLite database.
const database = path.join(os.tmpdir(), `plandrop-e2e-${Date.now()}.db`);

export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"], ["json"]] : "list",
  use: {
    baseURL: E2E_APP_URL,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      command: `./node_modules/.bin/tsx tests/fakes/trainingpeaks-server.ts --port ${E2E_FAKE_PORT}`,
      url: `${E2E_FAKE_URL}/__fake/workouts`,
      reuseExistingServer: false,
    },
    {
      command: `./node_modules/.bin/tsx tests/fakes/trainingpeaks-partner-server.ts --port ${E2E_PARTNER_PORT} --redirect ${E2E_APP_URL}/api/trainingpeaks/oauth/callback`,
      url: `${E2E_PARTNER_URL}/__fake/workouts`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/server.mjs -H 127.0.0.1 -p ${new URL(E2E_APP_URL).port}`,
      url: E2E_APP_URL,
      reuseExistingServer: false,
      env: {
        DATABASE_URL: `file:${database}`,
        TRAININGPEAKS_API_URL: E2E_FAKE_URL,
        TRAININGPEAKS_CLIENT_ID: PARTNER_CLIENT.id,
        TRAININGPEAKS_CLIENT_SECRET: PARTNER_CLIENT.secret,
        TRAININGPEAKS_OAUTH_URL: E2E_PARTNER_URL,
        TRAININGPEAKS_PARTNER_API_URL: E2E_PARTNER_URL,
        IMPORT_MIN_INTERVAL_MS: "0",
        // Every browser test signs up from 127.0.0.1; the limit itself is tested in tests/integration/auth-hardening.test.ts.
        SIGN_UPS_PER_HOUR: "1000",
        // One proxy hop trusted: a test that sends its own X-Forwarded-For (accessibility.spec.ts)
        // counts as another address for the per-address sign-up limit; the others stay 127.0.0.1.
        TRUSTED_PROXIES: "1",
        IMPORT_RETRY_DELAY_MS: "10",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
