#!/usr/bin/env bash
# `npm run demo`: PlanDrop wired to the fake TrainingPeaks (answering in 150 ms, like the real
# one), with demo tokens printed, so anyone can try the whole flow without an account.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
source scripts/server-env.sh
FAKE_PORT="${FAKE_PORT:-4010}"
FAKE_URL="http://127.0.0.1:${FAKE_PORT}"
npm run build

./node_modules/.bin/tsx tests/fakes/trainingpeaks-server.ts --port "$FAKE_PORT" --latency 150 &
fake=$!
# The fake Partner API (OAuth consent, tokens, workouts), so Settings offers Connect with TrainingPeaks.
PARTNER_PORT="${PARTNER_PORT:-4020}"
PARTNER_URL="http://127.0.0.1:${PARTNER_PORT}"
./node_modules/.bin/tsx tests/fakes/trainingpeaks-partner-server.ts --port "$PARTNER_PORT" &
partner=$!
trap 'kill $fake $partner 2>/dev/null' EXIT
for _ in $(seq 50); do curl -fs "$FAKE_URL/__fake/workouts" >/dev/null 2>&1 && curl -fs "$PARTNER_URL/__fake/workouts" >/dev/null 2>&1 && break; sleep 0.2; done

export DATABASE_URL="${DATABASE_URL:-file:$(pwd)/data/demo.db}"
export TRAININGPEAKS_API_URL="$FAKE_URL"
export TRAININGPEAKS_OAUTH_URL="$PARTNER_URL" TRAININGPEAKS_PARTNER_API_URL="$PARTNER_URL"
export TRAININGPEAKS_CLIENT_ID="${TRAININGPEAKS_CLIENT_ID:-plandrop-fake}" TRAININGPEAKS_CLIENT_SECRET="${TRAININGPEAKS_CLIENT_SECRET:-fake-client-secret}"
./node_modules/.bin/tsx scripts/check-config.ts
npm run db:migrate
node scripts/print-demo-credentials.mjs "$FAKE_URL" "http://${HOST:-127.0.0.1}:${PORT:-3000}"
node scripts/server.mjs -H "${HOST:-127.0.0.1}" -p "${PORT:-3000}"
