#!/usr/bin/env bash
# `npm start`: build, migrate the database and serve PlanDrop on HOST:PORT (default 127.0.0.1:3000).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
source scripts/server-env.sh
npm run build
./node_modules/.bin/tsx --conditions=react-server scripts/check-config.ts
npm run db:migrate
exec node scripts/server.mjs -H "${HOST:-127.0.0.1}" -p "${PORT:-3000}"
