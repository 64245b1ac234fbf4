import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: [{ find: /^@\//, replacement: `${path.resolve(import.meta.dirname)}/` }] },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Route tests run started jobs in the test's own process on both databases; pg-boss is
    // exercised by the tests that start real worker processes (tests/integration/worker-restart.test.ts).
    env: { JOB_QUEUE: "in-process" },
  },
});
