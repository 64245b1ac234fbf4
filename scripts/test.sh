#!/usr/bin/env bash
# `npm test`: every suite. The lint and format check (Biome; one check that passes or fails), unit and integration
# tests (vitest, on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set), then the browser
# tests (Playwright in Debian's Chromium against the built app and the fake TrainingPeaks). Ends
# with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
rm -rf .test-reports && mkdir -p .test-reports

npm run db:generate >/dev/null || exit 1
./node_modules/.bin/biome check --error-on-warnings
lint=$?
echo "$lint" > .test-reports/lint.exit

./node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=.test-reports/vitest.json
unit=$?

e2e=1
if bash scripts/ensure-chromium.sh && npm run build > .test-reports/build.log 2>&1; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=.test-reports/playwright.json ./node_modules/.bin/playwright test --reporter=list,json
  e2e=$?
else
  echo "The browser tests could not start: the build failed or Chromium is missing (see .test-reports/build.log)." >&2
fi

node scripts/test-totals.mjs
[ "$lint" = 0 ] && [ "$unit" = 0 ] && [ "$e2e" = 0 ]
