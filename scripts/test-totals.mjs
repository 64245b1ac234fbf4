// Adds up the lint's exit code and the vitest and Playwright JSON reports into the one line CI reads:
// "N passed, N failed". The lint is one check. A suite whose report is missing counts as one failure,
// so a crash can never read as green.
import { existsSync, readFileSync } from "node:fs";

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

let passed = 0;
let failed = 0;

const lint = existsSync(".test-reports/lint.exit") ? readFileSync(".test-reports/lint.exit", "utf8").trim() : null;
if (lint === "0") passed += 1;
else failed += 1;

const unit = read(".test-reports/vitest.json");
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numTotalTestSuites > 0 && unit.success === false && unit.numFailedTests === 0 ? 1 : 0);
} else failed += 1;

const browser = read(".test-reports/playwright.json");
if (browser) {
  passed += browser.stats.expected + browser.stats.flaky;
  failed += browser.stats.unexpected + (browser.errors?.length ?? 0);
} else failed += 1;

console.log(`${passed} passed, ${failed} failed`);
